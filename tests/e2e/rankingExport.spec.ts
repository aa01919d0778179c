import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { downloadFromExportMenu as download, expect, showPanelsBelow, test } from './fixtures';

interface PrintedRow {
  label: string;
  fy2017: number;
}
const file = JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-funding.json', import.meta.url), 'utf8')) as {
  countries: { id: string; name: string; region: string; rows: PrintedRow[] }[];
};
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Each country's FY2017 figure worked out from the data file alone, highest first, then by name. */
function ranking(figure: (rows: PrintedRow[]) => number): { name: string; value: number }[] {
  return file.countries.map((c) => ({ name: c.name, value: figure(c.rows) })).sort((a, b) => b.value - a.value || collator.compare(a.name, b.name));
}
const nadr = (rows: PrintedRow[]) => rows.find((r) => r.label.replace(/\s+/g, '') === 'DOSNADR-CWD')?.fy2017 ?? 0;
const allLines = (rows: PrintedRow[]) => rows.reduce((total, r) => total + r.fy2017, 0);

interface SvgReading {
  size: [string | null, string | null];
  title: string | null;
  texts: string[];
  /** Each bar's hover title ("Iraq: $48,000,000"), top down. */
  bars: string[];
  /** The hover titles of bars drawn with an outline. */
  outlined: string[];
  /** Text drawn in bold, the title aside (a chosen country's name and value). */
  bold: string[];
}

/** Reads an exported SVG in a blank page (the app's CSP rightly refuses the SVG's own <style>). */
async function readSvg(page: Page, svg: string): Promise<SvgReading> {
  const blank = await page.context().newPage();
  const reading = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const rects = Array.from(doc.querySelectorAll('rect')).filter((r) => r.querySelector('title'));
    const textOf = (t: Element) => (t.querySelectorAll('tspan').length > 0 ? Array.from(t.querySelectorAll('tspan'), (s) => s.textContent).join(' ') : t.textContent);
    return {
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')] as [string | null, string | null],
      title: doc.querySelector('svg > title')?.textContent ?? null,
      texts: Array.from(doc.querySelectorAll('text'), textOf),
      bars: rects.map((r) => r.querySelector('title')?.textContent ?? ''),
      outlined: rects.filter((r) => r.hasAttribute('stroke')).map((r) => r.querySelector('title')?.textContent ?? ''),
      bold: Array.from(doc.querySelectorAll('text[font-weight="700"]:not([font-size="28"])'), textOf),
    };
  }, svg);
  await blank.close();
  return reading;
}

/** A pptx's slides, each with its text runs and its chart's categories and per-point colours. */
async function readSlides(bytes: Buffer): Promise<{ text: string; categories: string[]; pointColours: string[]; formatCodes: string[] }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return Promise.all(
    slides.map(async (path) => {
      const slide = (await zip.file(path)?.async('string')) ?? '';
      // Charts are numbered across every deck the page has written: the slide's relationships name its own.
      const rels = (await zip.file(path.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))?.async('string')) ?? '';
      const chart = (await zip.file(`ppt/charts/${/Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1] ?? ''}`)?.async('string')) ?? '';
      const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(chart)?.[1] ?? '';
      return {
        text: Array.from(slide.matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) => m[1] ?? '').join(' ').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
        categories: Array.from(cat.matchAll(/<c:v>([^<]*)<\/c:v>/g), (m) => m[1] ?? ''),
        pointColours: Array.from(chart.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g), (m) => m[1] ?? ''),
        formatCodes: Array.from(chart.matchAll(/formatCode="([^"]*)"/g), (m) => m[1] ?? ''),
      };
    }),
  );
}

/** Reads a PNG's size from its IHDR header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test.describe('the ranking, exported for a briefing', () => {
  test('FY2017 State NADR-CWD: the top 10 as a 16:9 PNG, an SVG and one slide; the 9 countries at $0 counted, not drawn; no country outlined', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017&lines=dos-nadr-cwd');
    await expect(page.getByRole('combobox', { name: 'Chart shows' })).toHaveValue('10');
    const expected = ranking(nadr);
    const top10 = expected.slice(0, 10);
    const zero = expected.filter((r) => r.value === 0).map((r) => r.name);
    expect(zero).toHaveLength(9);
    const zeroLine = `9 countries with $0 in FY2017 are not shown: ${[...zero].sort(collator.compare).join(', ')}.`;

    const png = await download(page, 'ranking chart', 'Download PNG');
    expect(png.name).toBe('cwd-ranking-fy2017-dos-nadr-cwd-all-countries.png');
    expect(pngSize(png.bytes)).toEqual({ width: 2400, height: 1350 });

    const svg = await readSvg(page, (await download(page, 'ranking chart', 'Download SVG')).bytes.toString('utf8'));
    expect(svg.size).toEqual(['1200', '675']);
    expect(svg.title).toBe('Top 10 recipients of State NADR-CWD funding, FY2017');
    expect(svg.bars).toEqual(top10.map((r) => `${r.name}: $${(r.value * 1000).toLocaleString('en-US')}`));
    expect(svg.bars.some((b) => b.endsWith(': $0'))).toBe(false);
    expect(svg.texts).toContain(zeroLine);
    expect(svg.outlined).toEqual([]);
    expect(svg.bold).toEqual([]);
    expect(svg.texts.join(' ')).not.toMatch(/\$[\d.,]+K\b/);
    expect(svg.texts.some((t) => t.endsWith('…'))).toBe(false);

    const slides = await readSlides((await download(page, 'ranking chart', 'Download slide (.pptx)')).bytes);
    expect(slides).toHaveLength(1);
    expect(slides[0]?.categories).toEqual(top10.map((r) => r.name));
    expect(slides[0]?.text).toContain('Top 10 recipients of State NADR-CWD funding, FY2017');
    expect(slides[0]?.text).toContain(zeroLine);
    expect(slides[0]?.pointColours).toEqual([]);
    for (const code of slides[0]?.formatCodes ?? []) expect(code).not.toContain('"K"');

    // The CSV keeps every country, those at $0 among them.
    const csv = (await download(page, 'ranking chart', 'Download CSV')).bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(file.countries.length + 1);
    // Beside each figure, its share of every country's and of its region's, to one decimal: Iraq's $48,000K of $229,150K and of $110,400K.
    const whole = expected.reduce((total, r) => total + r.value, 0);
    expect(whole).toBe(229_150);
    expect(csv[0]).toContain('"Share of total, % (of $229,150K, the sum of every country with a table (FY2017, DOS NADR-CWD); calculated, rounded to one decimal)"');
    expect(csv[1]).toBe('1,Iraq,48000,Middle East and North Africa,20.9,43.5');
  });

  test('every country with funding goes on two slides of 13, each legible, drawn to one scale', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017&lines=dos-nadr-cwd&top=all');
    const funded = ranking(nadr).filter((r) => r.value > 0);
    expect(funded).toHaveLength(26);
    const slides = await readSlides((await download(page, 'ranking chart', 'Download slide (.pptx)')).bytes);
    expect(slides.map((s) => s.categories)).toEqual([funded.slice(0, 13).map((r) => r.name), funded.slice(13).map((r) => r.name)]);
    expect(slides[0]?.text).toContain('Recipients of State NADR-CWD funding, FY2017, ranked (1–13 of 26)');
    expect(slides[1]?.text).toContain('Recipients of State NADR-CWD funding, FY2017, ranked (14–26 of 26)');
    // The image grows taller to hold them all.
    const svg = await readSvg(page, (await download(page, 'ranking chart', 'Download SVG')).bytes.toString('utf8'));
    expect(svg.bars).toHaveLength(26);
    expect(Number(svg.size[1])).toBeGreaterThan(675);
  });

  test('a country chosen on its page (?country=angola) is kept by the overview: placed in a note when below the top 10, highlighted where drawn', async ({ page }) => {
    await page.goto('/?country=angola');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Angola');
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All countries: rankings and map' }).click();
    await expect(page).toHaveURL(/\?view=overview&country=angola$/);
    const expected = ranking(allLines);
    const angola = expected.findIndex((r) => r.name === 'Angola');
    expect(angola).toBe(11);

    const whole = await readSvg(page, (await download(page, 'ranking chart', 'Download SVG')).bytes.toString('utf8'));
    expect(whole.title).toBe('Top 10 recipients of U.S. CWD funding, FY2017');
    expect(whole.bars.map((b) => b.split(':')[0])).toEqual(expected.slice(0, 10).map((r) => r.name));
    expect(whole.texts).toContain('Angola ranks 12th of the 33 countries with funding, at $4.19 million: below the 10 shown.');
    expect(whole.outlined).toEqual([]);

    await page.getByRole('combobox', { name: 'Region' }).selectOption('Africa');
    await expect(page).toHaveURL(/\?view=overview&country=angola&region=africa$/);
    await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
    const africa = await readSvg(page, (await download(page, 'ranking chart', 'Download SVG')).bytes.toString('utf8'));
    // Nine African countries had funding in FY2017: every one is drawn, so the title says no "Top 10".
    expect(africa.title).toBe('Recipients of U.S. CWD funding in Africa, FY2017, ranked');
    expect(africa.bars).toHaveLength(9);
    expect(africa.texts).toContain('1 country with $0 in FY2017 is not shown: Burkina Faso.');
    expect(africa.outlined).toEqual(['Angola: $4,193,000']);
    expect(africa.bold).toEqual(['Angola', '$4.19 million']);
    expect(africa.texts).toContain('Highlighted: Angola.');
    // The long name is whole, on one line or two.
    expect(africa.texts).toContain('Democratic Republic of the Congo');
    const slides = await readSlides((await download(page, 'ranking chart', 'Download slide (.pptx)')).bytes);
    expect(slides[0]?.pointColours[0]).toBe('E69F00');
    expect(slides[0]?.pointColours.slice(1).every((c) => c === '0072B2')).toBe(true);
  });

  test('the comparison exports are titled for who is compared, fill their 16:9 frame and cut no name', async ({ page }) => {
    await page.goto('/?country=angola&years=2017');
    await showPanelsBelow(page);
    const svg = await readSvg(page, (await download(page, 'comparison by fiscal year', 'Download SVG')).bytes.toString('utf8'));
    expect(svg.title).toBe('Angola and its African peers');
    expect(svg.size).toEqual(['1200', '675']);
    expect(svg.texts).toContain('U.S. CWD funding, FY2017 · All agencies (DOS NADR-CWD, DOS Other, DoD, USAID, CDC) · U.S. dollars · highest first');
    expect(svg.texts).toContain('Democratic Republic of the Congo');
    expect(svg.texts.some((t) => t.endsWith('…'))).toBe(false);
    expect(svg.bars).toHaveLength(10);
  });
});
