import { describe, expect, it } from 'vitest';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { comparisonView, defaultComparison, MAX_COMPARED } from '../../src/data/selectors/comparison';
import { DatasetValidationError } from '../../src/data/model/datasetError';
import { buildDatasetFromFundingTables } from '../../src/data/editions/fromFundingTables';
import { footnoteAgency, mapFundingLabel } from '../../src/data/model/fundingLabels';
import { parseDataset } from '../../src/data/model/parseDataset';
import { regionalContext, thousandsToMillions } from '../../src/data/selectors/regionalContext';
import { checkPrintedTotals } from '../../src/data/model/totals';
import { countryLines, resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { fullDatasetJson } from '../fixtures/datasets';

const loaded = parseDataset(fullDatasetJson());
const { dataset } = loaded;
const byId = (id: string) => {
  const c = dataset.countries.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};

describe('printed funding labels', () => {
  it('map every spelling in the edition to one agency and program line', () => {
    expect(mapFundingLabel('DOS NADR - CWD')).toEqual({ agency: 'dos', program: 'nadr-cwd' });
    for (const label of ['DOS Other', 'DOS OTHER', 'DOS-OTHER']) expect(mapFundingLabel(label)).toEqual({ agency: 'dos', program: 'other' });
    for (const label of ['DoD', 'DOD']) expect(mapFundingLabel(label)).toEqual({ agency: 'dod', program: null });
    expect(mapFundingLabel('USAID')).toEqual({ agency: 'usaid', program: null });
    expect(mapFundingLabel('CDC')).toEqual({ agency: 'cdc', program: null });
    expect(mapFundingLabel('NASA')).toBeNull();
  });

  it('cover every label in the data file', () => {
    const labels = new Set(funding.countries.flatMap((c) => c.rows.map((r) => r.label)));
    expect([...labels].filter((l) => mapFundingLabel(l) === null)).toEqual([]);
  });

  it('keep the printed label for the sources panel', () => {
    const niger = byId('niger');
    expect(niger.funding.rows.map((r) => [r.label, r.agency])).toEqual([
      ['DOS NADR - CWD', 'dos'],
      ['DOD', 'dod'],
    ]);
  });

  it('tie the State footnote to State', () => {
    expect(footnoteAgency('*Department of State FY13 funding is included in regional funding.')).toBe('dos');
    expect(footnoteAgency('*Figures are estimates.')).toBeNull();
  });

  it('refuse a table row with a label nobody knows, naming file, row and country', () => {
    const broken = structuredClone(funding);
    const row = broken.countries[0]?.rows[0];
    if (row) row.label = 'DOE';
    expect(() => buildDatasetFromFundingTables(broken, { countries: [], programs: [], groups: [] })).toThrow(DatasetValidationError);
    try {
      buildDatasetFromFundingTables(broken, { countries: [], programs: [], groups: [] });
    } catch (error) {
      expect((error as DatasetValidationError).problems).toEqual([
        {
          path: 'funding tables: countries[0].rows[0].label',
          message: 'unknown funding line "DOE" (Afghanistan); expected DOS NADR - CWD, DOS Other, DoD, USAID or CDC',
        },
      ]);
    }
  });
});

describe('the whole edition', () => {
  it('loads all 35 countries and 6 regions through the one schema', () => {
    expect(dataset.countries).toHaveLength(funding.countries.length);
    expect(dataset.countries).toHaveLength(35);
    for (const id of ['chad', 'colombia', 'cambodia', 'georgia', 'laos', 'sri-lanka', 'vietnam', 'afghanistan']) expect(byId(id).id).toBe(id);
    expect(dataset.countries[0]?.id).toBe('afghanistan');
    expect(dataset.regions.map((r) => r.name)).toEqual([
      'Africa',
      'East Asia and Pacific',
      'Europe',
      'Middle East and North Africa',
      'South and Central Asia',
      'Western Hemisphere',
    ]);
  });

  it("checks every country's rows against its printed total, column by column", () => {
    const report = dataset.countries.map((c) => [c.id, checkPrintedTotals(c, dataset.fiscalYears)] as const);
    // The 2018 tables all add up but Chad's: its printed FY2016 total is 50, its rows add up to 800.
    // The load keeps the list of those that do not.
    const chad = [{ countryId: 'chad', column: 2016, printed: 50, computed: 800 }];
    expect(report.filter(([, m]) => m.length > 0)).toEqual([['chad', chad]]);
    expect(loaded.totalMismatches).toEqual(chad);
    expect(byId('chad').funding.printedTotal?.byFiscalYear['2016']).toBe(50);
  });

  it('flags a country whose printed total disagrees, and keeps both figures', () => {
    const broken = structuredClone(funding);
    const niger = broken.countries.find((c) => c.id === 'niger');
    if (niger) niger.printedTotal.fy2017 = 1000;
    const { dataset: d, totalMismatches } = parseDataset(buildDatasetFromFundingTables(broken, { countries: [], programs: [], groups: [] }));
    expect(totalMismatches).toEqual([
      { countryId: 'chad', column: 2016, printed: 50, computed: 800 },
      { countryId: 'niger', column: 2017, printed: 1000, computed: 1003 },
    ]);
    expect(d.countries.find((c) => c.id === 'niger')?.funding.printedTotal?.byFiscalYear['2017']).toBe(1000);
  });

  it('keeps each page’s results and activities, and marks Peru, which has no page text, as funding only', () => {
    expect(byId('mali').results.map((r) => r.id)).toEqual([
      'weapons-secured',
      'storehouses-built',
      'personnel-trained-salw',
      'personnel-trained-pssm',
      'armories',
      'eod-missions',
    ]);
    expect(byId('mali').narrativeIncluded).toBe(true);
    expect(byId('mali').partners).toEqual(['MAG', 'USARAF']);
    expect(byId('mali').investment).toEqual({ valueText: 'more than $3 million', value: 3, bound: 'more-than', unit: 'usd-millions', from: 2013, to: 2017 });
    expect(byId('mali').coverage).toEqual({ status: 'complete', missing: null });
    expect(byId('mali').results.filter((r) => r.period.from === 2017).map((r) => r.period.note)).toEqual(['in 2017', 'in 2017', 'in 2017']);
    expect(byId('mali').results[1]).toMatchObject({ valueText: 'three', value: 3, alsoPrinted: null });
    expect(dataset.countries.filter((c) => !c.narrativeIncluded).map((c) => c.id)).toEqual(['peru']);
    expect(byId('peru').results).toEqual([]);
    expect(byId('peru').activities).toEqual([]);
    expect(byId('peru').context).toEqual([]);
    expect(byId('peru').investment).toBeNull();
    expect(byId('peru').coverage).toBeNull();
    // A page with text but no results is told apart from one with no text.
    expect(byId('niger').results).toEqual([]);
    expect(byId('niger').narrativeIncluded).toBe(true);
    expect(byId('niger').activities.length).toBeGreaterThan(0);
    expect(dataset.programs.length).toBeGreaterThan(0);
  });

  it('offers each country its own funding lines', () => {
    expect(countryLines(byId('mali'))).toEqual(['dos-nadr-cwd', 'dod']);
    expect(countryLines(byId('bosnia-and-herzegovina'))).toEqual(['dos-nadr-cwd', 'dos-other', 'dod', 'usaid', 'cdc']);
    expect(countryLines(byId('burkina-faso'))).toEqual(['dos-nadr-cwd']);
  });
});

describe('comparison', () => {
  const filters = (lines: ('dos-nadr-cwd' | 'dod')[] | null) => resolveViewFilters({ years: null, lines }, dataset.fiscalYears, countryLines(byId('mali')));

  it('defaults Mali to its G5 Sahel neighbours in the dataset', () => {
    expect(defaultComparison(dataset, 'mali')).toEqual(['burkina-faso', 'chad', 'mauritania', 'niger']);
    expect(defaultComparison(dataset, 'niger')).toEqual(['burkina-faso', 'chad', 'mali', 'mauritania']);
    // Peru is in no group named on a page: its region's other country, Colombia (added in this edition).
    expect(defaultComparison(dataset, 'peru')).toEqual(['colombia']);
    expect(defaultComparison(dataset, 'atlantis')).toEqual([]);
    expect(MAX_COMPARED).toBe(40);
  });

  it('puts the countries side by side with printed totals when no agency filter is in force', () => {
    const view = comparisonView(dataset, ['mali', 'niger', 'mauritania'], filters(null));
    expect(view.map((c) => [c.country.id, c.byYear, c.cumulative])).toEqual([
      ['mali', { 2015: 1200, 2016: 670, 2017: 1182 }, 3052],
      ['niger', { 2015: 693, 2016: 500, 2017: 1003 }, 2196],
      ['mauritania', { 2015: 300, 2016: 500, 2017: 1000 }, 8605],
    ]);
  });

  it('counts only the filtered agency lines, and says where a country has none', () => {
    const view = comparisonView(dataset, ['mali', 'burkina-faso', 'niger'], filters(['dod']));
    expect(view.map((c) => [c.country.id, c.byYear[2017], c.cumulative, c.missingLines])).toEqual([
      ['mali', 182, 352, []],
      ['burkina-faso', 0, 0, ['dod']],
      ['niger', 3, 3, []],
    ]);
  });

  it('skips ids that are not in the dataset', () => {
    expect(comparisonView(dataset, ['mali', 'narnia'], filters(null)).map((c) => c.country.id)).toEqual(['mali']);
  });
});

describe('regional context', () => {
  it('converts thousands to millions explicitly and exactly', () => {
    expect(thousandsToMillions(3052)).toBe(3.052);
    expect(thousandsToMillions(113078)).toBe(113.078);
    expect(thousandsToMillions(0)).toBe(0);
  });

  it('finds the printed share under the regional page’s own spelling', () => {
    const bosnia = regionalContext(dataset, byId('bosnia-and-herzegovina'));
    expect(bosnia?.printedShare).toEqual({ name: 'Bosnia & Herzegovina', percent: 27.97 });
    expect(regionalContext(dataset, byId('democratic-republic-of-the-congo'))?.printedShare).toEqual({ name: 'DRC', percent: 5.7 });
    expect(regionalContext(dataset, byId('burkina-faso'))?.printedShare).toEqual({ name: 'Burkina Faso', percent: 0.35 });
  });

  it('computes a share where the page does not list the country, against the region in millions', () => {
    const mali = regionalContext(dataset, byId('mali'));
    expect(mali?.printedShare).toBeNull();
    expect(mali?.region.countrySharesComplete).toBe(false);
    expect(mali?.countryCumulativeMillions).toBe(3.052);
    expect(mali?.region.cumulativeUsdMillions).toBe(438.9);
    expect(mali?.computedSharePercent).toBeCloseTo((3.052 / 438.9) * 100, 10);
  });
});
