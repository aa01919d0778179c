import { expect, expectNoAxeViolations, openDashboard, test } from './fixtures';

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
    const select = page.getByRole('combobox', { name: 'Colours' });
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

  test('passes axe with the country list and the comparison picker open', async ({ page }) => {
    await openDashboard(page);
    await page.getByText('Choose countries to compare').click();
    await page.getByRole('combobox', { name: 'Country' }).click();
    await expect(page.getByRole('listbox', { name: 'Countries' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('prints without controls, with charts, tiles and sources, on A4 and Letter', async ({ page }) => {
    await openDashboard(page);
    // Off-screen charts draw when the page has been idle a while, so a printout has them all.
    await expect(page.locator('.chart-frame .recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Comparison', exact: true }).locator('.recharts-bar-rectangle').first()).toBeAttached({ timeout: 10_000 });
    await page.emulateMedia({ media: 'print' });
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
