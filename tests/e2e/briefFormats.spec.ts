import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, showPanelsBelow, test } from './fixtures';

/*
 * The country brief goes up the chain unedited: the PNG, SVG, PDF and slide of one view carry the same
 * title, figures and results; the PDF's words are real text (read here with poppler's pdftotext, as an
 * officer's tools read them); none speaks of how the dashboard works or writes money in thousands.
 */

async function download(page: Page, country: string, item: RegExp): Promise<Buffer> {
  await page.getByRole('button', { name: new RegExp(`one-slide brief of ${country}`) }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await downloadPromise;
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${file.suggestedFilename()}.` })).toBeVisible();
  return readFileSync(await file.path());
}

function pdfText(bytes: Buffer): string {
  const path = join(tmpdir(), `brief-${String(Date.now())}-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(path, bytes);
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

async function slideText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t = '']) => unescape(t)).join(' ');
}

function unescape(t: string): string {
  return t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
/** What the PDF's standard font writes for the few characters it lacks. */
const asPdfWrites = (t: string) => t.replace(/−/g, '-').replace(/≈/g, '~');
const TOOL_WORDS = /in view|computed here|the table's own|no agency named|no partner named|\$[\d,.]+K\b/;

for (const [country, name] of [
  ['mali', 'Mali'],
  ['afghanistan', 'Afghanistan'],
] as const) {
  test(`${name}'s brief: the same title, figures and results in the SVG, PDF, PNG and slide; the PDF is small, real text`, async ({ page }) => {
    await page.goto(`/?country=${country}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await showPanelsBelow(page);

    const svg = (await download(page, name, /SVG/)).toString('utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, t = '']) => unescape(t));
    const title = `${name}: U.S. Conventional Weapons Destruction assistance`;
    expect(texts).toContain(title);

    // The results the brief lists: the page's first tiles, as many as its heading says.
    const heading = texts.find((t) => t.startsWith('Results')) ?? '';
    const tiles = (await page.getByRole('region', { name: 'Results' }).locator('.tile__heading').allInnerTexts()).map(squash);
    const listed = /^Results: (\d+) of (\d+)/.exec(heading);
    const count = listed ? Number(listed[1]) : tiles.length;
    if (listed) expect(Number(listed[2])).toBe(tiles.length);
    expect(count).toBeGreaterThan(0);
    const results = tiles.slice(0, count);
    const svgWords = squash(texts.join(' '));
    for (const r of results) expect(svgWords).toContain(r);

    // The PDF: under 300 KB, one page, its title and every word of the SVG as text.
    const pdfBytes = await download(page, name, /PDF/);
    expect(pdfBytes.length).toBeLessThan(300 * 1024);
    const pdf = squash(pdfText(pdfBytes));
    expect(pdf).toContain(title);
    const figures = texts.filter((t) => /\$\d/.test(t));
    expect(figures.length).toBeGreaterThan(4);
    for (const figure of figures) expect(pdf).toContain(squash(asPdfWrites(figure)));
    for (const r of results) expect(pdf).toContain(asPdfWrites(r));
    expect(pdfBytes.toString('latin1')).toMatch(/\/Lang \(en-US\)/);

    // The slide: the same results, and no others.
    const slide = squash(await slideText(await download(page, name, /slide/)));
    expect(slide).toContain(title);
    for (const r of results) expect(slide).toContain(r);
    for (const r of tiles.slice(count)) expect(slide).not.toContain(r);

    // The PNG is the SVG drawn at 1920 × 1080.
    const png = await download(page, name, /PNG/);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);

    for (const words of [svgWords, pdf, slide]) expect(words).not.toMatch(TOOL_WORDS);
  });
}

test.describe('on paper', () => {
  for (const country of ['mali', 'angola', 'iraq']) {
    test(`${country}: the printout writes money as briefs do outside its tables, and names no blank attribution`, async ({ page }) => {
      await page.goto(`/?country=${country}&open=editions,region,sources,datasets`);
      await showPanelsBelow(page);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      // What prints, tables aside (they give the exact thousands, as the report prints them).
      const words = await page.evaluate(() => {
        const tables = Array.from(document.querySelectorAll('table'));
        for (const t of tables) t.style.setProperty('display', 'none', 'important');
        const text = document.body.innerText;
        for (const t of tables) t.style.removeProperty('display');
        return text;
      });
      expect(words).toContain('Funding');
      const thousands = words.match(/[^\n]*\$[\d,.]+K\b[^\n]*/g) ?? [];
      // The one line that explains the tables' own notation may name it.
      expect(thousands.filter((line) => !/\$1,200K (is|means) \$1,200,000/.test(line))).toEqual([]);
      expect(words).not.toMatch(/in view|computed here|the table's own|no agency named|no partner named/);
    });
  }
});
