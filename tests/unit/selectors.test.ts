import { describe, expect, it } from 'vitest';
import { activityView } from '../../src/data/selectors/activityView';
import { fundingByYear } from '../../src/data/selectors/fundingByYear';
import { parseDataset } from '../../src/data/model/parseDataset';
import { resultsView } from '../../src/data/selectors/resultsView';
import type { LineId } from '../../src/data/model/lines';
import { countryLines, resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { at, firstCountry, validDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(validDatasetJson());
const mali = firstCountry(validDatasetJson());
const filters = (years: number[] | null, lines: LineId[] | null) =>
  resolveViewFilters({ years, lines }, dataset.fiscalYears, countryLines(mali));

describe('fundingByYear', () => {
  it('gives the year totals and the printed cumulative with every filter open', () => {
    const view = fundingByYear(mali, dataset.fiscalYears, filters(null, null));
    expect(view.years.map((y) => [y.fiscalYear, y.total])).toEqual([
      [2015, 1200],
      [2016, 670],
      [2017, 1182],
    ]);
    expect(view.cumulative).toBe(3052);
    expect(view.cumulativeIsPrinted).toBe(true);
    expect(view.series.map((s) => s.name)).toEqual(['DOS NADR-CWD', 'DoD']);
  });

  it("gives DoD's own figures and cumulative when only DoD is selected", () => {
    const view = fundingByYear(mali, dataset.fiscalYears, filters(null, ['dod']));
    expect(view.years.map((y) => y.total)).toEqual([0, 170, 182]);
    expect(view.cumulative).toBe(352);
    expect(view.cumulativeIsPrinted).toBe(false);
    expect(view.printedTotal).toBeNull();
  });

  it('keeps only the selected fiscal years, and the cumulative is not cut by them', () => {
    const view = fundingByYear(mali, dataset.fiscalYears, filters([2016, 2017], null));
    expect(view.years.map((y) => [y.fiscalYear, y.amounts])).toEqual([
      [2016, { 'dos-nadr-cwd': 500, dod: 170 }],
      [2017, { 'dos-nadr-cwd': 1000, dod: 182 }],
    ]);
    expect(view.cumulative).toBe(3052);
  });

  it('never makes the cumulative by adding year columns', () => {
    // A country whose cumulative is far larger than its three years, as for most of the edition.
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 0])['cumulative'] = 40000;
    at(raw, ['countries', 0, 'funding', 'printedTotal'])['cumulative'] = 40352;
    const country = firstCountry(raw);
    expect(fundingByYear(country, dataset.fiscalYears, filters(null, null)).cumulative).toBe(40352);
    expect(fundingByYear(country, dataset.fiscalYears, filters(null, ['dos-nadr-cwd'])).cumulative).toBe(40000);
  });

  it('keeps a disagreeing printed total and reports the sum of rows beside it', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'printedTotal', 'byFiscalYear'])['2017'] = 1200;
    const country = firstCountry(raw);
    const view = fundingByYear(country, dataset.fiscalYears, filters(null, null));
    expect(view.printedTotal?.byYear[2017]).toBe(1200);
    expect(view.totalsByYear[2017]).toBe(1182);
    expect(view.mismatches).toEqual([{ countryId: 'mali', column: 2017, printed: 1200, computed: 1182 }]);
  });
});

describe('resultsView', () => {
  const ids = (view: ReturnType<typeof resultsView>) => view.tiles.map((t) => `${t.result.id}:${t.marks.join('+')}`);

  it('shows all six results plainly with every filter open', () => {
    expect(ids(resultsView(mali, filters(null, null)))).toEqual([
      'weapons-secured:plain',
      'storehouses-built:plain',
      'personnel-trained-salw:plain',
      'personnel-trained-pssm:plain',
      'armories:plain',
      'eod-missions:plain',
    ]);
  });

  it('keeps the page\'s investment sentence out of the results, as the country\'s investment', () => {
    expect(mali.results.map((r) => r.id)).not.toContain('us-investment');
    expect(mali.investment).toEqual({ valueText: 'more than $3 million', value: 3, bound: 'more-than', unit: 'usd-millions', from: 2013, to: 2017 });
  });

  it('never lets a 2015–2017 figure pass as one year: FY2016 marks the spans and hides 2017-only results', () => {
    const view = resultsView(mali, filters([2016], null));
    expect(ids(view)).toEqual([
      'weapons-secured:span-not-by-year',
      'storehouses-built:span-not-by-year',
      'personnel-trained-salw:span-not-by-year',
    ]);
    expect(view.hidden.byYear.map((r) => r.id)).toEqual(['personnel-trained-pssm', 'armories', 'eod-missions']);
  });

  it('shows 2017 results plainly when FY2017 is selected', () => {
    const view = resultsView(mali, filters([2017], null));
    expect(ids(view)).toContain('armories:plain');
    expect(ids(view)).toContain('weapons-secured:span-not-by-year');
  });

  it('keeps only the selected line, and marks a figure credited to the U.S. government as a whole', () => {
    const view = resultsView(mali, filters(null, ['dod']));
    expect(ids(view)).toEqual(['eod-missions:plain']);
    expect(view.hidden.byAgency).toHaveLength(5);
    // A result the page credits to no agency cannot be split by line.
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'results', 0])['agency'] = null;
    const withUsResult = firstCountry(raw);
    expect(ids(resultsView(withUsResult, filters(null, ['dod'])))).toEqual(['weapons-secured:all-agencies', 'eod-missions:plain']);
    expect(ids(resultsView(withUsResult, filters(null, null)))[0]).toBe('weapons-secured:plain');
  });

  it("marks a State figure when only one of State's lines is selected", () => {
    const raw = validDatasetJson();
    const rows = at(raw, ['countries', 0, 'funding'])['rows'] as Record<string, unknown>[];
    const stateRow = rows.find((r) => r['agency'] === 'dos');
    if (!stateRow) throw new Error('no State row');
    rows.push({ ...stateRow, program: 'other', label: 'DOS Other', byFiscalYear: { 2015: 0, 2016: 0, 2017: 0 }, cumulative: 0 });
    const twoStateLines = firstCountry(raw);
    const lineFilters = (lines: LineId[] | null) => resolveViewFilters({ years: null, lines }, dataset.fiscalYears, countryLines(twoStateLines));
    expect(countryLines(twoStateLines)).toEqual(['dos-nadr-cwd', 'dos-other', 'dod']);
    const view = resultsView(twoStateLines, lineFilters(['dos-nadr-cwd']));
    expect(ids(view)[0]).toBe('weapons-secured:line-not-stated');
    expect(view.hidden.byAgency.map((r) => r.id)).toEqual(['eod-missions']);
    expect(ids(resultsView(twoStateLines, lineFilters(['dos-nadr-cwd', 'dos-other'])))[0]).toBe('weapons-secured:plain');
  });
});

describe('activityView', () => {
  const partners = (view: ReturnType<typeof activityView>) => view.entries.map((e) => `${e.activity.partner} ${e.activity.period.from}`);

  it('lists all activities, most recent first', () => {
    expect(partners(activityView(mali, filters(null, null), '', 'newest'))).toEqual(['MAG 2017', 'USARAF 2017', 'MAG 2015']);
  });

  it('sorts by partner and by earliest', () => {
    expect(partners(activityView(mali, filters(null, null), '', 'partner'))).toEqual(['MAG 2017', 'MAG 2015', 'USARAF 2017']);
    expect(partners(activityView(mali, filters(null, null), '', 'oldest'))[0]).toBe('MAG 2015');
  });

  it('narrows by text search across partner, agency, summary and results', () => {
    expect(partners(activityView(mali, filters(null, null), 'armories', 'newest'))).toEqual(['MAG 2017']);
    expect(partners(activityView(mali, filters(null, null), 'DoD', 'newest'))).toEqual(['USARAF 2017']);
    expect(partners(activityView(mali, filters(null, null), 'ARMY africa', 'newest'))).toEqual(['USARAF 2017']);
    expect(activityView(mali, filters(null, null), 'helicopters', 'newest').entries).toEqual([]);
  });

  it('follows the global filters', () => {
    expect(partners(activityView(mali, filters(null, ['dod']), '', 'newest'))).toEqual(['USARAF 2017']);
    const fy2016 = activityView(mali, filters([2016], null), '', 'newest');
    expect(fy2016.entries.map((e) => [e.activity.id, e.periodMatch])).toEqual([['mag-pssm-since-2015', 'partly']]);
  });
});

describe('resolveViewFilters', () => {
  it('treats null as everything, and drops values the country does not have', () => {
    const available = ['dos-nadr-cwd', 'dod'];
    expect(filters(null, null)).toEqual({ years: [2015, 2016, 2017], lines: ['dos-nadr-cwd', 'dod'], available, allYears: true, allLines: true });
    expect(filters([2017, 2016], ['usaid', 'dod'])).toEqual({ years: [2016, 2017], lines: ['dod'], available, allYears: false, allLines: false });
  });
});
