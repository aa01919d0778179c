import { describe, expect, it } from 'vitest';
import type { BarChartDescription } from '../../../src/figures/chartDescription';
import { composeBarChartSvg, escapeXml, svgSize } from '../../../src/figures/composeSvg';

const chart: BarChartDescription = {
  fileBase: 'mali-funding-by-agency-fy2015-fy2017',
  title: 'Mali: U.S. CWD funding by agency and fiscal year',
  subtitle: 'FY2016–FY2017 · DoD · U.S. dollars in thousands',
  categories: ['FY2016', 'FY2017'],
  series: [
    { key: 'dos-nadr-cwd', name: 'DOS NADR-CWD', colour: '#0072B2', values: [500, 1000] },
    { key: 'dod', name: 'DoD', colour: '#E69F00', values: [170, 182] },
  ],
  layout: 'stacked',
  unit: 'usd-thousands',
  notes: ['*Department of State FY13 funding is included in regional funding.'],
  source: 'Source: U.S. Department of State, To Walk the Earth in Safety, 2018 edition.',
  table: { columns: [], rows: [] },
};

const exportedAt = new Date('2026-11-27T12:00:00Z');

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const texts = (doc: Document) => Array.from(doc.querySelectorAll('text'), (t) => t.textContent);

describe('composeBarChartSvg', () => {
  it('draws title, subtitle, legend, totals, source, footnote and export date into one SVG', () => {
    const doc = parse(composeBarChartSvg(chart, { exportedAt, viewUrl: 'https://example.test/?country=mali' }));
    const all = texts(doc);
    expect(doc.querySelector('svg > title')?.textContent).toBe(chart.title);
    expect(all).toContain(chart.title);
    expect(all).toContain(chart.subtitle);
    expect(all).toEqual(expect.arrayContaining(['DOS NADR-CWD', 'DoD', 'FY2016', 'FY2017', '$670,000', '$1.18 million']));
    expect(all).toContain('*Department of State FY13 funding is included in regional funding.');
    expect(all).toContain(chart.source);
    expect(all.join(' ')).toContain('Exported November 27, 2026 from the CWD dashboard · https://example.test/?country=mali');
    expect(doc.querySelector('svg > desc')?.textContent).toContain('FY2017: DOS NADR-CWD $1,000,000, DoD $182,000; total $1,182,000.');
  });

  it('has a fixed 1200 × 675 size and a white background', () => {
    const doc = parse(composeBarChartSvg(chart, { exportedAt }));
    const svg = doc.documentElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual(['1200', '675', '0 0 1200 675']);
    const background = doc.querySelector('svg > rect');
    expect([background?.getAttribute('width'), background?.getAttribute('fill')]).toEqual(['1200', '#ffffff']);
  });

  it('is self-contained: no CSS variables, foreignObject, script or outside references', () => {
    const svg = composeBarChartSvg(chart, {
      exportedAt,
      fonts: [{ family: 'Public Sans', weight: 400, dataUrl: 'data:font/woff2;base64,AAAA' }],
    });
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/(href|src)=/);
    expect(svg).toContain("@font-face{font-family:'Public Sans';font-weight:400;font-style:normal;src:url(data:font/woff2;base64,AAAA) format('woff2');}");
    expect(svg.match(/url\(([^)]*)\)/g)?.every((u) => u.startsWith('url(data:'))).toBe(true);
  });

  it('draws each bar at its value: stacked heights in proportion', () => {
    const doc = parse(composeBarChartSvg(chart, { exportedAt }));
    const bars = Array.from(doc.querySelectorAll('rect > title'), (t) => ({
      label: t.textContent,
      height: Number(t.parentElement?.getAttribute('height')),
    }));
    expect(bars.map((b) => b.label)).toEqual([
      'DOS NADR-CWD, FY2016: $500,000',
      'DoD, FY2016: $170,000',
      'DOS NADR-CWD, FY2017: $1,000,000',
      'DoD, FY2017: $182,000',
    ]);
    const [dos2016, dod2016, dos2017] = bars.map((b) => b.height);
    expect((dos2017 ?? 0) / (dos2016 ?? 1)).toBeCloseTo(2, 2);
    expect((dod2016 ?? 0) / (dos2016 ?? 1)).toBeCloseTo(170 / 500, 2);
  });

  it('shows markup in text as text, never as elements', () => {
    const hostile = { ...chart, title: '<script>alert(1)</script> & "quotes"', notes: ['<img src=x onerror=alert(1)>'] };
    const svg = composeBarChartSvg(hostile, { exportedAt });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    const doc = parse(svg);
    expect(doc.querySelector('script, img')).toBeNull();
    expect(texts(doc)).toContain('<script>alert(1)</script> & "quotes"');
  });

  it('wraps a long footer instead of running off the image', () => {
    const long = { ...chart, source: `Source: ${'a long publisher name '.repeat(20)}` };
    const doc = parse(composeBarChartSvg(long, { exportedAt }));
    const sourceLines = texts(doc).filter((t) => t.includes('long publisher'));
    expect(sourceLines.length).toBeGreaterThan(1);
  });

  it('draws grouped bars side by side with a label on each', () => {
    const grouped = { ...chart, layout: 'grouped' as const };
    const all = texts(parse(composeBarChartSvg(grouped, { exportedAt })));
    expect(all).toEqual(expect.arrayContaining(['$500,000', '$170,000', '$1.00 million', '$182,000']));
    expect(all).not.toContain('$670,000');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});

describe('a figure that stays readable however much it carries', () => {
  it('ten flagged years and long footnotes: the figure grows taller, the plot keeps its height and axis labels their spacing', async () => {
    const { MIN_PLOT_HEIGHT, svgSize } = await import('../../../src/figures/composeSvg');
    const years = Array.from({ length: 10 }, (_, i) => `FY${2008 + i}`);
    const busy: BarChartDescription = {
      ...chart,
      categories: years,
      series: chart.series.map((s) => ({ ...s, values: years.map((_, i) => 100 * (i + 1)) })),
      notes: [
        ...years.map((y) => `Data-quality flag: the printed ${y} total is $1.00 million, but its rows add up to $1.10 million. The printed figure is kept as printed, not corrected.`),
        'A'.repeat(40).split('').map(() => 'A long footnote that goes on and on about the funding.').join(' '),
      ],
    };
    const svg = composeBarChartSvg(busy, { exportedAt });
    const doc = parse(svg);
    expect(svgSize(svg).height).toBeGreaterThan(675);
    // The y-axis ticks span the plot: its top tick sits at least MIN_PLOT_HEIGHT above the baseline.
    const ticks = Array.from(doc.querySelectorAll('text[text-anchor="end"]'), (t) => Number(t.getAttribute('y')));
    expect(Math.max(...ticks) - Math.min(...ticks)).toBeGreaterThanOrEqual(MIN_PLOT_HEIGHT - 20);
    expect(texts(doc)).toContain(busy.notes[0]);
  });

  it('a title too long for two lines ends in "…", and the country it is about is in the first', () => {
    const name = 'The Very Long Name of a Country '.repeat(6).trim();
    const doc = parse(composeBarChartSvg({ ...chart, title: `${name}: U.S. CWD funding by agency and fiscal year` }, { exportedAt }));
    const titleLines = Array.from(doc.querySelectorAll('text[font-size="28"]'), (t) => t.textContent);
    expect(titleLines).toHaveLength(2);
    expect(titleLines[0]).toMatch(/^The Very Long Name of a Country/);
    expect(titleLines[1]).toMatch(/…$/);
    // The full title stays in the figure's own title, for screen readers and search.
    expect(doc.querySelector('svg > title')?.textContent).toBe(`${name}: U.S. CWD funding by agency and fiscal year`);
  });
});

describe('a ranked chart in the exported figure', () => {
  const ranked: BarChartDescription = {
    ...chart,
    title: 'U.S. CWD funding by country, FY2017: Africa',
    categories: ['Angola', 'Democratic Republic of the Congo', 'Senegal', 'Atlantis'],
    series: [{ key: 'value', name: 'FY2017, DOS NADR-CWD', colour: '#0072B2', values: [4000, 2000, 0, null] }],
    layout: 'ranked',
    highlighted: [false, true, false, false],
  };

  it('draws a row per country with its name and value, a $0 stub, "not reported" for no figure, and the country in view in bold', () => {
    const doc = parse(composeBarChartSvg(ranked, { exportedAt }));
    const shown = texts(doc);
    for (const label of ['Angola', 'Democratic Republic of the Congo', '$4.00 million', '$2.00 million', '$0', 'not reported']) expect(shown).toContain(label);
    const bars = Array.from(doc.querySelectorAll('rect title'), (t) => t.textContent);
    expect(bars).toEqual(['Angola: $4,000,000', 'Democratic Republic of the Congo: $2,000,000', 'Senegal: $0']);
    const stub = Array.from(doc.querySelectorAll('rect')).find((r) => r.querySelector('title')?.textContent === 'Senegal: $0');
    expect(stub?.getAttribute('width')).toBe('2');
    const drc = Array.from(doc.querySelectorAll('text')).find((t) => t.textContent === 'Democratic Republic of the Congo');
    expect(drc?.getAttribute('font-weight')).toBe('700');
  });

  it('grows taller with the number of countries, so no row is squeezed', () => {
    const many = { ...ranked, categories: Array.from({ length: 60 }, (_, i) => `Country ${i}`), series: [{ key: 'value', name: 'FY2017', colour: '#0072B2', values: Array.from({ length: 60 }, (_, i) => 60 - i) }], highlighted: undefined };
    const height = Number(parse(composeBarChartSvg(many, { exportedAt })).documentElement.getAttribute('height'));
    expect(height).toBeGreaterThan(60 * 24);
  });
});

describe('ranking and comparison figures fit their 16:9 frame', async () => {
  const { estimateTextWidth } = await import('../../../src/lib/export/textMeasure');
  const { parseDataset } = await import('../../../src/data/model/parseDataset');
  const { seriesFiscalYears } = await import('../../../src/data/selectors/acrossEditions');
  const { rankCountries, rankingShareBases } = await import('../../../src/data/selectors/ranking');
  const { rankingChart } = await import('../../../src/features/overview/rankingChart');
  const { comparisonView, defaultComparison, peerSet } = await import('../../../src/data/selectors/comparison');
  const { resolveViewFilters, countryLines } = await import('../../../src/data/selectors/viewFilters');
  const { comparisonByYearChart, comparisonCumulativeChart } = await import('../../../src/features/comparison/comparisonCharts');
  const { fullDatasetJson } = await import('../../fixtures/datasets');
  const { dataset } = parseDataset(fullDatasetJson());
  const offered = seriesFiscalYears(dataset);

  interface Box {
    text: string;
    left: number;
    right: number;
    y: number;
  }
  /** Every line of text drawn, a <tspan> on its own, as a box measured with the same estimate the figure was laid out with. */
  function textBoxes(doc: Document): Box[] {
    return Array.from(doc.querySelectorAll('text')).flatMap((t) => {
      const size = Number(t.getAttribute('font-size'));
      const weight = t.getAttribute('font-weight') === '700' ? 700 : 400;
      const anchor = t.getAttribute('text-anchor') ?? 'start';
      const spans = t.querySelectorAll('tspan');
      const lines = spans.length > 0 ? Array.from(spans, (s) => ({ el: s, content: s.textContent })) : [{ el: t as Element, content: t.textContent }];
      return lines.map(({ el, content }) => {
        const x = Number(el.getAttribute('x') ?? t.getAttribute('x'));
        const w = estimateTextWidth(content, size, weight);
        const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
        return { text: content, left, right: left + w, y: Number(el.getAttribute('y') ?? t.getAttribute('y')) };
      });
    });
  }

  function expectInFrame(svg: string): Document {
    const doc = parse(svg);
    const width = Number(doc.documentElement.getAttribute('width'));
    const height = Number(doc.documentElement.getAttribute('height'));
    for (const box of textBoxes(doc)) {
      expect(box.left, `"${box.text}" starts inside`).toBeGreaterThanOrEqual(0);
      expect(box.right, `"${box.text}" ends inside`).toBeLessThanOrEqual(width);
      expect(box.y, `"${box.text}" is above the foot`).toBeLessThanOrEqual(height);
      expect(box.y, `"${box.text}" is below the top`).toBeGreaterThanOrEqual(0);
      expect(box.text, 'nothing is cut short').not.toMatch(/…$/);
    }
    return doc;
  }

  /** How far the last bar ends above the footer's rule: a plot that fills its room leaves little. */
  function blankAboveFooter(doc: Document): number {
    const bars = Array.from(doc.querySelectorAll('rect')).filter((r) => r.querySelector('title'));
    const lowest = Math.max(...bars.map((r) => Number(r.getAttribute('y')) + Number(r.getAttribute('height'))));
    const rule = Number(doc.querySelector('line[stroke="#dfe1e2"]')?.getAttribute('y1'));
    return rule - lowest;
  }

  const viewUrl = 'http://localhost:4173/?view=overview&country=democratic-republic-of-the-congo&measure=fy2017&lines=dos-nadr-cwd&region=africa&top=all';

  it('the top 10 ranking is 1200 × 675, every text inside, its rows filling the plot', () => {
    const query = { measure: { kind: 'year' as const, fiscalYear: 2017 }, years: [2015, 2016, 2017], lines: ['dos-nadr-cwd' as const], region: null };
    const chart = rankingChart(rankCountries(dataset, offered, query), { ...query, shares: rankingShareBases(dataset, offered, query), currentCountryId: null, source: dataset.source });
    expect(chart.categories).toHaveLength(10);
    const svg = composeBarChartSvg(chart, { exportedAt, viewUrl });
    const doc = expectInFrame(svg);
    expect([doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')]).toEqual(['1200', '675']);
    expect(blankAboveFooter(doc)).toBeLessThan(80);
    // State NADR-CWD figures are round ($48.0 million is exact): no line about rounding.
    expect(texts(doc)).toContain('$48.0 million');
    expect(texts(doc).join(' ')).not.toContain('rounded');
    expect(texts(doc).join(' ')).not.toMatch(/\$[\d.,]+K\b/);
    // Every line counted, Iraq's $48,209,000 is written $48.2 million: the footer says it is rounded, and where the exact figures are.
    const allLines = { ...query, lines: null };
    const rounded = expectInFrame(composeBarChartSvg(rankingChart(rankCountries(dataset, offered, allLines), { ...allLines, shares: rankingShareBases(dataset, offered, allLines), currentCountryId: null, source: dataset.source }), { exportedAt, viewUrl }));
    expect(texts(rounded)).toContain('$48.2 million');
    expect(texts(rounded)).toContain('Amounts of $1 million or more are rounded to three significant figures; the CSV gives them exactly.');
  });

  it('every country with funding, Africa: the longest name whole, the chosen one in bold', () => {
    const query = { measure: { kind: 'year' as const, fiscalYear: 2017 }, years: [2015, 2016, 2017], lines: ['dos-nadr-cwd' as const], region: 'Africa' };
    const chart = rankingChart(rankCountries(dataset, offered, query), { ...query, shares: rankingShareBases(dataset, offered, query), currentCountryId: 'democratic-republic-of-the-congo', top: 'all', source: dataset.source });
    const doc = expectInFrame(composeBarChartSvg(chart, { exportedAt, viewUrl }));
    const drc = Array.from(doc.querySelectorAll('text')).find((t) => t.textContent.replace(/\s+/g, '') === 'DemocraticRepublicoftheCongo');
    const lines = drc?.querySelectorAll('tspan').length ? Array.from(drc.querySelectorAll('tspan'), (s) => s.textContent) : [drc?.textContent];
    expect(lines.join(' ')).toBe('Democratic Republic of the Congo');
    expect(drc?.getAttribute('font-weight')).toBe('700');
    expect(blankAboveFooter(doc)).toBeLessThan(80);
  });

  it('in a phone-wide plot, a long name goes on two lines, never cut', async () => {
    const { rankedPlot } = await import('../../../src/figures/svgPlots');
    const query = { measure: { kind: 'year' as const, fiscalYear: 2017 }, years: [2015, 2016, 2017], lines: ['dos-nadr-cwd' as const], region: 'Africa' };
    const chart = rankingChart(rankCountries(dataset, offered, query), { ...query, shares: rankingShareBases(dataset, offered, query), currentCountryId: null, source: dataset.source });
    const width = 343;
    const height = 26 * chart.categories.length + 48;
    const doc = expectInFrame(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${rankedPlot(chart, { left: 0, right: width, top: 4, bottom: height }, estimateTextWidth, 0.8).join('')}</svg>`);
    const drc = Array.from(doc.querySelectorAll('text')).find((t) => t.textContent.startsWith('Democratic'));
    expect(Array.from(drc?.querySelectorAll('tspan') ?? [], (s) => s.textContent)).toEqual(['Democratic Republic', 'of the Congo']);
  });

  it('every country of the edition ranked grows taller, and still fits every text', () => {
    const query = { measure: { kind: 'cumulative' as const }, years: [2015, 2016, 2017], lines: null, region: null };
    const chart = rankingChart(rankCountries(dataset, offered, query), { ...query, shares: rankingShareBases(dataset, offered, query), currentCountryId: null, top: 'all', source: dataset.source });
    expect(chart.categories).toHaveLength(dataset.countries.length);
    const svg = composeBarChartSvg(chart, { exportedAt, viewUrl });
    expectInFrame(svg);
    expect(svgSize(svg).height).toBeGreaterThan(675);
  });

  it('Angola and its African peers, by FY2017 and cumulative: the image filled, no name cut', () => {
    const angola = dataset.countries.find((c) => c.id === 'angola');
    if (!angola) throw new Error('fixture: no Angola');
    const peers = defaultComparison(dataset, 'angola');
    const set = peerSet(dataset, 'angola', peers);
    const compared = comparisonView(dataset, ['angola', ...peers], resolveViewFilters({ years: [2017], lines: null }, dataset.fiscalYears, countryLines(angola), offered));
    const filters = resolveViewFilters({ years: [2017], lines: null }, dataset.fiscalYears, countryLines(angola), offered);
    for (const chart of [comparisonByYearChart(compared, filters, dataset.source, set), comparisonCumulativeChart(compared, filters, dataset.fiscalYears, dataset.source, set)]) {
      expect(chart.title).toBe('Angola and its African peers');
      const svg = composeBarChartSvg(chart, { exportedAt, viewUrl });
      const doc = expectInFrame(svg);
      expect(svgSize(svg)).toEqual({ width: 1200, height: 675 });
      expect(blankAboveFooter(doc)).toBeLessThan(80);
    }
  });

  it('a column chart whose categories are long names writes them on two lines under their bars', () => {
    const names = ['Democratic Republic of the Congo', 'Bosnia and Herzegovina', 'Solomon Islands', 'Kyrgyz Republic', 'Mali', 'South Sudan'];
    const columns: BarChartDescription = { ...chart, layout: 'grouped', categories: names, series: [{ key: 'v', name: 'FY2017', colour: '#0072B2', values: names.map((_, i) => 1000 * (i + 1)) }] };
    const svg = composeBarChartSvg(columns, { exportedAt, viewUrl });
    const doc = expectInFrame(svg);
    const drc = Array.from(doc.querySelectorAll('text')).find((t) => t.querySelectorAll('tspan').length === 2 && t.textContent.startsWith('Democratic'));
    expect(Array.from(drc?.querySelectorAll('tspan') ?? [], (s) => s.textContent).join(' ')).toBe('Democratic Republic of the Congo');
  });
});
