import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import funding2017 from '../../src/data/datasets/tweis-2017-funding.json';
import funding2018 from '../../src/data/datasets/tweis-2018-funding.json';
import { parseDataset } from '../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { comparisonView, defaultComparison, peerSet } from '../../src/data/selectors/comparison';
import { countryView } from '../../src/data/selectors/countryView';
import { countryLines, resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { comparisonByYearChart } from '../../src/features/comparison/comparisonCharts';
import { trendChart } from '../../src/features/trend/trendChart';
import { RESTATED_POINT_KEY, type BarChartDescription } from '../../src/figures/chartDescription';
import { chartSummary } from '../../src/figures/chartSummary';
import { composeBarChartSvg } from '../../src/figures/composeSvg';
import { linePlot } from '../../src/figures/linePlot';
import { chartSlide } from '../../src/figures/slide';
import { estimateTextWidth } from '../../src/lib/export/textMeasure';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);

/** A country's trend: every offered year, the lines given (all by default). */
function trend(countryId: string, lines: Parameters<typeof resolveViewFilters>[0]['lines'] = null): BarChartDescription {
  const country = dataset.countries.find((c) => c.id === countryId);
  if (!country) throw new Error(`no ${countryId}`);
  return trendChart(countryView(dataset, country, resolveViewFilters({ years: offered, lines }, dataset.fiscalYears, countryLines(country), offered)));
}

function compared(countryId: string, years: number[], others: readonly string[] = defaultComparison(dataset, countryId)) {
  const country = dataset.countries.find((c) => c.id === countryId);
  if (!country) throw new Error(`no ${countryId}`);
  const filters = resolveViewFilters({ years, lines: null }, dataset.fiscalYears, countryLines(country), offered);
  const rows = comparisonView(dataset, [countryId, ...others], filters);
  return { rows, chart: comparisonByYearChart(rows, filters, dataset.source, peerSet(dataset, countryId, others)) };
}

/** A printed figure of a country's line in one edition's table, as the data file gives it. */
function printed(file: { countries: { id: string; rows: { label: string; [year: string]: unknown }[] }[] }, countryId: string, label: string, year: number): number {
  const row = file.countries.find((c) => c.id === countryId)?.rows.find((r) => r.label === label);
  const value = row?.[`fy${year}`];
  if (typeof value !== 'number') throw new Error(`no ${label} FY${year} for ${countryId}`);
  return value;
}

const svgText = (parts: readonly string[]) => parts.join('');

describe("a country's funding trend", () => {
  it('runs FY2013–FY2017 for Iraq, each year as the latest edition prints it, FY2016 ringed as restated and FY2013 a gap', () => {
    const chart = trend('iraq');
    expect(chart.layout).toBe('line');
    expect(chart.categories).toEqual(['FY2013', 'FY2014', 'FY2015', 'FY2016', 'FY2017']);
    const nadr = chart.series.find((s) => s.name === 'DOS NADR-CWD');
    // FY2014 only the 2017 edition prints; FY2015–FY2017 the 2018 edition; no edition here prints Iraq's FY2013.
    expect(nadr?.values).toEqual([
      null,
      printed(funding2017, 'iraq', 'DOS NADR - CWD', 2014),
      printed(funding2018, 'iraq', 'DOS NADR - CWD', 2015),
      printed(funding2018, 'iraq', 'DOS NADR - CWD', 2016),
      printed(funding2018, 'iraq', 'DOS NADR - CWD', 2017),
    ]);
    expect(nadr?.values[3]).toBe(30945);
    expect(printed(funding2017, 'iraq', 'DOS NADR - CWD', 2016)).toBe(15000);
    expect(nadr?.restated).toEqual([false, false, false, true, false]);
    expect(chart.notReported).toEqual([true, false, false, false, false]);
    expect(chart.notes).toContain(RESTATED_POINT_KEY);
    expect(chart.notes).toContain('Restated: FY2016, DOS NADR-CWD, is $30.9 million in the 2018 edition, $15.0 million in the 2017 edition; the latest is drawn.');
    expect(chart.notes).toContain('FY2013: not reported by any edition in this dataset; the lines have a gap there, not $0.');
    // Lines with no money in any year are named, not drawn.
    expect(chart.series.map((s) => s.name)).toEqual(['DOS NADR-CWD', 'DoD']);
    expect(chart.notes).toContain('Not drawn, no money in any of these years: DOS Other, CDC.');
    expect(chartSummary(chart)).toContain('FY2016: DOS NADR-CWD $30,945,000 (restated), DoD $58,000.');
    expect(chartSummary(chart)).toContain('FY2013: not reported.');
    // The CSV keeps the exact thousands, a blank where not reported, and which edition gave each year.
    expect(chart.table.rows[0]).toEqual(['Iraq', 'DOS NADR-CWD', '', 23177, 37835, 30945, 48000, 'FY2014: 2017 edition; FY2015: 2018 edition; FY2016: 2018 edition; FY2017: 2018 edition', 'FY2016']);
  });

  it('follows the lines chosen', () => {
    const chart = trend('iraq', ['dod']);
    expect(chart.series.map((s) => s.name)).toEqual(['DoD']);
    expect(chart.subtitle).toContain('DoD');
    expect(chart.notes).not.toContain(RESTATED_POINT_KEY);
  });

  it('draws a gap, not a zero, where a figure is not reported, and a ring round a restated point', () => {
    const chart = trend('iraq');
    const svg = svgText(linePlot(chart, { left: 0, right: 800, top: 0, bottom: 300 }, estimateTextWidth));
    // DOS NADR-CWD has four points in one run from FY2014; DoD the same: two lines, no point for FY2013.
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle [^>]*><title>/g)).toHaveLength(8);
    expect(svg).toContain('<title>DOS NADR-CWD, FY2016: $30,945,000 (restated)</title>');
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(svg).toContain('>not reported</text>');
    // Two lines: every point carries its figure, as officers write money.
    for (const label of ['$23.2 million', '$37.8 million', '$30.9 million', '$48.0 million', '$573,000', '$0', '$58,000', '$209,000']) expect(svg).toContain(`>${label}</text>`);
  });

  it('breaks a line round a year in the middle that is not reported', () => {
    const chart: BarChartDescription = {
      fileBase: 'x',
      title: 'x',
      subtitle: 'x',
      categories: ['FY2013', 'FY2014', 'FY2015', 'FY2016', 'FY2017'],
      series: [{ key: 'a', name: 'A', colour: '#0072B2', values: [100, 200, null, 400, 0] }],
      layout: 'line',
      unit: 'usd-thousands',
      notes: [],
      source: 'x',
      table: { columns: [], rows: [] },
    };
    const svg = svgText(linePlot(chart, { left: 0, right: 600, top: 0, bottom: 300 }, estimateTextWidth));
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle [^>]*><title>/g)).toHaveLength(4);
    expect(svg).toContain('<title>A, FY2017: $0</title>');
  });
});

describe('the comparison by fiscal year keeps every country and every year', () => {
  it('draws up to four countries side by side, five as lines, more as small multiples to one scale', () => {
    expect(compared('mali', [2016, 2017], ['niger', 'chad']).chart.layout).toBe('grouped');
    const five = compared('mali', [2015, 2016, 2017]).chart;
    expect(five.series).toHaveLength(5);
    expect(five.layout).toBe('line');
    expect(five.multiples).toBeUndefined();
    expect(compared('mali', [2017]).chart.layout).toBe('ranked');
  });

  it("shows Angola's nine default peers and every one's FY2015, FY2016 and FY2017 figure in one chart", () => {
    const { rows, chart } = compared('angola', [2015, 2016, 2017]);
    expect(defaultComparison(dataset, 'angola')).toHaveLength(9);
    expect(chart.layout).toBe('line');
    expect(chart.multiples).toBe(true);
    expect(chart.categories).toEqual(['FY2015', 'FY2016', 'FY2017']);
    expect(chart.series.map((s) => s.name)).toEqual(rows.map((r) => r.country.name));
    for (const [i, row] of rows.entries()) expect(chart.series[i]?.values).toEqual([2015, 2016, 2017].map((y) => row.byYear[y] ?? null));
    expect(chart.series[0]?.highlighted).toBe(true);
    // Every panel is drawn, named, with a point for each year reported.
    const svg = svgText(linePlot(chart, { left: 0, right: 1104, top: 0, bottom: 600 }, estimateTextWidth));
    for (const row of rows) expect(svg).toContain(row.country.name.split(' ')[0] ?? '');
    const points = rows.reduce((n, r) => n + [2015, 2016, 2017].filter((y) => r.byYear[y] !== null).length, 0);
    expect(svg.match(/<circle [^>]*><title>/g)).toHaveLength(points);
    expect(points).toBe(30);
  });

  it('exports small multiples as an image whose every panel fits the figure', () => {
    const { chart } = compared('angola', [2015, 2016, 2017]);
    const svg = composeBarChartSvg(chart, { exportedAt: new Date('2026-12-07') });
    const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    const ys = Array.from(svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g), (m) => Number(m[1]));
    expect(ys.length).toBe(30);
    for (const y of ys) expect(y).toBeLessThan(height);
    expect(svg).toContain('Angola');
    expect(svg).toContain('South Sudan');
  });
});

describe('line charts as PowerPoint slides', () => {
  async function charts(blob: Blob): Promise<string[]> {
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const names = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    return Promise.all(names.map(async (f) => (await zip.file(f)?.async('string')) ?? ''));
  }

  it('is a native line chart with gaps where a figure is not reported, and names the restated point', async () => {
    const chart = trend('iraq');
    const blob = await chartSlide(chart, 'https://example.test/?country=iraq');
    const [xml, ...others] = await charts(blob);
    expect(others).toHaveLength(0);
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    expect(slide).toContain('Restated (see the notes): DOS NADR-CWD, FY2016.');
    expect(slide).not.toContain('Ringed point');
  });

  it('draws small multiples as a small chart per country, every one to the same scale', async () => {
    const { chart } = compared('angola', [2015, 2016, 2017]);
    const xmls = await charts(await chartSlide(chart, 'https://example.test/?country=angola'));
    expect(xmls).toHaveLength(10);
    const maxima = new Set(xmls.map((x) => /<c:max val="([\d.]+)"\/>/.exec(x)?.[1]));
    expect(maxima.size).toBe(1);
    for (const xml of xmls) expect(xml).toContain('<c:lineChart>');
  });
});
