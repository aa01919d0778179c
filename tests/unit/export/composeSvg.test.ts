import { describe, expect, it } from 'vitest';
import type { BarChartDescription } from '../../../src/figures/chartDescription';
import { composeBarChartSvg, escapeXml } from '../../../src/figures/composeSvg';

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
