import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught exception, a
 * Content-Security-Policy violation or a request to another origin: the
 * built app must work on its own.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      // A Content-Security-Policy violation (eval, an inline script) is a problem even when the page carries on.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('console', (msg) => {
        // Playwright's own word where playwright.config.ts blocks the service worker, not the app's.
        if (msg.text() === 'Service Worker registration blocked by Playwright') return;
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL ?? 'http://localhost') && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe (WCAG 2.x A and AA) on the page as it is and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Waits for the funding chart's bars: drawn at once by the figure's own SVG plots, on the first screen. */
export async function showFundingChart(page: Page): Promise<void> {
  const funding = page.getByRole('region', { name: 'Funding by agency' });
  await expect(funding.locator('.chart-frame .plot-svg svg rect').first()).toBeVisible();
}

/**
 * The panels below the first view load once the reader does something on the page: a move of the mouse
 * is enough. Waits until they are there (the comparison is the first of them). The move is made once the
 * app has taken the page over: before that, the page built ahead of time is inert and nothing listens.
 */
export async function showPanelsBelow(page: Page): Promise<void> {
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await expect(page.getByRole('heading', { level: 2, name: 'Comparison' })).toBeVisible();
}

/** Opens a section one step away ("Across editions", "Regional context", "Sources and notes", "Datasets") by its heading's button. */
export async function openSection(page: Page, title: string): Promise<void> {
  await showPanelsBelow(page);
  const toggle = page.getByRole('heading', { level: 2, name: title, exact: true }).getByRole('button', { name: title, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/**
 * A filter's choices ("Fiscal years", "Funding lines"): the filter bar keeps each closed to what it is set
 * to; this opens it (if closed) and returns its group of checkboxes.
 */
export async function filterGroup(page: Page, legend: 'Fiscal years' | 'Funding lines'): Promise<Locator> {
  const details = page.locator('details.filter-choice', { has: page.getByRole('group', { name: legend, includeHidden: true }) });
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
  return details.getByRole('group', { name: legend });
}

/** A fiscal-year or funding-line checkbox, its filter opened. */
export async function filterCheckbox(page: Page, name: string): Promise<Locator> {
  const legend = /^FY\d{4}$/.test(name) ? 'Fiscal years' : 'Funding lines';
  return (await filterGroup(page, legend)).getByRole('checkbox', { name, exact: true });
}

/**
 * Opens the dashboard and waits until the funding chart has drawn its bars and the app has taken the page
 * over. The first view built ahead of time already shows the heading and the chart's bars, but stays inert
 * (nothing in it can be focused or clicked) until the app's script has run.
 */
export async function openDashboard(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
  await showFundingChart(page);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
}

/** A table's rows as cell text: every row, header first, or only body and footer rows. */
export async function tableRows(page: Page, name: string | RegExp, which: 'all' | 'body' = 'all'): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  return table
    .locator(which === 'all' ? 'tr' : 'tbody tr, tfoot tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td'), (c) => c.textContent.trim())));
}

/** The funding table's rows as cell text, header first. */
export function fundingTableRows(page: Page): Promise<string[][]> {
  return tableRows(page, /Funding to Mali by agency and fiscal year/);
}

/** Imports a spreadsheet as it was read: waits for the review of the file and presses its Import button. */
export async function confirmImport(page: Page, fileName: string): Promise<void> {
  const review = page.getByRole('form', { name: `Check how ${fileName} was read` });
  await review.getByRole('button', { name: /^Import \d+ funding lines?$/ }).click();
}

/** Downloads a chart's export through its Export menu ("funding trend", "Download SVG"): the file's name and bytes. */
export async function downloadFromExportMenu(page: Page, chartName: string, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: `Export the ${chartName}` }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const done = await downloadPromise;
  return { name: done.suggestedFilename(), bytes: readFileSync(await done.path()) };
}
