import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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

async function openMali(page: Page) {
  await page.goto('/?country=mali', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 2, name: 'Sources and notes' })).toBeVisible();
}

test.describe('printing', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`Mali prints on at most four ${format} pages: view, date and address first, the funding chart drawn, no heading left at a page's foot`, async ({ page, baseURL }) => {
      await openMali(page);
      const funding = page.getByRole('figure', { name: 'The funding chart' });
      // The print starts before any chart was scrolled to, as a headless page.pdf() does.
      await expect(funding.locator('svg')).toHaveCount(1); // the placeholder alone
      const headings = new Set((await page.getByRole('heading').allInnerTexts()).map((h) => h.trim()));

      const pages = await pdfPages(await page.pdf({ format }));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.length).toBeLessThanOrEqual(4);

      const first = (pages[0] ?? []).join(' ');
      expect(first).toContain(`View: Mali · FY2015–FY2017 · All agencies (DOS NADR-CWD, DoD) · printed ${today()} from the CWD dashboard`);
      expect(first.replace(/\s/g, '')).toContain(`${baseURL ?? ''}/?country=mali`);

      const all = pages.map((p) => p.join(' ')).join(' ');
      // The chart's own axis ticks ($900K, $300K) are nowhere else on the page: it was drawn for the print.
      expect(all).toContain('$900K');
      expect(all).toContain('$300K');
      expect(all).not.toContain('The chart had not been drawn');
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

  test('the printout is dated and addressed when the view changes after load', async ({ page, baseURL }) => {
    await openMali(page);
    await page.getByRole('checkbox', { name: 'FY2015' }).uncheck();
    await expect(page).toHaveURL(/years=2016,2017/);
    const first = ((await pdfPages(await page.pdf({ format: 'A4' })))[0] ?? []).join(' ');
    expect(first).toContain('View: Mali · FY2016–FY2017 · All agencies (DOS NADR-CWD, DoD)');
    expect(first.replace(/\s/g, '')).toContain(`${baseURL ?? ''}/?country=mali&years=2016,2017`);
  });
});
