import { describe, expect, it } from 'vitest';
import { fundingByYear } from '../../src/data/selectors/fundingByYear';
import { parseDataset } from '../../src/data/model/parseDataset';
import type { LineId } from '../../src/data/model/lines';
import { countryLines, resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { fundingChart, fundingChartDescription } from '../../src/features/funding/fundingChartDescription';
import { countryView } from '../../src/data/selectors/countryView';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { fullDatasetJson, validDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(validDatasetJson());
const mali = dataset.countries[0];

function describeFor(years: number[] | null, lines: LineId[] | null) {
  if (!mali) throw new Error('no Mali');
  const filters = resolveViewFilters({ years, lines }, dataset.fiscalYears, countryLines(mali));
  return fundingChartDescription(mali, dataset.source, dataset.fiscalYears, filters, fundingByYear(mali, dataset.fiscalYears, filters));
}

/** The source each CSV row names: publisher, report, edition and Mali's page, as the chart's source line gives them. */
const MALI_SOURCE =
  'U.S. Department of State, Bureau of Political-Military Affairs, Office of Weapons Removal and Abatement (PM/WRA), To Walk the Earth in Safety, 2018 edition, Mali page (https://www.state.gov/t/pm/rls/rpt/walkearth/2018/287812.htm)';

describe('fundingChartDescription', () => {
  it('describes the full view: series, colours, notes, source and CSV table', () => {
    const chart = describeFor(null, null);
    expect(chart.fileBase).toBe('mali-funding-by-agency-fy2015-fy2017');
    expect(chart.subtitle).toBe('FY2015–FY2017 · All agencies (DOS NADR-CWD, DoD) · U.S. dollars');
    expect(chart.series.map((s) => [s.name, s.colour, s.values])).toEqual([
      ['DOS NADR-CWD', '#0072B2', [1200, 500, 1000]],
      ['DoD', '#E69F00', [0, 170, 182]],
    ]);
    expect(chart.notes).toEqual([
      "Cumulative FY2013–FY2017: $3.05 million (COUNTRY TOTAL as printed; the report's own column since first funding, not the sum of the years shown).",
      '*Department of State FY13 funding is included in regional funding.',
    ]);
    expect(chart.source).toBe(
      'Source: U.S. Department of State, Bureau of Political-Military Affairs, Office of Weapons Removal and Abatement (PM/WRA), To Walk the Earth in Safety, 2018 edition, Mali page (https://www.state.gov/t/pm/rls/rpt/walkearth/2018/287812.htm).',
    );
    expect(chart.table.rows).toEqual([
      ['Mali', 'DOS NADR-CWD', 'DOS NADR - CWD', 1200, 500, 1000, 2700, MALI_SOURCE],
      ['Mali', 'DoD', 'DoD', 0, 170, 182, 352, MALI_SOURCE],
      ['Mali', 'All agencies (printed total)', 'COUNTRY TOTAL', 1200, 670, 1182, 3052, MALI_SOURCE],
    ]);
  });

  it('leaves a line that is $0 in every year shown off the chart, keeps it in the table, and says so first', () => {
    const chart = describeFor([2015], null);
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([['DOS NADR-CWD', [1200]]]);
    expect(chart.notes[0]).toBe('Not drawn, $0 in every year shown: DoD (cumulative $352,000).');
    expect(chart.notes[1]?.startsWith('Cumulative FY2013–FY2017: $3.05 million')).toBe(true);
    expect(chart.table.rows).toEqual([
      ['Mali', 'DOS NADR-CWD', 'DOS NADR - CWD', 1200, 2700, MALI_SOURCE],
      ['Mali', 'DoD', 'DoD', 0, 352, MALI_SOURCE],
      ['Mali', 'All agencies (printed total)', 'COUNTRY TOTAL', 1200, 3052, MALI_SOURCE],
    ]);
    // With money in a year shown, DoD is drawn again and there is no such note.
    expect(describeFor([2015, 2016], null).series.map((s) => s.name)).toEqual(['DOS NADR-CWD', 'DoD']);
    expect(describeFor([2015, 2016], null).notes.some((n) => n.startsWith('Not drawn'))).toBe(false);
  });

  it('FY2017 and DoD: one DoD row of 182, and no State footnote', () => {
    const chart = describeFor([2017], ['dod']);
    expect(chart.fileBase).toBe('mali-funding-by-agency-fy2017-dod');
    expect(chart.subtitle.startsWith('FY2017 · DoD ·')).toBe(true);
    expect(chart.table).toEqual({
      columns: ['Country', 'Agency line', 'Printed label', 'FY2017 (USD thousands)', 'Cumulative FY2013–FY2017 (USD thousands)', 'Source'],
      rows: [['Mali', 'DoD', 'DoD', 182, 352, MALI_SOURCE]],
    });
    expect(chart.notes).toEqual([
      "Cumulative FY2013–FY2017: $352,000 (DoD; the report's own column since first funding, not the sum of the years shown).",
    ]);
  });
});

describe('a restated figure, marked on the bar itself', () => {
  it('marks Iraq’s FY2016 DOS NADR-CWD ($30.9 million in the 2018 edition, $15.0 million in the 2017) on the chart, in its notes and in the image', async () => {
    const { composeBarChartSvg } = await import('../../src/figures/composeSvg');
    const { countryAcrossEditions, editionLabel } = await import('../../src/data/selectors/acrossEditions');
    const { fullDatasetJson } = await import('../fixtures/datasets');
    const { RESTATED_KEY } = await import('../../src/figures/chartDescription');
    const full = parseDataset(fullDatasetJson()).dataset;
    const iraq = full.countries.find((c) => c.id === 'iraq');
    if (!iraq) throw new Error('no Iraq');
    const filters = resolveViewFilters({ years: null, lines: null }, full.fiscalYears, countryLines(iraq));
    const view = fundingByYear(iraq, full.fiscalYears, filters, { series: countryAcrossEditions(full, iraq).series, ownEditionId: full.id });
    const chart = fundingChartDescription(iraq, full.source, full.fiscalYears, filters, view, (id) => editionLabel(full, id));
    const nadr = chart.series.find((s) => s.name === 'DOS NADR-CWD');
    expect(chart.categories).toEqual(['FY2015', 'FY2016', 'FY2017']);
    expect(nadr?.values[1]).toBe(30945);
    expect(nadr?.restated).toEqual([false, true, false]);
    expect(chart.series.filter((s) => s.name !== 'DOS NADR-CWD').every((s) => s.restated?.every((r) => !r))).toBe(true);
    expect(chart.notes[0]).toBe(RESTATED_KEY);
    expect(chart.notes).toContain('Restated: FY2016, DOS NADR-CWD, is $30.9 million in the 2018 edition, $15.0 million in the 2017 edition; the latest is shown.');
    const svg = composeBarChartSvg(chart, { exportedAt: new Date('2026-12-02T00:00:00Z') });
    const dashed = [...svg.matchAll(/<rect [^>]*stroke-dasharray="6 3"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(dashed).toEqual(['DOS NADR-CWD, FY2016: $30,945,000 (restated)']);
  });
});

describe('the funding chart of a country view, with years no edition prints', () => {
  it('says which years of an undrawn line are $0 and which are not reported (Angola, DOS Other, FY2013–FY2017)', () => {
    const full = parseDataset(fullDatasetJson()).dataset;
    const angola = full.countries.find((c) => c.id === 'angola');
    if (!angola) throw new Error('no Angola');
    const filters = resolveViewFilters({ years: [2013, 2014, 2015, 2016, 2017], lines: ['dos-nadr-cwd', 'dos-other'] }, full.fiscalYears, countryLines(angola), seriesFiscalYears(full));
    const chart = fundingChart(countryView(full, angola, filters));
    // The 2017 edition prints FY2014 ($0 for DOS Other); none prints FY2013.
    expect(chart.notes).toContain('Not drawn, no money in any year shown: DOS Other ($0 in FY2014–FY2017, not reported in FY2013; cumulative $3.17 million).');
  });
});
