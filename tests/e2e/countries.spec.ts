import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, filterGroup, openSection, showFundingChart, showPanelsBelow, tableRows, test } from './fixtures';
import type { Page } from '@playwright/test';
import { k, readable } from './money';

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
interface Narrative {
  coverage: { status: 'complete' | 'likely-complete' | 'partial'; missing: string | null };
  results: { id: string }[];
  activities: { partner: string | null }[];
}
function narrative(id: string): Narrative {
  return JSON.parse(readFileSync(new URL(`../../src/data/datasets/tweis-2018-narrative/countries/${id}.json`, import.meta.url), 'utf8')) as Narrative;
}
function table(id: string): CountryTable {
  const found = file.countries.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in the data file`);
  return found;
}

/** Opens the page, waits for the app to take it over and loads the panels below the first view (the comparison, partner activity). */
async function open(page: Page, search: string): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await showFundingChart(page);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await showPanelsBelow(page);
}

// Mali's default peers: the other members of the G5 Sahel (groups.json), in the data file's order.
const groups = JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-narrative/groups.json', import.meta.url), 'utf8')) as { id: string; members: string[] }[];
const g5 = groups.find((g) => g.id === 'g5-sahel')?.members ?? [];
const sahel = file.countries.map((c) => c.id).filter((id) => id !== 'mali' && g5.includes(id));

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
    // Each option says how much of its page the dataset holds.
    await expect(listbox.getByRole('group', { name: 'Europe' }).getByRole('option')).toHaveText([/^Bosnia and Herzegovina · results in part$/]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?country=bosnia-and-herzegovina$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bosnia and Herzegovina: To Walk the Earth in Safety, 2018 edition');
    await expect(picker).toHaveValue('Bosnia and Herzegovina');

    const bosnia = table('bosnia-and-herzegovina');
    const names: Record<string, string> = { 'DOS NADR - CWD': 'DOS NADR-CWD', 'DOS Other': 'DOS Other', CDC: 'CDC', DoD: 'DoD', USAID: 'USAID' };
    const rows = await rowsOf(page, /Funding to Bosnia and Herzegovina/);
    // DOS Other and CDC have money only before FY2015: kept in the table, marked, left off the chart.
    const zeroNote = (r: TableRow) => (r.fy2015 + r.fy2016 + r.fy2017 === 0 ? ' $0 in FY2015–FY2017; not drawn on the chart' : '');
    expect(rows.slice(0, bosnia.rows.length)).toEqual(
      bosnia.rows.map((r) => [`${names[r.label] ?? r.label}${zeroNote(r)}`, k(r.fy2015), k(r.fy2016), k(r.fy2017), k(r.cumulative)]),
    );
    expect(rows.at(-1)).toEqual([
      'COUNTRY TOTAL (printed)',
      k(bosnia.printedTotal.fy2015),
      k(bosnia.printedTotal.fy2016),
      k(bosnia.printedTotal.fy2017),
      k(bosnia.printedTotal.cumulative),
    ]);
    const legend = page.getByRole('region', { name: 'Funding by agency' }).locator('.plot-svg__legend li');
    await expect(legend).toHaveText(bosnia.rows.filter((r) => zeroNote(r) === '').map((r) => names[r.label] ?? r.label));
    // Its own funding lines are offered; a page cut short says so and names what is missing.
    await expect((await filterGroup(page, 'Funding lines')).getByRole('checkbox')).toHaveCount(bosnia.rows.length);
    await page.keyboard.press('Escape');
    const story = narrative('bosnia-and-herzegovina');
    expect(story.coverage.status).toBe('partial');
    const results = page.getByRole('region', { name: 'Results' });
    await expect(results.getByRole('note')).toContainText(`Part of the page only. What follows is only part of what Bosnia and Herzegovina's page reports.`);
    await expect(results.getByRole('note')).toContainText(story.coverage.missing ?? '');
    await expect(results.getByRole('list').first().getByRole('heading', { level: 3 })).toHaveCount(story.results.length);
    const activity = page.getByRole('region', { name: 'Partner activity' });
    await expect(activity.getByRole('note')).toContainText('Part of the page only.');
    const partners = activity.getByRole('heading', { level: 3 });
    await expect(partners).toHaveCount(story.activities.length);
    expect((await partners.allTextContents()).sort()).toEqual(story.activities.map((a) => a.partner ?? 'Partner not named').sort());
    // The regional page spells it "Bosnia & Herzegovina". Its section is one step away: opened, it is in the address.
    await openSection(page, 'Regional context');
    await expect(page).toHaveURL(/\?country=bosnia-and-herzegovina&open=region$/);
    await expect(page.getByRole('region', { name: 'Regional context' })).toContainText('27.97% (as printed on the regional page)');
    await expectNoAxeViolations(page);

    await page.goBack();
    await expect(page).toHaveURL(/\?country=bosnia-and-herzegovina$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
  });

  test('compares Mali with its G5 Sahel neighbours by default, with the figures of the data file', async ({ page }) => {
    await open(page, '?country=mali');
    expect(sahel).toEqual(['burkina-faso', 'chad', 'mauritania', 'niger']);
    // Each fiscal year is the sum of the country's rows (as the funding chart draws it); the cumulative is the printed total.
    const sumOf = (t: CountryTable, year: 'fy2015' | 'fy2016' | 'fy2017') => t.rows.reduce((s, r) => s + r[year], 0);
    const expected = ['mali', ...sahel].map((id) => {
      const t = table(id);
      return [t.name, k(sumOf(t, 'fy2015')), k(sumOf(t, 'fy2016')), k(sumOf(t, 'fy2017')), k(t.printedTotal.cumulative)];
    });
    const rows = await rowsOf(page, /Funding compared/);
    expect(rows.map((r) => [r[0]?.replace(/ printed total differs from rows$/, ''), ...r.slice(1, 5)])).toEqual(expected);
    // Chad's printed FY2016 total disagrees with its rows: flagged in the comparison too, with both figures.
    const chad = table('chad');
    expect(chad.printedTotal.fy2016).not.toBe(sumOf(chad, 'fy2016'));
    expect(rows.find((r) => r[0]?.startsWith('Chad'))?.[0]).toBe('Chad printed total differs from rows');
    const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
    await expect(comparison).toContainText(
      `Data-quality flag, Chad: the printed FY2016 total is ${readable(chad.printedTotal.fy2016)}, its rows add up to ${readable(sumOf(chad, 'fy2016'))}.`,
    );
    await expect(comparison).toContainText('Shown by default: the other members of the G5 Sahel, a group the report names.');
  });

  test('the line filter applies to the comparison, and the comparison set lives in the URL', async ({ page }) => {
    // A link from before the line filter: DoD is DoD's one line, and the link is rewritten to that.
    await open(page, '?country=mali&agencies=dod');
    await expect(page).toHaveURL(/\?country=mali&lines=dod$/);
    const dodOf = (id: string) => table(id).rows.filter((r) => r.label.toUpperCase() === 'DOD');
    const rows = await rowsOf(page, /Funding compared/);
    expect(rows.map((r) => [r[0]?.replace(/( printed total differs from rows| no such line in its table)+$/, ''), r[3], r[4]])).toEqual(
      ['mali', ...sahel].map((id) => {
        const dod = dodOf(id);
        return [table(id).name, k(dod.reduce((s, r) => s + r.fy2017, 0)), k(dod.reduce((s, r) => s + r.cumulative, 0))];
      }),
    );
    // Burkina Faso's table has no DoD line: said, not hidden.
    await expect(page.getByRole('region', { name: 'Comparison', exact: true })).toContainText('Burkina Faso: no DoD line in its funding table; counted as $0.');

    await page.getByText('Choose countries to compare').click();
    await page.getByRole('group', { name: 'Europe' }).getByRole('checkbox', { name: 'Albania' }).check();
    await expect(page).toHaveURL(new RegExp(`lines=dod&compare=${sahel.join(',')},albania$`));
    await expectNoAxeViolations(page);
    await page.reload();
    await showPanelsBelow(page);
    await expect(page.getByRole('table', { name: /Funding compared/ }).getByRole('row')).toHaveCount(sahel.length + 3);
    const albania = table('albania').rows.find((r) => r.label === 'DoD');
    expect((await rowsOf(page, /Funding compared/)).at(-1)?.slice(0, 4)).toEqual(['Albania', k(albania?.fy2015 ?? -1), k(albania?.fy2016 ?? -1), k(albania?.fy2017 ?? -1)]);
  });

  test('exports the comparison as CSV with every country shown', async ({ page }) => {
    await open(page, '?country=mali&years=2017');
    await page.getByRole('button', { name: 'Export the comparison by fiscal year' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Download CSV' }).click();
    const download = await downloadPromise;
    // One fiscal year: the chart ranks the countries, highest first, and the file follows it.
    expect(download.suggestedFilename()).toBe('mali-compared-fy2017.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const ranked = ['mali', ...sahel]
      .map((id) => ({ name: table(id).name, value: table(id).rows.reduce((s, r) => s + r.fy2017, 0) }))
      .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
    expect(csv.slice(1).split('\r\n')).toEqual(['Country,FY2017 (USD thousands)', ...ranked.map((r) => `${r.name},${r.value}`)]);
  });

  test('an unknown country or comparison id falls back without an error page', async ({ page }) => {
    await open(page, '?country=narnia&compare=niger,atlantis');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
    await expect(page.getByRole('status').filter({ hasText: 'Some settings in the link' })).toContainText('Ignored comparison country “atlantis”');
    expect((await rowsOf(page, /Funding compared/)).map((r) => r[0])).toEqual(['Mali', 'Niger']);
  });
});
