import { expect, test, type Page } from '@playwright/test';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { filterCheckbox } from './fixtures';

/** The text of each page of a PDF, in reading order, one string per text run. */
async function pdfPages(pdf: Buffer): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item.str.trim()] : [])));
  }
  return pages;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const yOf = (m: Matrix, x: number, y: number) => m[1] * x + m[3] * y + m[5];

interface PrintedPage {
  /** Each run of text and its type size in points. */
  items: { text: string; size: number }[];
  /** The tallest band across the page with nothing drawn in it (margins included), as a share of the page's height. */
  largestGap: number;
}

/**
 * What each page of a PDF holds, and how much of it is left blank. "Drawn" is every run of text (its
 * baseline to its top) and every filled or stroked shape and image: the bars and axes of the charts, the
 * rules of the tables, the borders of the tiles. Shapes are read from the page's drawing operations, placed
 * through the transforms in force; white fills are skipped (backgrounds are not printed).
 */
async function readPdf(pdf: Buffer): Promise<PrintedPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const height = page.view[3] ?? 0;
    const spans: [number, number][] = []; // from the top of the page
    const drawn = (ys: number[]) => {
      spans.push([height - Math.max(...ys), height - Math.min(...ys)]);
    };
    const items: PrintedPage['items'] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const baseline = (item.transform as number[])[5] ?? 0;
      items.push({ text: item.str.trim(), size: item.height });
      drawn([baseline, baseline + item.height]);
    }
    const list = await page.getOperatorList();
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    let fill = '';
    let stroke = '';
    const saved: [Matrix, string, string][] = [];
    list.fnArray.forEach((fn, i) => {
      const args = (list.argsArray[i] ?? []) as unknown[];
      if (fn === OPS.save) saved.push([ctm, fill, stroke]);
      else if (fn === OPS.restore) [ctm, fill, stroke] = saved.pop() ?? [ctm, fill, stroke];
      else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
      else if (fn === OPS.setFillRGBColor) fill = String(args[0]).toLowerCase();
      else if (fn === OPS.setStrokeRGBColor) stroke = String(args[0]).toLowerCase();
      else if (fn === OPS.constructPath) {
        // The path's painting operation, its points, and their bounding box [x0, y0, x1, y1].
        const [paint, , box] = args as [number, unknown, ArrayLike<number> | null];
        if (!box || paint === OPS.endPath || paint === OPS.clip || paint === OPS.eoClip) return;
        if ((paint === OPS.stroke || paint === OPS.closeStroke ? stroke : fill) === '#ffffff') return;
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(box);
        drawn([yOf(ctm, x0, y0), yOf(ctm, x1, y1), yOf(ctm, x0, y1), yOf(ctm, x1, y0)]);
      } else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
        drawn([yOf(ctm, 0, 0), yOf(ctm, 0, 1), yOf(ctm, 1, 0), yOf(ctm, 1, 1)]);
      }
    });
    spans.sort((a, b) => a[0] - b[0]);
    let reached = 0;
    let gap = 0;
    for (const [top, bottom] of spans) {
      gap = Math.max(gap, top - reached);
      reached = Math.max(reached, bottom);
    }
    pages.push({ items, largestGap: Math.max(gap, height - reached) / height });
  }
  return pages;
}

const today = () => new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());

/** The sections one step away, under "More about Mali": closed on screen, all on paper but the datasets. */
const CLOSED = ['Funding through time', 'Across editions', 'Regional context', 'Sources and notes', 'Datasets'];

/** Opens Mali and waits until the app has taken the page over; with `move`, the reader moves the mouse, which loads the panels below. */
async function openMali(page: Page, { move = true } = {}) {
  await page.goto('/?country=mali', { waitUntil: 'networkidle' });
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  if (!move) return;
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await expect(page.getByRole('heading', { level: 2, name: 'Sources and notes' })).toBeVisible();
}

/**
 * The funding chart's value-axis labels (niceScale's ticks, drawn right-aligned left of the plot) that are no
 * figure of the page's own: found in a printout, they show the chart was drawn on paper.
 */
async function axisOnlyLabels(page: Page): Promise<string[]> {
  const ticks = await page.getByRole('figure', { name: 'The funding chart' }).locator('.plot-svg svg text[text-anchor="end"]').allTextContents();
  const screenText = await page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const plot of copy.querySelectorAll('.plot-svg')) plot.remove();
    return copy.textContent;
  });
  const own = [...new Set(ticks)].filter((tick) => !screenText.includes(tick));
  expect(own.length, `axis labels found nowhere else on the page, of ${ticks.join(', ')}`).toBeGreaterThanOrEqual(2);
  return own;
}

/** Every heading of the whole page, each section one step away opened: what may not end a printed page. */
async function allHeadings(page: Page): Promise<Set<string>> {
  const whole = await page.context().newPage();
  await whole.goto(`/?country=mali&open=editions,region,sources,datasets`);
  await expect(whole.getByRole('heading', { level: 3, name: 'Glossary' })).toBeVisible();
  const headings = new Set((await whole.getByRole('heading').allInnerTexts()).map((h) => h.trim()));
  await whole.close();
  return headings;
}

test.describe('printing', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`Mali prints on at most four ${format} pages: view, date and address first, the funding chart drawn, no heading left at a page's foot`, async ({ page, baseURL }) => {
      const headings = await allHeadings(page);
      await openMali(page);
      // The print starts with the sections one step away closed and the comparison's charts not drawn, as a headless page.pdf() does.
      for (const title of CLOSED) {
        await expect(page.getByRole('heading', { level: 2, name: title, exact: true }).getByRole('button')).toHaveAttribute('aria-expanded', 'false');
      }
      await expect(page.getByRole('heading', { name: 'Glossary' })).toHaveCount(0);
      const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
      await expect(comparison.getByRole('figure', { name: 'The cumulative comparison' }).locator('svg')).toHaveCount(1); // the placeholder alone
      const axis = await axisOnlyLabels(page);

      const pages = await pdfPages(await page.pdf({ format }));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.length).toBeLessThanOrEqual(4);

      const first = (pages[0] ?? []).join(' ');
      expect(first).toContain(`View: Mali · FY2015–FY2017 · All agencies (DOS NADR-CWD, DoD) · printed ${today()} from the CWD dashboard`);
      expect(first.replace(/\s/g, '')).toContain(`${baseURL ?? ''}/?country=mali`);

      const all = pages.map((p) => p.join(' ')).join(' ');
      // The chart's own axis labels are nowhere else on the page: it is drawn on paper.
      for (const tick of axis) expect(all).toContain(tick);
      expect(all).not.toContain('The chart had not been drawn');
      expect(all).not.toContain('Printed before the rest of the page had loaded');
      // The sections closed on screen are open on paper: the trend, the editions, the regional context, the sources and the glossary.
      for (const heading of ['Comparison', 'Partner activity', 'Funding through time', 'Across editions', 'Regional context', 'Sources and notes', 'Glossary']) {
        expect(all).toContain(heading);
      }
      expect(all).toContain("Mali's table is printed in: the 2017 edition (FY2014–FY2016), the 2018 edition (FY2015–FY2017).");
      expect(all).toContain("Mali's share of the region");
      expect(all).toContain('Physical security and stockpile management: keeping weapons and ammunition stores safe');
      expect(all).not.toContain("Each edition's table side by side"); // a closed section's one line
      // Managing datasets is a task on screen: off paper.
      expect(all).not.toContain("Import your office's figures");
      // Controls stay off paper; the comparison's two charts are on it.
      expect(all).not.toContain('Download results (CSV)');
      expect(all).not.toContain('Country brief');
      expect(all).not.toContain('Left off the printout: the two comparison charts');
      expect(all).toContain('Cumulative through FY2017');

      for (const [i, text] of pages.slice(0, -1).entries()) {
        const last = text.at(-1) ?? '';
        expect(headings.has(last), `page ${i + 1} ends with the heading "${last}"`).toBe(false);
      }
    });
  }

  for (const { country, path } of [
    { country: 'Angola', path: '/?country=angola' },
    { country: 'Mali', path: '/' },
  ]) {
    test(`${country} prints on at most four pages of Letter and of A4, no page but the last a quarter blank, the comparison's two charts drawn at full size`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('#root')).not.toHaveAttribute('inert');
      await page.mouse.move(2, 2);
      await page.mouse.move(4, 4);
      await expect(page.getByRole('heading', { level: 2, name: 'Sources and notes' })).toBeVisible();
      const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
      const compared = await comparison.getByRole('table').locator('tbody th bdi').allInnerTexts();
      expect(compared.length).toBeGreaterThan(1);
      // The funding chart's words and figures (axis, totals, years), as drawn on screen: the same on paper.
      const fundingWords = new Set(await page.getByRole('figure', { name: 'The funding chart' }).locator('svg text').allTextContents());
      expect(fundingWords.size).toBeGreaterThan(3);

      for (const format of ['Letter', 'A4'] as const) {
        const pages = await readPdf(await page.pdf({ format }));
        expect(pages.length, `${format} pages`).toBeLessThanOrEqual(4);
        for (const [i, printed] of pages.slice(0, -1).entries()) {
          expect(printed.largestGap, `${format} page ${i + 1}: the tallest blank band, as a share of the page`).toBeLessThan(0.25);
        }
        // Charts are drawn for the paper's width, not shrunk to it: their type prints at 9 points or more.
        const chartWords = (pages[0]?.items ?? []).filter((item) => fundingWords.has(item.text));
        expect(chartWords.length).toBeGreaterThanOrEqual(fundingWords.size);
        for (const item of chartWords) expect(item.size, `${format}: "${item.text}" on the funding chart, in points`).toBeGreaterThanOrEqual(8.9);
        // Each country compared is named in both charts and in the table below them: three times, each at 9 points
        // or more. Ranked charts cut names past 32 characters.
        const items = pages.flatMap((p) => p.items);
        for (const name of compared.filter((n) => n.length <= 32)) {
          // A small panel's name may go on two lines ("Democratic Republic" / "of the Congo"): both lines count as the name.
          const named = items.flatMap((item, i) => {
            if (item.text === name) return [[item]];
            const next = items[i + 1];
            return next && `${item.text} ${next.text}` === name ? [[item, next]] : [];
          });
          expect(named.length, `${format}: ${name} in the two charts and the table`).toBeGreaterThanOrEqual(3);
          for (const item of named.flat()) expect(item.size, `${format}: ${name}'s type, in points`).toBeGreaterThanOrEqual(8.9);
        }
      }

      // Laid out for paper, each comparison chart is the figure's own SVG plot, with a mark for each country.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      for (const name of ['The comparison by fiscal year', 'The cumulative comparison']) {
        const plot = comparison.getByRole('figure', { name }).locator('.plot-svg > svg');
        await expect(plot).toBeVisible();
        // A bar for each country, or (lines) a point for each of its years.
        expect(await plot.locator('rect, circle').filter({ has: page.locator('title') }).count(), name).toBeGreaterThanOrEqual(compared.length);
      }
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
    });
  }

  test('printed before the reader has done anything, the printout says what it lacks; the first view is on it', async ({ page }) => {
    await openMali(page, { move: false });
    await expect(page.getByRole('heading', { level: 2, name: 'Comparison' })).toHaveCount(0);
    const axis = await axisOnlyLabels(page);
    const all = (await pdfPages(await page.pdf({ format: 'A4' }))).map((p) => p.join(' ')).join(' ');
    expect(all).toContain(
      'Printed before the rest of the page had loaded: the comparison, partner activity, editions, regional context and sources are not on this printout. Print again to include them.',
    );
    expect(all).toContain('U.S. CWD funding to Mali, FY2015–FY2017 (all agencies)');
    for (const tick of axis) expect(all).toContain(tick);
    expect(all).toContain('More than 27,990 weapons secured');
    // The printout did not load the panels below itself.
    await expect(page.getByRole('heading', { level: 2, name: 'Comparison' })).toHaveCount(0);
  });

  test('the printout is dated and addressed when the view changes after load', async ({ page, baseURL }) => {
    await openMali(page);
    await (await filterCheckbox(page, 'FY2015')).uncheck();
    await expect(page).toHaveURL(/years=2016,2017/);
    const first = ((await pdfPages(await page.pdf({ format: 'A4' })))[0] ?? []).join(' ');
    expect(first).toContain('View: Mali · FY2016–FY2017 · All agencies (DOS NADR-CWD, DoD)');
    expect(first.replace(/\s/g, '')).toContain(`${baseURL ?? ''}/?country=mali&years=2016,2017`);
  });
});
