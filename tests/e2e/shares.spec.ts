import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface PrintedRow {
  label: string;
  fy2017: number;
}
const file = JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-funding.json', import.meta.url), 'utf8')) as {
  countries: { id: string; name: string; region: string; rows: PrintedRow[] }[];
};

/** Each country's FY2017 DOS NADR-CWD figure from the data file alone (0 where its table has no such row). */
const nadr = (c: (typeof file.countries)[number]) => c.rows.find((r) => r.label.replace(/\s+/g, '') === 'DOSNADR-CWD')?.fy2017 ?? 0;
const total = file.countries.reduce((sum, c) => sum + nadr(c), 0);
const africa = file.countries.filter((c) => c.region === 'Africa').reduce((sum, c) => sum + nadr(c), 0);
const thousands = (n: number) => `$${n.toLocaleString('en-US')}K`;
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

const presets = (page: Page) => page.getByRole('group', { name: 'Funding lines' });

/** The ranking, drawn for the settings now in force (the section says it is busy until then). */
async function rankingTable(page: Page) {
  const table = page.getByRole('table', { name: /Every country ranked by/ });
  await expect(table).toBeVisible();
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
  return table;
}

test.describe('shares of the total and of the region, with one-click lines', () => {
  test('State NADR-CWD only, FY2017: Iraq 20.9% of $229,150K, Africa 5.7%; the preset is pressed, kept in the address and on reload', async ({ page }) => {
    // Worked out here from the data file: the figures the issue measured.
    expect(total).toBe(229_150);
    expect(percent(48_000, total)).toBe('20.9%');
    expect(percent(africa, total)).toBe('5.7%');

    await page.goto('/?view=overview');
    const nadrOnly = presets(page).getByRole('button', { name: 'State NADR-CWD only' });
    const allAgencies = presets(page).getByRole('button', { name: 'All agencies' });
    await expect(allAgencies).toHaveAttribute('aria-pressed', 'true');
    await expect(nadrOnly).toHaveAttribute('aria-pressed', 'false');
    await nadrOnly.click();
    await expect(page).toHaveURL(/\?view=overview&lines=dos-nadr-cwd$/);

    const check = async () => {
      await expect(nadrOnly).toHaveAttribute('aria-pressed', 'true');
      await expect(allAgencies).toHaveAttribute('aria-pressed', 'false');
      await expect(presets(page).getByRole('button', { name: 'State, all lines' })).toHaveAttribute('aria-pressed', 'false');
      await expect(presets(page).getByRole('checkbox', { name: 'DOS NADR-CWD' })).toBeChecked();
      await expect(presets(page).getByRole('checkbox', { name: 'DoD' })).not.toBeChecked();
      const table = await rankingTable(page);
      // The measure is FY2017, the edition's latest, by default.
      await expect(table).toHaveAccessibleName(/^Every country ranked by FY2017\./);
      await expect(table).toHaveAccessibleDescription(/^Share of total is of \$229,150K, the sum of every country with a table \(FY2017, DOS NADR-CWD\)/);
      await expect(page.getByText('Share of total is of $229,150K')).toContainText('calculated from the country tables');
      const iraq = table.getByRole('row', { name: /^1 Iraq/ });
      await expect(iraq.getByRole('cell')).toHaveText(['1', '$48,000K ($48,000,000)', '20.9%', 'Middle East and North Africa', percent(48_000, 110_400), '']);
      await expect(table.getByRole('columnheader', { name: 'Share of total' })).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'Share of region' })).toBeVisible();

      const totals = page.getByRole('table', { name: /^FY2017: sums of the country tables by region, DOS NADR-CWD/ });
      await expect(totals).toHaveAccessibleDescription(`A region's share is of ${thousands(total)}, the sum of every country with a table (FY2017, DOS NADR-CWD), rounded to one decimal.`);
      const africaRow = totals.getByRole('row', { name: /^Africa/ });
      await expect(africaRow).toContainText(thousands(africa));
      await expect(africaRow).toContainText('5.7%');
      const everyCountry = totals.getByRole('row', { name: /^Every country with a table/ });
      await expect(everyCountry.getByRole('cell').nth(1)).toHaveText(thousands(total));
      await expect(everyCountry.getByRole('cell').nth(2)).toHaveText('100.0%');
      await expect(africaRow.getByRole('cell').nth(2)).toHaveText('5.7%');
    };
    await check();
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page).toHaveURL(/\?view=overview&lines=dos-nadr-cwd$/);
    await check();
  });

  test('a region chosen: the total is still every country, named; the region share is of that region', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017&lines=dos-nadr-cwd&region=africa');
    const table = await rankingTable(page);
    await expect(table).toHaveAccessibleDescription(
      /^Share of total is of \$229,150K, the sum of every country with a table, in every region, not only Africa \(FY2017, DOS NADR-CWD\); share of region is of the sum for Africa, \$13,000K\./,
    );
    const angola = table.getByRole('row', { name: /^1 Angola/ });
    await expect(angola.getByRole('cell')).toHaveText(['1', '$4,000K ($4,000,000)', percent(4_000, total), 'Africa', percent(4_000, africa), '']);
  });

  test('the presets follow the ticks: none is pressed for a custom choice, State, all lines for both State lines', async ({ page }) => {
    await page.goto('/?view=overview&lines=dos-nadr-cwd,dod');
    await rankingTable(page);
    for (const name of ['State NADR-CWD only', 'State, all lines', 'All agencies']) {
      await expect(presets(page).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    await presets(page).getByRole('button', { name: 'State, all lines' }).click();
    await expect(page).toHaveURL(/\?view=overview&lines=dos-nadr-cwd,dos-other$/);
    await expect(presets(page).getByRole('button', { name: 'State, all lines' })).toHaveAttribute('aria-pressed', 'true');
    await expect(presets(page).getByRole('checkbox', { name: 'DOS Other' })).toBeChecked();
    await expect(presets(page).getByRole('checkbox', { name: 'DoD' })).not.toBeChecked();
    await presets(page).getByRole('button', { name: 'All agencies' }).click();
    await expect(page).toHaveURL(/\?view=overview$/);
    await expect(presets(page).getByRole('checkbox', { name: 'CDC' })).toBeChecked();
  });

  test('on a phone the presets wrap within the screen and the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?view=overview&lines=dos-nadr-cwd');
    await rankingTable(page);
    for (const name of ['State NADR-CWD only', 'State, all lines', 'All agencies']) {
      const box = await presets(page).getByRole('button', { name }).boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
