import { describe, expect, it } from 'vitest';
import type { BarChartDescription } from '../../../src/figures/chartDescription';
import { composeBriefSvg, type BriefDescription, type BriefResult } from '../../../src/figures/composeBrief';
import { BRIEF_TYPE, briefResultsShown } from '../../../src/figures/briefSizes';
import { labelColourOn } from '../../../src/figures/briefChart';
import { chartData, moneyFormat, thousandsFormat } from '../../../src/figures/slide';

const chart: BarChartDescription = {
  fileBase: 'mali-funding-by-agency',
  title: 'Mali: U.S. CWD funding by agency and fiscal year',
  subtitle: 'FY2016–FY2017 · All agencies · U.S. dollars in thousands',
  categories: ['FY2016', 'FY2017'],
  series: [
    { key: 'dos-nadr-cwd', name: 'DOS NADR-CWD', colour: '#0072B2', values: [500, 1000] },
    { key: 'dod', name: 'DoD', colour: '#E69F00', values: [170, 182] },
  ],
  layout: 'stacked',
  unit: 'usd-thousands',
  notes: [],
  source: 'Source: To Walk the Earth in Safety, 2018 edition, Mali page.',
  table: { columns: [], rows: [] },
};

const result = (n: number): BriefResult => ({ value: `${n * 10}`, label: `result number ${n}`, meta: `2015–2017 · Partner ${n} · Department of State` });

const brief: BriefDescription = {
  fileBase: 'mali-brief',
  title: 'Mali: U.S. Conventional Weapons Destruction assistance',
  subtitle: 'FY2016–FY2017 · All agencies · To Walk the Earth in Safety, 2018 edition',
  headline: { label: 'U.S. CWD funding, FY2016–FY2017 (all agencies)', value: '$1.85 million', note: '2 fiscal years added (calculated)' },
  cumulative: { label: 'Cumulative since FY2013', value: '$3.05 million' },
  chart,
  results: [result(1), result(2), result(3)],
  shown: 3,
  noResults: 'The page states no result in figures for Mali.',
  partners: ['MAG', 'UNMAS'],
  notes: ['*Department of State FY13 funding is included in regional funding.'],
  source: 'Source: To Walk the Earth in Safety, 2018 edition, Mali page.',
};

const exportedAt = new Date('2026-12-02T12:00:00Z');

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const texts = (doc: Document) => Array.from(doc.querySelectorAll('text'), (t) => t.textContent);

describe('composeBriefSvg', () => {
  it('is a 1920 × 1080 figure with the headline, every segment value, each total, results, partners, notes, source, address and date', () => {
    const doc = parse(composeBriefSvg(brief, { exportedAt, viewUrl: 'https://example.test/?country=mali' }));
    const svg = doc.documentElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1920', '1080']);
    const all = texts(doc);
    const joined = all.join(' ');
    expect(all).toContain(brief.title);
    // The funding for the chart's years, and the report's cumulative beside it, named.
    expect(all).toContain('$1.85 million');
    expect(all).toContain('2 fiscal years added (calculated)');
    expect(all).toContain('Cumulative since FY2013');
    expect(all).toContain('$3.05 million');
    for (const figure of ['$500,000', '$1.00 million', '$170,000', '$182,000', '$670,000', '$1.18 million']) expect(all).toContain(figure);
    for (const r of brief.results) {
      expect(joined).toContain(`${r.value} ${r.label}`);
      expect(joined).toContain(r.meta);
    }
    expect(joined).toContain('Partners: MAG, UNMAS');
    expect(joined).toContain('*Department of State FY13 funding is included in regional funding.');
    expect(joined).toContain(brief.source);
    expect(joined).toContain('Exported December 2, 2026 from the CWD dashboard · https://example.test/?country=mali');
  });

  it('sets body text at 18 pt or more on a projected slide; only the footer is smaller', () => {
    const doc = parse(composeBriefSvg(brief, { exportedAt, viewUrl: 'https://example.test/' }));
    const small = Array.from(doc.querySelectorAll('text')).filter((t) => Number(t.getAttribute('font-size')) < BRIEF_TYPE.body - 8);
    // Everything under 28 px is the footer: notes, source, address and date, at the bottom of the slide.
    for (const t of small) expect(Number(t.getAttribute('y'))).toBeGreaterThan(880);
    const bodyTexts = Array.from(doc.querySelectorAll('text')).filter((t) => t.textContent.startsWith('Partners:') || t.textContent.startsWith('10 result'));
    expect(bodyTexts.length).toBeGreaterThan(0);
    for (const t of bodyTexts) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(36);
  });

  it('shows at most five results and says how many of the view it shows', () => {
    const results = Array.from({ length: 8 }, (_, i) => result(i + 1));
    const many = { ...brief, results, shown: briefResultsShown(results) };
    expect(many.shown).toBe(5);
    const all = texts(parse(composeBriefSvg(many, { exportedAt, viewUrl: 'https://example.test/' }))).join(' ');
    const shown = many.results.filter((r) => all.includes(`${r.value} ${r.label}`)).length;
    expect(shown).toBe(5);
    expect(all).toContain('Results: 5 of 8 (all 8 on the dashboard)');
  });

  it('says why there are no results when the view has none', () => {
    const all = texts(parse(composeBriefSvg({ ...brief, results: [] }, { exportedAt, viewUrl: 'https://example.test/' })));
    expect(all.join(' ')).toContain('The page states no result in figures for Mali.');
  });

  it('draws five years as rows, with every figure kept: inside its segment or after the total, named', () => {
    const five: BarChartDescription = {
      ...chart,
      categories: ['FY2013', 'FY2014', 'FY2015', 'FY2016', 'FY2017'],
      series: [
        { key: 'dos-nadr-cwd', name: 'DOS NADR-CWD', colour: '#0072B2', values: [0, 0, 22700, 32066, 20000] },
        { key: 'dod', name: 'DoD', colour: '#E69F00', values: [0, 0, 744, 451, 134] },
      ],
      notReported: [true, true, false, false, false],
    };
    const all = texts(parse(composeBriefSvg({ ...brief, chart: five }, { exportedAt, viewUrl: 'https://example.test/' })));
    expect(all.filter((t) => t === 'not reported')).toHaveLength(2);
    // Every segment and every total, whole: inside its segment, or named after the bar's total.
    const pieces = all.flatMap((t) => t.split(' · '));
    for (const figure of ['$23.4 million', '$32.5 million', '$20.1 million', '$32.1 million', 'DoD $744,000', 'DoD $451,000', 'DoD $134,000']) expect(pieces).toContain(figure);
    for (const figure of ['$22.7 million', '$20.0 million']) expect(pieces.some((p) => p.endsWith(figure))).toBe(true);
    expect(all.filter((t) => t.endsWith('…'))).toEqual([]);
  });

  it('shrinks a long title to fit before it cuts it, and never cuts it silently', () => {
    const long = { ...brief, title: 'Bosnia and Herzegovina: U.S. Conventional Weapons Destruction assistance' };
    const title = Array.from(parse(composeBriefSvg(long, { exportedAt, viewUrl: 'https://example.test/' })).querySelectorAll('text'))[0];
    expect(title?.textContent).toBe(long.title);
    expect(Number(title?.getAttribute('font-size'))).toBeLessThan(BRIEF_TYPE.title);
    expect(Number(title?.getAttribute('font-size'))).toBeGreaterThanOrEqual(44);
  });

  it('escapes what it is given: a partner named with markup stays text', () => {
    const svg = composeBriefSvg({ ...brief, partners: ['<script>alert(1)</script>'] }, { exportedAt, viewUrl: 'https://example.test/' });
    expect(svg).not.toContain('<script>');
    expect(texts(parse(svg)).join(' ')).toContain('<script>alert(1)</script>');
  });
});

describe('labelColourOn', () => {
  it('puts white on dark fills and ink on light ones', () => {
    expect(labelColourOn('#0072B2')).toBe('#ffffff');
    expect(labelColourOn('#E69F00')).not.toBe('#ffffff');
    expect(labelColourOn('#F0E442')).not.toBe('#ffffff');
  });
});

describe('slide chart data', () => {
  it('writes data labels in the money rule, choosing the ranges the chart needs (at most three)', () => {
    // Mali's funding: $0, $170,000–$670,000 and $1.00–$1.20 million.
    expect(moneyFormat([1200, 500, 1000, 0, 170, 182])).toBe('[<0.5]"$0";[<1000]"$"#,##0",000";"$"0.00," million"');
    // A stack leaves a $0 segment's label blank.
    expect(moneyFormat([1200, 0], { blankZero: true })).toBe('[<0.5]"";"$"0.00," million"');
    // Afghanistan's: $134,000 to $32.1 million.
    expect(moneyFormat([22700, 32066, 20000, 744, 451, 134])).toBe('[<1000]"$"#,##0",000";"$"0.0," million"');
    // Past three ranges, the largest merge downwards: the same figure with a decimal more.
    expect(moneyFormat([0, 500, 5000, 50000, 229150])).toBe('[<0.5]"$0";[<1000]"$"#,##0",000";"$"0.00," million"');
    // Fractions of a thousand (an officer's own figures) keep the exact thousands.
    expect(moneyFormat([12.5, 3000])).toBe('"$"#,##0.0"K"');
  });

  it('keeps the figures of the chart, with not-reported years empty rather than $0', () => {
    const data = chartData({ ...chart, notReported: [true, false] });
    expect(data).toEqual([
      { name: 'DOS NADR-CWD', labels: ['FY2016', 'FY2017'], values: [null, 1000] },
      { name: 'DoD', labels: ['FY2016', 'FY2017'], values: [null, 182] },
    ]);
  });

  it("formats values as the page does: $1.20 million, with the decimals the figures carry", () => {
    expect(thousandsFormat([500, 1000])).toBe('"$"#,##0"K"');
    expect(thousandsFormat([12.5, 3])).toBe('"$"#,##0.0"K"');
    expect(thousandsFormat([null, 1.25])).toBe('"$"#,##0.00"K"');
  });
});
