import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { countryAcrossEditions, editionLabel, seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { comparisonView } from '../../src/data/selectors/comparison';
import { fundingByYear } from '../../src/data/selectors/fundingByYear';
import { countryLines, resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { toggleYear } from '../../src/filters/filterStore';
import { fundingChartDescription } from '../../src/features/funding/fundingChartDescription';
import { chartSummary } from '../../src/figures/chartSummary';
import { composeBarChartSvg } from '../../src/figures/composeSvg';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);

function viewOf(id: string, years: number[] | null) {
  const country = dataset.countries.find((c) => c.id === id);
  if (!country) throw new Error(`no ${id}`);
  const filters = resolveViewFilters({ years, lines: null }, dataset.fiscalYears, countryLines(country), offered);
  const view = fundingByYear(country, dataset.fiscalYears, filters, { series: countryAcrossEditions(dataset, country).series, ownEditionId: dataset.id });
  const chart = fundingChartDescription(country, dataset.source, dataset.fiscalYears, filters, view, (e) => editionLabel(dataset, e));
  return { country, filters, view, chart };
}

describe('the funding view over every edition’s years', () => {
  it('offers FY2013–FY2017, and keeps the 2018 edition’s three years as the default', () => {
    expect(offered).toEqual([2013, 2014, 2015, 2016, 2017]);
    expect(viewOf('mali', null).filters.years).toEqual([2015, 2016, 2017]);
    expect(toggleYear(null, 2014, offered, dataset.fiscalYears)).toEqual([2014, 2015, 2016, 2017]);
    expect(toggleYear([2014, 2015, 2016, 2017], 2014, offered, dataset.fiscalYears)).toBeNull();
    expect(toggleYear([2014], 2014, offered, dataset.fiscalYears)).toEqual([2014]);
  });

  it('shows Mali’s FY2014 as $0 from the 2017 edition, and FY2013 as not reported (never $0)', () => {
    const { view, chart } = viewOf('mali', [2013, 2014]);
    expect(view.rows.map((r) => [r.name, r.byYear[2013], r.byYear[2014], r.sources[2014]?.editionId])).toEqual([
      ['DOS NADR-CWD', null, 0, 'tweis-2017'],
      ['DoD', null, 0, 'tweis-2017'],
    ]);
    expect(view.years.map((y) => [y.fiscalYear, y.total, y.notReported])).toEqual([
      [2013, null, true],
      [2014, 0, false],
    ]);
    expect(chart.categories).toEqual(['FY2013', 'FY2014 2017\u00a0ed.']);
    expect(chart.notReported).toEqual([true, false]);
    expect(chart.notes.slice(0, 2)).toEqual([
      'FY2014: figures from the 2017 edition, the latest that prints that year.',
      'FY2013: not reported by any edition in this dataset (not $0).',
    ]);
    expect(chart.table.rows[0]?.slice(3, 5)).toEqual(['', 0]);
    expect(chartSummary(chart)).toContain('FY2013: not reported.');
    expect(composeBarChartSvg(chart, { exportedAt: new Date('2026-12-01T12:00:00Z') })).toContain('>not reported</text>');
  });

  it('marks South Sudan’s restated FY2016 with both figures, the latest shown', () => {
    const { view, chart } = viewOf('south-sudan', [2016]);
    const nadr = view.rows.find((r) => r.key === 'dos-nadr-cwd');
    expect([nadr?.byYear[2016], nadr?.sources[2016]?.restated, nadr?.sources[2016]?.others.map((o) => [o.editionId, o.value])]).toEqual([
      300,
      true,
      [['tweis-2017', 2000]],
    ]);
    expect(chart.notes).toContain('Restated: FY2016, DOS NADR-CWD, is $300,000 in the 2018 edition, $2.00 million in the 2017 edition; the latest is shown.');
    expect(view.restatements.map((r) => r.key)).toEqual(['dos-nadr-cwd', 'total']);
  });

  it('compares countries over the same years, not reported where no edition prints them', () => {
    const mali = dataset.countries.find((c) => c.id === 'mali');
    if (!mali) throw new Error('no Mali');
    const filters = resolveViewFilters({ years: [2014], lines: null }, dataset.fiscalYears, countryLines(mali), offered);
    expect(comparisonView(dataset, ['mali', 'niger', 'angola'], filters).map((c) => [c.country.id, c.byYear[2014]])).toEqual([
      ['mali', 0],
      ['niger', null],
      ['angola', 6179],
    ]);
  });
});

describe('printed-total flags in the exported chart', () => {
  it('flags Chad’s FY2016 mismatch when FY2016 is shown, and not when the view is FY2017 alone', () => {
    const flag = 'Data-quality flag: the printed FY2016 total is $50,000, but its rows add up to $800,000. The printed figure is kept as printed, not corrected.';
    expect(viewOf('chad', null).chart.notes).toContain(flag);
    const fy2017 = viewOf('chad', [2017]);
    expect(fy2017.chart.notes.filter((n) => n.startsWith('Data-quality flag'))).toEqual([]);
    expect(fy2017.view.shownMismatches).toEqual([]);
    expect(fy2017.view.mismatches).toHaveLength(1);
  });
});
