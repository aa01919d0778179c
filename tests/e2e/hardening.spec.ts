import { expect, expectNoAxeViolations, filterGroup, openDashboard, showFundingChart, showPanelsBelow, test } from './fixtures';

test.describe('hardening', () => {
  test('the built page carries a Content-Security-Policy with no inline script and no other origins', async ({ page }) => {
    await openDashboard(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    // The fixture fails the test on any CSP violation, console error or request to another origin.
  });

  test('dark mode follows the system and can be chosen; the choice is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openDashboard(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body.parentElement as HTMLElement).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    // The choice is at the foot of the page.
    const select = page.getByRole('contentinfo').getByRole('combobox', { name: 'Colours' });
    await select.selectOption('dark');
    expect(await background()).toBe('rgb(27, 27, 27)');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Colours' })).toHaveValue('dark');
    expect(await background()).toBe('rgb(27, 27, 27)');
    await page.getByRole('combobox', { name: 'Colours' }).selectOption('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(27, 27, 27)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
  });

  test('passes axe with the country list, a filter and the comparison picker open', async ({ page }) => {
    await openDashboard(page);
    const years = await filterGroup(page, 'Fiscal years');
    await expect(years.getByRole('checkbox', { name: 'FY2015' })).toBeVisible();
    await expectNoAxeViolations(page);
    await showPanelsBelow(page);
    await page.getByText('Choose countries to compare').click();
    // A click elsewhere closed the filter.
    await expect(years.getByRole('checkbox', { name: 'FY2015' })).toBeHidden();
    await page.getByRole('combobox', { name: 'Country' }).click();
    await expect(page.getByRole('listbox', { name: 'Countries' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('prints without controls, with charts, tiles and sources, on A4 and Letter', async ({ page }) => {
    await openDashboard(page);
    // The funding chart is drawn at once (the figure's own SVG plot); the panels below load on the reader's first move.
    await showFundingChart(page);
    await showPanelsBelow(page);
    await expect(page.getByRole('table', { name: /Funding compared/ })).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Funding by agency' }).locator('.plot-svg > svg').filter({ visible: true }).locator('rect').first()).toBeVisible();
    await expect(page.getByText(/^Printed before the rest of the page had loaded/)).toHaveCount(0);
    for (const hidden of ['.filters', '.export', '.compare-picker', '.activity__controls', '.datasets-panel', '.theme-select']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    for (const shown of ['Results', 'Funding by agency', 'Comparison', 'Sources and notes']) {
      await expect(page.getByRole('heading', { level: 2, name: shown, exact: true })).toBeVisible();
    }
    await expect(page.getByText(/^View: Mali · FY2015–FY2017 · All agencies/)).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(50_000);
    }
  });
});
