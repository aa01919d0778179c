import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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

const today = () => new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());

/** The sections one step away, under "More about Mali": closed on screen, all on paper but the datasets. */
const CLOSED = ['Across editions', 'Regional context', 'Sources and notes', 'Datasets'];

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
      await expect(comparison.getByRole('figure', { name: 'The comparison by fiscal year' }).locator('svg')).toHaveCount(1); // the placeholder alone
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
      // The sections closed on screen are open on paper: the editions, the regional context, the sources and the glossary.
      for (const heading of ['Comparison', 'Partner activity', 'Across editions', 'Regional context', 'Sources and notes', 'Glossary']) {
        expect(all).toContain(heading);
      }
      expect(all).toContain("Mali's table is printed in: the 2017 edition (FY2014–FY2016), the 2018 edition (FY2015–FY2017).");
      expect(all).toContain("Mali's share of the region");
      expect(all).toContain('Physical security and stockpile management: keeping weapons and ammunition stores safe');
      expect(all).not.toContain("Each edition's table side by side"); // a closed section's one line
      // Managing datasets is a task on screen: off paper.
      expect(all).not.toContain("Import your office's figures");
      // Controls stay off paper; what is left off says so.
      expect(all).not.toContain('Download results (CSV)');
      expect(all).not.toContain('Country brief');
      expect(all).toContain('Left off the printout: the two comparison charts; the table below holds their figures.');

      for (const [i, text] of pages.slice(0, -1).entries()) {
        const last = text.at(-1) ?? '';
        expect(headings.has(last), `page ${i + 1} ends with the heading "${last}"`).toBe(false);
      }
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
