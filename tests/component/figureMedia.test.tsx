import { render, waitFor } from '@testing-library/react';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { comparisonView, defaultComparison } from '../../src/data/selectors/comparison';
import { rankCountries, rankingShareBases } from '../../src/data/selectors/ranking';
import { countryLines, resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { comparisonByYearChart } from '../../src/features/comparison/comparisonCharts';
import { countryView } from '../../src/data/selectors/countryView';
import { fundingChart } from '../../src/features/funding/fundingChartDescription';
import { rankingChart } from '../../src/features/overview/rankingChart';
import type { BarChartDescription } from '../../src/figures/chartDescription';
import { composeBriefSvg, type BriefDescription } from '../../src/figures/composeBrief';
import { composeBarChartSvg } from '../../src/figures/composeSvg';
import { chartSlide, moneyFormat } from '../../src/figures/slide';
import { formatDollarsFromThousands, readableThousands } from '../../src/lib/format';

const money = (thousands: number) => readableThousands(thousands).text;
import { EmbeddedChart } from '../../src/ui/EmbeddedChart';
import { fullDatasetJson } from '../fixtures/datasets';

/**
 * One figure, every medium: the same description is drawn on screen (Recharts, as an embedded chart),
 * as the exported SVG, inside the brief and as a PowerPoint slide, and each must show the figure's
 * words (title, subtitle, notes, source), its categories and series, and the same figures: the labels
 * its marks print and every value. One case per kind of figure.
 */

// jsdom lays nothing out: give Recharts' container a desktop chart's width, as a browser would.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container') ? DOMRect.fromRect({ width: 900, height: 360 }) : DOMRect.fromRect({ width: 120, height: 24 });
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);

function country(id: string) {
  const found = dataset.countries.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

/** Angola, FY2013–FY2017, every line: stacked bars, a year no edition prints, restated figures. */
function stacked(): BarChartDescription {
  const angola = country('angola');
  const filters = resolveViewFilters({ years: [2013, 2014, 2015, 2016, 2017], lines: null }, dataset.fiscalYears, countryLines(angola), offered);
  return fundingChart(countryView(dataset, angola, filters));
}

/** Mali and two of its default peers, FY2014–FY2017: side-by-side bars, with years some countries' tables do not print. */
function grouped(): BarChartDescription {
  const mali = country('mali');
  const filters = resolveViewFilters({ years: [2014, 2015, 2016, 2017], lines: null }, dataset.fiscalYears, countryLines(mali), offered);
  const peers = defaultComparison(dataset, 'mali').slice(0, 2);
  return comparisonByYearChart(comparisonView(dataset, ['mali', ...peers], filters), filters, dataset.source);
}

/** Africa by FY2017 State NADR-CWD, Mali outlined: one ranked bar per country. */
function ranked(): BarChartDescription {
  const query = { measure: { kind: 'year' as const, fiscalYear: 2017 }, years: [2015, 2016, 2017], lines: ['dos-nadr-cwd' as const], region: 'Africa' };
  return rankingChart(rankCountries(dataset, offered, query), { ...query, currentCountryId: 'mali', shares: rankingShareBases(dataset, offered, query), source: dataset.source });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The words every medium prints in full. */
const words = (chart: BarChartDescription) => [chart.title, chart.subtitle, ...chart.notes, chart.source];

/** The labels the marks print, in category order, as the description says (a test of the rule, not a copy of it). */
function expectedLabels(chart: BarChartDescription): string[] {
  return chart.categories.flatMap((_, i) => {
    if (chart.notReported?.[i]) return ['not reported'];
    if (chart.layout === 'stacked') return [money(chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))];
    if (chart.layout === 'ranked') {
      const v = chart.series[0]?.values[i] ?? null;
      return [v === null ? 'not reported' : money(v)];
    }
    return chart.series.length > 4 ? [] : chart.series.map((s) => (s.values[i] === null ? 'n/r' : money(s.values[i] ?? 0)));
  });
}

/** Every value of every series, as written, but for those not reported (a value, or a whole category no source prints). */
const expectedValues = (chart: BarChartDescription) =>
  chart.series.flatMap((s) => s.values.flatMap((v, i) => (v === null || chart.notReported?.[i] ? [] : [formatDollarsFromThousands(v)])));

/** `part` holds every item of `whole`, counting repeats (a multiset inclusion). */
function expectAllIn(part: readonly string[], whole: readonly string[], what: string) {
  const left = [...whole];
  for (const item of part) {
    const at = left.indexOf(item);
    expect(at, `${what}: "${item}" missing from ${JSON.stringify(whole)}`).toBeGreaterThanOrEqual(0);
    left.splice(at, 1);
  }
}

/** The text of an SVG <text>, its <tspan>s joined as read (the screen breaks category names into lines). */
function svgText(node: Element): string {
  const spans = node.querySelectorAll('tspan');
  return squash(spans.length > 0 ? Array.from(spans, (t) => t.textContent).join(' ') : (node.childNodes[0]?.textContent ?? node.textContent));
}

/** A category as a medium printed it: whole, or cut with "…" when the whole name is in a hover title. */
function expectCategories(chart: BarChartDescription, printed: readonly string[], titles: string, what: string) {
  for (const category of chart.categories) {
    const whole = printed.includes(squash(category));
    const cut = printed.some((p) => p.endsWith('…') && category.startsWith(p.slice(0, -1)) && titles.includes(category));
    expect(whole || cut, `${what}: category "${category}" missing`).toBe(true);
  }
}

interface Reading {
  /** Everything printed, in one string. */
  text: string;
  /** Each piece of printed text (a label, a tick, a line). */
  pieces: string[];
  /** What a reader reaches by hovering or with a screen reader: titles and descriptions. */
  hover: string;
}

function readSvg(svg: string): Reading {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  const pieces = Array.from(doc.querySelectorAll('text'), svgText);
  return { pieces, text: squash(pieces.join(' ')), hover: squash(Array.from(doc.querySelectorAll('title, desc'), (t) => t.textContent).join(' ')) };
}

async function readScreen(chart: BarChartDescription): Promise<Reading> {
  const { container } = render(
    <div style={{ width: 900 }}>
      <EmbeddedChart chart={chart} fullViewHref="/" height={chart.layout === 'ranked' ? 26 * chart.categories.length + 48 : 360} />
    </div>,
  );
  // The chart code loads on demand: wait until its labels are drawn.
  await waitFor(
    () => {
      expect(container.querySelectorAll('.recharts-label-list text, .recharts-label').length).toBeGreaterThan(0);
    },
    { timeout: 60_000 },
  );
  const chartTexts = Array.from(container.querySelectorAll('svg.recharts-surface text'), svgText);
  const legend = Array.from(container.querySelectorAll('.recharts-legend-item-text'), (n) => squash(n.textContent));
  const page = Array.from(container.querySelectorAll('h1, p, li'), (n) => squash(n.textContent));
  const pieces = [...page, ...chartTexts, ...legend];
  const caption = container.querySelector('figcaption')?.textContent ?? '';
  const titles = Array.from(container.querySelectorAll('svg title'), (t) => t.textContent).join(' ');
  return { pieces, text: squash(pieces.join(' ')), hover: squash(`${caption} ${titles}`) };
}

interface SlideReading extends Reading {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  formatCode: string;
}

async function readSlide(chart: BarChartDescription): Promise<SlideReading> {
  const blob = await chartSlide(chart, 'https://example.test/?country=angola', new Date('2026-12-06T12:00:00Z'));
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(1);
  const xml = (await zip.file(charts[0] ?? '')?.async('string')) ?? '';
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const all = (el: Element | Document, tag: string) => Array.from(el.getElementsByTagName(tag));
  const ser = all(doc, 'c:ser');
  const series = ser.map((s) => {
    const name = all(all(s, 'c:tx')[0] ?? s, 'c:v')[0]?.textContent ?? '';
    const points = all(all(s, 'c:val')[0] ?? s, 'c:pt');
    const count = Number(all(all(s, 'c:val')[0] ?? s, 'c:ptCount')[0]?.getAttribute('val') ?? 0);
    const values: (number | null)[] = Array.from({ length: count }, () => null);
    for (const pt of points) {
      const v = all(pt, 'c:v')[0]?.textContent ?? '';
      values[Number(pt.getAttribute('idx'))] = v === '' ? null : Number(v);
    }
    return { name, values };
  });
  const categories = all(all(ser[0] ?? doc, 'c:cat')[0] ?? doc, 'c:pt').map((pt) => all(pt, 'c:v')[0]?.textContent ?? '');
  const formatCode = all(doc, 'c:dLbls').map((d) => all(d, 'c:numFmt')[0]?.getAttribute('formatCode') ?? '')[0] ?? '';
  const runs = Array.from(slide.matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) =>
    (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  );
  return { pieces: runs.map(squash), text: squash(runs.join(' ')), hover: '', categories, series, formatCode };
}

const brief = (chart: BarChartDescription): BriefDescription => ({
  fileBase: 'brief',
  title: 'Angola: U.S. Conventional Weapons Destruction assistance',
  subtitle: chart.subtitle,
  headline: { label: 'U.S. CWD funding, FY2013–FY2017 (all agencies)', value: '$21.4 million', note: null },
  cumulative: { label: 'Cumulative since FY1995', value: '$127 million' },
  shown: 0,
  chart,
  results: [],
  noResults: 'No result in figures.',
  partners: [],
  notes: [],
  source: chart.source,
});

describe.each([
  ['stacked bars (a country’s funding by agency)', stacked],
  ['side-by-side bars (countries compared by fiscal year)', grouped],
  ['ranked bars (a region’s countries, highest first)', ranked],
])('one figure in every medium: %s', (_kind, build) => {
  const chart = build();
  const labels = expectedLabels(chart);
  const values = expectedValues(chart);
  const legend = chart.series.length > 1 ? chart.series.map((s) => s.name) : [];

  it('is a figure worth the comparison: categories, figures and notes', () => {
    expect(chart.categories.length).toBeGreaterThan(2);
    expect(values.length).toBeGreaterThan(2);
    expect(chart.notes.length).toBeGreaterThan(0);
  });

  it('on screen: the words, categories, legend and mark labels; every value in the text equivalent', async () => {
    const screen = await readScreen(chart);
    for (const w of words(chart)) expect(screen.text).toContain(squash(w));
    expectCategories(chart, screen.pieces, screen.hover, 'screen');
    expectAllIn(legend, screen.pieces, 'screen legend');
    expectAllIn(labels, screen.pieces, 'screen labels');
    for (const v of values) expect(screen.hover).toContain(v);
  }, 90_000);

  it('as the exported SVG: the same words, categories, legend, labels and values', () => {
    const svg = readSvg(composeBarChartSvg(chart, { exportedAt: new Date('2026-12-06T12:00:00Z') }));
    for (const w of words(chart)) expect(svg.text).toContain(squash(w));
    expectCategories(chart, svg.pieces, svg.hover, 'SVG');
    expectAllIn(legend, svg.pieces, 'SVG legend');
    expectAllIn(labels, svg.pieces, 'SVG labels');
    for (const v of values) expect(svg.hover).toContain(v);
  });

  it('in the brief: the same categories, legend, labels and values', () => {
    const svg = readSvg(composeBriefSvg(brief(chart), { exportedAt: new Date('2026-12-06T12:00:00Z'), viewUrl: 'https://example.test/' }));
    expectCategories(chart, svg.pieces, svg.hover, 'brief');
    expectAllIn(legend, svg.pieces, 'brief legend');
    // Rows of the brief may follow a total with the segments that did not fit inside ("$23.4 million · DoD $744,000").
    expectAllIn(labels, svg.pieces.flatMap((p) => p.split(' · ')), 'brief labels');
    for (const v of values) expect(`${svg.text} ${svg.hover}`).toContain(v);
  });

  it('as a PowerPoint slide: the same words, and a native chart of the same categories, series and values', async () => {
    const slide = await readSlide(chart);
    for (const w of words(chart)) expect(slide.text).toContain(squash(w));
    expect(slide.categories).toEqual(chart.categories);
    expect(slide.series.map((s) => s.name)).toEqual(chart.series.map((s) => s.name));
    expect(slide.series.map((s) => s.values)).toEqual(chart.series.map((s) => s.values.map((v, i) => (chart.notReported?.[i] ? null : v))));
    // Data labels write each value in the money rule, as the screen does ($1.20 million), the data sheet keeps the exact thousands.
    expect(slide.formatCode).toBe(moneyFormat(chart.series.flatMap((s) => s.values), { blankZero: chart.layout === 'stacked' }));
    expect(slide.formatCode).not.toMatch(/"K"/);
    // What a native chart cannot print (a stack's totals, "not reported" where there is no bar) is in
    // the line under it; a side-by-side bar with no figure is named in the notes.
    if (chart.layout === 'stacked') for (const [i, c] of chart.categories.entries()) expect(slide.text).toContain(squash(`${c} ${labels[i] ?? ''}`));
    if (chart.layout === 'ranked') {
      const missing = chart.categories.filter((_, i) => labels[i] === 'not reported');
      if (missing.length > 0) expect(slide.text).toContain(`Not reported: ${missing.join(', ')}.`);
    }
    if (labels.includes('n/r')) expect(slide.text).toMatch(/Not reported by any edition in this dataset \(n\/r/);
  });
});
