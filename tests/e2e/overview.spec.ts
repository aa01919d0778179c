import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface PrintedRow {
  label: string;
  fy2015: number;
  fy2016: number;
  fy2017: number;
  cumulative: number;
}
const file = JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-funding.json', import.meta.url), 'utf8')) as {
  countries: { id: string; name: string; region: string; rows: PrintedRow[]; printedTotal: PrintedRow | null }[];
};

const thousands = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 3 })}K`;
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** The ranking worked out here from the data file alone: value, then name; equal values share a rank (=2). */
function expectedRanking(values: { name: string; value: number }[]): string[][] {
  const sorted = [...values].sort((a, b) => b.value - a.value || collator.compare(a.name, b.name));
  return sorted.map((row) => {
    const first = sorted.findIndex((r) => r.value === row.value) + 1;
    const tied = sorted.filter((r) => r.value === row.value).length > 1;
    return [tied ? `=${first}` : String(first), row.name, thousands(row.value)];
  });
}

/** The ranking table's body as [rank, country, value], as a reader sees them (hidden helper text left out). */
async function shownRanking(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /Every country ranked by/ });
  await expect(table).toBeVisible();
  // A new ranking draws just after its control changes; the section says it is busy meanwhile.
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('th, td'))
        .slice(0, 3)
        .map((cell) => {
          const copy = cell.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.visually-hidden').forEach((hidden) => {
            hidden.remove();
          });
          return copy.textContent.trim();
        }),
    ),
  );
}

test.describe('the overview of every country', () => {
  test('ranks Africa by FY2017 DOS NADR-CWD: Angola first, South Sudan and DRC tied next; the whole ranking matches the data file', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017&lines=dos-nadr-cwd&region=africa');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All countries: To Walk the Earth in Safety, 2018 edition');
    const expected = expectedRanking(
      file.countries.filter((c) => c.region === 'Africa').map((c) => ({ name: c.name, value: c.rows.find((r) => r.label === 'DOS NADR - CWD')?.fy2017 ?? 0 })),
    );
    expect(expected.slice(0, 3)).toEqual([
      ['1', 'Angola', '$4,000K'],
      ['=2', 'Democratic Republic of the Congo', '$2,000K'],
      ['=2', 'South Sudan', '$2,000K'],
    ]);
    expect(await shownRanking(page)).toEqual(expected);
    await expect(page.getByText('Ranking 10 countries · FY2017 · DOS NADR-CWD · Africa')).toBeVisible();
    // Sorted by name from its column's button, as a screen reader is told; the ranks stay with their countries.
    const table = page.getByRole('table', { name: /Every country ranked by/ });
    await table.getByRole('button', { name: 'Country' }).click();
    await expect(table.getByRole('columnheader', { name: 'Country' })).toHaveAttribute('aria-sort', 'ascending');
    const byName = [...expected].sort((a, b) => collator.compare(a[1] ?? '', b[1] ?? ''));
    expect(await shownRanking(page)).toEqual(byName);
  });

  test('ranks the whole edition by FY2017, every line: Iraq, Syria, Laos first, each figure the sum of its table\'s rows', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017');
    const expected = expectedRanking(file.countries.map((c) => ({ name: c.name, value: c.rows.reduce((total, r) => total + r.fy2017, 0) })));
    expect(expected.slice(0, 3).map((r) => r[1])).toEqual(['Iraq', 'Syria', 'Laos']);
    expect(await shownRanking(page)).toEqual(expected);
  });

  test('keeps its state in the address: a new measure is a history entry, Back restores the ranking', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017');
    await page.getByRole('combobox', { name: 'Measure' }).selectOption('cumulative');
    await expect(page).toHaveURL(/\?view=overview&measure=cumulative$/);
    const cumulative = expectedRanking(file.countries.map((c) => ({ name: c.name, value: c.printedTotal?.cumulative ?? 0 })));
    expect(await shownRanking(page)).toEqual(cumulative);
    await page.getByRole('combobox', { name: 'Region' }).selectOption('Europe');
    await expect(page).toHaveURL(/\?view=overview&measure=cumulative&region=europe$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?view=overview&measure=cumulative$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?view=overview&measure=fy2017$/);
    await expect(page.getByRole('combobox', { name: 'Measure' })).toHaveValue('year');
    await expect(page.getByRole('group', { name: 'What to rank by' }).getByRole('slider', { name: 'Fiscal year' })).toHaveAttribute('aria-valuetext', 'FY2017');
    expect((await shownRanking(page))[0]).toEqual(['1', 'Iraq', thousands(file.countries.find((c) => c.id === 'iraq')?.rows.reduce((t, r) => t + r.fy2017, 0) ?? -1)]);
  });

  test('says which settings of a link it could not use, and shows the rest', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy1990&region=atlantis');
    await expect(page.getByText('Ignored measure “fy1990”', { exact: false })).toBeVisible();
    await expect(page.getByText('Ignored region “atlantis”', { exact: false })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Measure' })).toHaveValue('year');
    await expect(page.getByRole('group', { name: 'What to rank by' }).getByRole('slider', { name: 'Fiscal year' })).toHaveAttribute('aria-valuetext', 'FY2017');
    expect((await shownRanking(page)).length).toBe(file.countries.length);
  });

  test('every name opens its country; the header goes back to the overview', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017&lines=dos-nadr-cwd&region=africa');
    await page.getByRole('table', { name: /Every country ranked by/ }).getByRole('link', { name: 'South Sudan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('South Sudan');
    await expect(page).toHaveURL(/\?country=south-sudan&lines=dos-nadr-cwd$/);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All countries: rankings and map' }).click();
    // The country opened is the officer's choice: the overview keeps it in its address (and highlights it).
    await expect(page).toHaveURL(/view=overview&country=south-sudan&measure=fy2017&lines=dos-nadr-cwd&region=africa$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('South Sudan');
  });

  test('the map draws every country of the edition with its figure, opens one by click and by keyboard, and passes axe', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017');
    const map = page.getByRole('group', { name: /^Map: FY2017/ });
    await expect(map).toBeVisible();
    const links = map.getByRole('link');
    await expect(links).toHaveCount(file.countries.length);
    for (const country of file.countries) {
      const value = country.rows.reduce((total, r) => total + r.fy2017, 0);
      await expect(map.getByRole('link', { name: `${country.name}: ${thousands(value)} (`, exact: false })).toHaveCount(1);
    }
    await expect(page.getByText('Grey: no country table in this edition')).toBeVisible();
    await expectNoAxeViolations(page);

    await map.getByRole('link', { name: /^Angola:/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Angola');
    await page.goBack();
    const mali = page.getByRole('group', { name: /^Map: FY2017/ }).getByRole('link', { name: /^Mali:/ });
    await page.mouse.move(0, 0); // the pointer, left over another country by the click, would name that one
    await mali.focus();
    await expect(page.getByRole('status').filter({ hasText: 'Click or press Enter to open it' })).toContainText('Mali');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
  });

  test('the ranking exports as CSV named for its measure, lines and region, with every row', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017&lines=dos-nadr-cwd&region=africa');
    await page.getByRole('button', { name: 'Export the ranking chart' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Download CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('cwd-ranking-fy2017-dos-nadr-cwd-africa.csv');
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    // The shares' wholes, from the data file: every country's DOS NADR-CWD in FY2017, and Africa's.
    const nadr = (c: (typeof file.countries)[number]) => c.rows.find((r) => r.label === 'DOS NADR - CWD')?.fy2017 ?? 0;
    const total = file.countries.reduce((sum, c) => sum + nadr(c), 0);
    const africa = file.countries.filter((c) => c.region === 'Africa').reduce((sum, c) => sum + nadr(c), 0);
    expect([total, africa]).toEqual([229_150, 13_000]);
    const share = (value: number, whole: number) => Number(((value / whole) * 100).toFixed(1));
    expect(lines[0]).toBe(
      'Rank,Country,"FY2017, DOS NADR-CWD (USD thousands)",Region,' +
        '"Share of total, % (of $229,150K, the sum of every country with a table, in every region, not only Africa (FY2017, DOS NADR-CWD); calculated, rounded to one decimal)",' +
        '"Share of region, % (of the sum for Africa, $13,000K; calculated, rounded to one decimal)"',
    );
    // A tie is written out: "=2" would be taken for a formula by a spreadsheet.
    expect(lines.slice(1, 4)).toEqual([
      `1,Angola,4000,Africa,${share(4000, total)},${share(4000, africa)}`,
      `2 (tied),Democratic Republic of the Congo,2000,Africa,${share(2000, total)},${share(2000, africa)}`,
      `2 (tied),South Sudan,2000,Africa,${share(2000, total)},${share(2000, africa)}`,
    ]);
    expect(lines[1]).toBe('1,Angola,4000,Africa,1.7,30.8');
    expect(lines).toHaveLength(11);
  });

  test('totals by region: the sums of the country tables, labelled calculated, beside the regional page\'s own cumulative', async ({ page }) => {
    await page.goto('/?view=overview');
    const table = page.getByRole('table', { name: /FY2017: sums of the country tables by region/ });
    const africa = table.getByRole('row', { name: /^Africa/ });
    const african = file.countries.filter((c) => c.region === 'Africa');
    const nadr = african.reduce((total, c) => total + (c.rows.find((r) => r.label === 'DOS NADR - CWD')?.fy2017 ?? 0), 0);
    const cumulative = african.reduce((total, c) => total + (c.printedTotal?.cumulative ?? 0), 0);
    await expect(africa).toContainText(`${african.length} (${african.length})`);
    await expect(africa).toContainText(thousands(nadr));
    await expect(africa).toContainText(`$${(cumulative / 1000).toLocaleString('en-US', { maximumFractionDigits: 6 })} million`);
    await expect(africa).toContainText('$438.9 million, 1993–2017');
    await expect(table.getByRole('columnheader', { name: 'All lines, FY2017 (calculated)' })).toBeVisible();
  });

  test('on a phone the ranking, table and map fit the screen width', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?view=overview&measure=cumulative');
    await expect(page.getByRole('group', { name: /^Map:/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
