import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, showFundingChart, tableRows, test } from './fixtures';
import type { Page } from '@playwright/test';

interface TableRow {
  label: string;
  fy2015: number;
  fy2016: number;
  fy2017: number;
  cumulative: number;
}
interface CountryTable {
  id: string;
  name: string;
  rows: TableRow[];
  printedTotal: Omit<TableRow, 'label'>;
}

// The figures every check below expects come from the data file itself.
const file = JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-funding.json', import.meta.url), 'utf8')) as {
  countries: CountryTable[];
};
function table(id: string): CountryTable {
  const found = file.countries.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in the data file`);
  return found;
}
const k = (n: number) => `$${n.toLocaleString('en-US')}K`;

async function open(page: Page, search: string): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await showFundingChart(page);
}

function rowsOf(page: Page, name: string | RegExp): Promise<string[][]> {
  return tableRows(page, name, 'body');
}

test.describe('every country of the edition', () => {
  test('picks a country with the keyboard and shows its table from the data file', async ({ page }) => {
    await open(page, '');
    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.focus();
    await page.keyboard.type('bosn');
    const listbox = page.getByRole('listbox', { name: 'Countries' });
    await expect(listbox.getByRole('group', { name: 'Europe' }).getByRole('option')).toHaveText(['Bosnia and Herzegovina']);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?country=bosnia-and-herzegovina$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bosnia and Herzegovina: To Walk the Earth in Safety, 2018 edition');
    await expect(picker).toHaveValue('Bosnia and Herzegovina');

    const bosnia = table('bosnia-and-herzegovina');
    const names: Record<string, string> = { 'DOS NADR - CWD': 'DOS NADR-CWD', 'DOS Other': 'DOS Other', CDC: 'CDC', DoD: 'DoD', USAID: 'USAID' };
    const rows = await rowsOf(page, /Funding to Bosnia and Herzegovina/);
    expect(rows.slice(0, bosnia.rows.length)).toEqual(
      bosnia.rows.map((r) => [names[r.label] ?? r.label, k(r.fy2015), k(r.fy2016), k(r.fy2017), k(r.cumulative)]),
    );
    expect(rows.at(-1)).toEqual([
      'COUNTRY TOTAL (printed)',
      k(bosnia.printedTotal.fy2015),
      k(bosnia.printedTotal.fy2016),
      k(bosnia.printedTotal.fy2017),
      k(bosnia.printedTotal.cumulative),
    ]);
    // Its own agencies are offered; results are said to be missing, not shown as empty tiles.
    await expect(page.getByRole('group', { name: 'Agencies' }).getByRole('checkbox')).toHaveCount(4);
    await expect(page.getByRole('region', { name: 'Results' })).toContainText(
      'Results for Bosnia and Herzegovina are not in this dataset: only the funding table of its page has been transcribed so far.',
    );
    await expect(page.getByRole('region', { name: 'Partner activity' })).toContainText('Partners named on the page: Janus, Small Arms Survey, ITF (a partial list).');
    // The regional page spells it "Bosnia & Herzegovina".
    await expect(page.getByRole('region', { name: 'Regional context' })).toContainText('27.97% (as printed on the regional page)');
    await expectNoAxeViolations(page);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
  });

  test('compares Mali with its Sahel neighbours by default, with the figures of the data file', async ({ page }) => {
    await open(page, '?country=mali');
    const ids = ['mali', 'burkina-faso', 'mauritania', 'niger'];
    const expected = ids.map((id) => {
      const t = table(id);
      return [t.name, k(t.printedTotal.fy2015), k(t.printedTotal.fy2016), k(t.printedTotal.fy2017), k(t.printedTotal.cumulative)];
    });
    const rows = await rowsOf(page, /Funding compared/);
    expect(rows.map((r) => r.slice(0, 5))).toEqual(expected);
    await expect(page.getByRole('region', { name: 'Comparison', exact: true })).toContainText('Shown by default: the other G5 Sahel members in the dataset.');
  });

  test('the agency filter applies to the comparison, and the comparison set lives in the URL', async ({ page }) => {
    await open(page, '?country=mali&agencies=dod');
    const dodOf = (id: string) => table(id).rows.filter((r) => r.label.toUpperCase() === 'DOD');
    const rows = await rowsOf(page, /Funding compared/);
    expect(rows.map((r) => [r[0]?.replace(/ no such line in its table$/, ''), r[3], r[4]])).toEqual(
      ['mali', 'burkina-faso', 'mauritania', 'niger'].map((id) => {
        const dod = dodOf(id);
        return [table(id).name, k(dod.reduce((s, r) => s + r.fy2017, 0)), k(dod.reduce((s, r) => s + r.cumulative, 0))];
      }),
    );
    // Burkina Faso's table has no DoD line: said, not hidden.
    await expect(page.getByRole('region', { name: 'Comparison', exact: true })).toContainText('Burkina Faso: no DoD line in its funding table; counted as $0K.');

    await page.getByText('Choose countries to compare').click();
    await page.getByRole('group', { name: 'Europe' }).getByRole('checkbox', { name: 'Albania' }).check();
    await expect(page).toHaveURL(/agencies=dod&compare=burkina-faso,mauritania,niger,albania$/);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('table', { name: /Funding compared/ }).getByRole('row')).toHaveCount(6);
    const albania = table('albania').rows.find((r) => r.label === 'DoD');
    expect((await rowsOf(page, /Funding compared/)).at(-1)?.slice(0, 4)).toEqual(['Albania', k(albania?.fy2015 ?? -1), k(albania?.fy2016 ?? -1), k(albania?.fy2017 ?? -1)]);
  });

  test('exports the comparison as CSV with every country shown', async ({ page }) => {
    await open(page, '?country=mali&years=2017');
    await page.getByRole('button', { name: 'Export the comparison by fiscal year' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Download CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('mali-compared-by-fiscal-year-fy2017.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Country,FY2017 (USD thousands)',
      ...['mali', 'burkina-faso', 'mauritania', 'niger'].map((id) => `${table(id).name},${table(id).printedTotal.fy2017}`),
    ]);
  });

  test('an unknown country or comparison id falls back without an error page', async ({ page }) => {
    await open(page, '?country=narnia&compare=niger,atlantis');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
    await expect(page.getByRole('status').filter({ hasText: 'Some settings in the link' })).toContainText('Ignored comparison country “atlantis”');
    expect((await rowsOf(page, /Funding compared/)).map((r) => r[0])).toEqual(['Mali', 'Niger']);
  });
});
