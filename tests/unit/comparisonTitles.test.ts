import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { comparisonView, defaultComparison, peerSet } from '../../src/data/selectors/comparison';
import { countryLines, resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { comparisonByYearChart, comparisonCumulativeChart } from '../../src/features/comparison/comparisonCharts';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);

/** The charts comparing a country with others (its default peers unless given), for some fiscal years, every line. */
function charts(countryId: string, others: readonly string[] = defaultComparison(dataset, countryId), years: number[] = [2017]) {
  const country = dataset.countries.find((c) => c.id === countryId);
  if (!country) throw new Error(`no ${countryId}`);
  const filters = resolveViewFilters({ years, lines: null }, dataset.fiscalYears, countryLines(country), offered);
  const compared = comparisonView(dataset, [countryId, ...others], filters);
  const peers = peerSet(dataset, countryId, others);
  return { byYear: comparisonByYearChart(compared, filters, dataset.source, peers), cumulative: comparisonCumulativeChart(compared, filters, dataset.fiscalYears, dataset.source, peers) };
}

describe('comparison charts are titled for who is compared', () => {
  it('names the peers as an officer would: the region’s countries, the report’s group, a few by name', () => {
    expect(charts('angola').byYear.title).toBe('Angola and its African peers');
    expect(charts('angola').cumulative.title).toBe('Angola and its African peers');
    expect(charts('mali').byYear.title).toBe('Mali and its G5 Sahel partners');
    expect(charts('laos').byYear.title).toBe('Laos and its East Asia and Pacific peers');
    expect(charts('peru').byYear.title).toBe('Peru and Colombia');
    expect(charts('mali', ['niger', 'chad'], [2016, 2017]).byYear.title).toBe('Mali, Niger and Chad');
    expect(charts('angola', ['chad', 'niger', 'mali', 'senegal']).byYear.title).toBe('Angola and four of its African peers');
    expect(charts('angola', ['iraq', 'syria', 'jordan']).byYear.title).toBe('Angola and three countries of the Middle East and North Africa');
    expect(charts('angola', ['iraq', 'laos', 'colombia', 'ukraine']).byYear.title).toBe('Angola and four countries from four regions');
  });

  it('never says "and 9 other countries"; the subtitle keeps the measure, the years and the lines', () => {
    const { byYear, cumulative } = charts('angola');
    for (const chart of [byYear, cumulative]) expect(chart.title).not.toMatch(/\d+ other countr/);
    expect(byYear.subtitle).toBe('U.S. CWD funding, FY2017 · All agencies (DOS NADR-CWD, DOS Other, DoD, USAID, CDC) · U.S. dollars · highest first');
    expect(cumulative.subtitle).toBe(
      "Cumulative U.S. CWD funding through FY2017, from each country's first year · All agencies (DOS NADR-CWD, DOS Other, DoD, USAID, CDC) · U.S. dollars · highest first",
    );
    expect(charts('angola', undefined, [2015, 2016, 2017]).byYear.subtitle).toBe(
      'U.S. CWD funding by fiscal year, FY2015–FY2017 · All agencies (DOS NADR-CWD, DOS Other, DoD, USAID, CDC) · U.S. dollars · every panel to the same scale',
    );
    expect(charts('mali', ['niger', 'chad'], [2016, 2017]).byYear.subtitle).toBe('U.S. CWD funding by fiscal year, FY2016–FY2017 · All agencies (DOS NADR-CWD, DoD) · U.S. dollars');
  });
});
