import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, filterGroup, showFundingChart, showPanelsBelow, test } from './fixtures';
import type { Page } from '@playwright/test';
import { dollars, k, readable } from './money';

/**
 * The whole 2018 edition: all 35 country tables, funding lines, the picker's
 * aliases and regional-only names, pages transcribed in part. Every figure
 * expected here is read from the data files, not typed in.
 */

type Year = 'fy2015' | 'fy2016' | 'fy2017';
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
  region: string;
  cumulativeFrom: number | null;
  rows: TableRow[];
  printedTotal: Omit<TableRow, 'label'>;
}
interface Region {
  name: string;
  cumulativeFrom: number;
  cumulativeTo: number;
  countrySharePercent: Record<string, number>;
}
interface Narrative {
  coverage: { status: 'complete' | 'likely-complete' | 'partial'; missing: string | null } | null;
  results: { id: string; valueText: string; label: string }[];
  context: unknown[];
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const file = JSON.parse(read('../../src/data/datasets/tweis-2018-funding.json')) as { countries: CountryTable[]; regions: Region[] };
const narrativeDir = '../../src/data/datasets/tweis-2018-narrative/countries/';
function narrative(id: string): Narrative | null {
  try {
    return JSON.parse(read(`${narrativeDir}${id}.json`)) as Narrative;
  } catch {
    return null;
  }
}
function table(id: string): CountryTable {
  const found = file.countries.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in the data file`);
  return found;
}

/** The funding line of a printed row label: "DOS NADR - CWD", "DOS-OTHER", "DOD"… */
function lineOf(label: string): string {
  const key = label.toUpperCase().replace(/[^A-Z]/g, '');
  const line = ({ DOSNADRCWD: 'dos-nadr-cwd', DOSOTHER: 'dos-other', DOD: 'dod', USAID: 'usaid', CDC: 'cdc' } as Record<string, string>)[key];
  if (!line) throw new Error(`unknown funding line ${label}`);
  return line;
}
const cumulativeOfLines = (t: CountryTable, lines: string[]) => t.rows.filter((r) => lines.includes(lineOf(r.label))).reduce((s, r) => s + r.cumulative, 0);
const sumOfRows = (t: CountryTable, year: Year) => t.rows.reduce((s, r) => s + r[year], 0);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The picker's badge for a country: how much of its page the dataset holds. */
function badge(id: string): string {
  const story = narrative(id);
  if (!story) return 'funding table only';
  return story.coverage?.status === 'partial' ? 'results in part' : 'results';
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const cumulativeStat = (page: Page) => page.getByRole('complementary', { name: /^Cumulative (since|through) FY\d{4}$/ });
/** The header's figures: the years shown, added; then the report's cumulative. */
const headline = (page: Page) => page.getByRole('banner').locator('.headline__figure');
const headlineCumulative = (page: Page) => page.getByRole('banner').locator('.headline__cumulative');
const picker = (page: Page) => page.getByRole('combobox', { name: 'Country' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Countries' });

async function open(page: Page, search: string, name: string): Promise<void> {
  await page.goto(`/${search}`);
  await expect(heading(page)).toHaveText(`${name}: To Walk the Earth in Safety, 2018 edition`);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
}

test.describe('the whole 2018 edition', () => {
  test('State’s two lines: one of them, both, and the shortcut between them', async ({ page }) => {
    const angola = table('angola');
    const nadr = cumulativeOfLines(angola, ['dos-nadr-cwd']);
    const state = cumulativeOfLines(angola, ['dos-nadr-cwd', 'dos-other']);
    expect([nadr, state]).toEqual([106504, 109674]); // the figures the design names, as the file gives them

    const nadrYears = angola.rows.filter((r) => lineOf(r.label) === 'dos-nadr-cwd').reduce((s, r) => s + r.fy2015 + r.fy2016 + r.fy2017, 0);
    expect(nadrYears).toBe(14300);

    await open(page, '?country=angola&lines=dos-nadr-cwd', 'Angola');
    await expect(cumulativeStat(page)).toHaveAccessibleName(`Cumulative since FY${angola.cumulativeFrom ?? ''}`);
    await expect(cumulativeStat(page).locator('.stat__value')).toHaveText(`${readable(nadr)} ${dollars(nadr)} exactly`);
    await expect(cumulativeStat(page)).toContainText('$107 million');
    // The header follows the line chosen: the years shown added ($14.3 million is exact: no "exactly"), then the cumulative.
    await expect(headline(page)).toHaveText(`U.S. CWD funding to Angola, FY2015–FY2017 (DOS NADR-CWD) ${readable(nadrYears)} 3 fiscal years added (calculated)`);
    await expect(headlineCumulative(page)).toHaveText(
      `Cumulative since FY${angola.cumulativeFrom ?? ''}: ${readable(nadr)} ${dollars(nadr)} exactly; the report's own figure, whatever the years shown`,
    );
    await expect(page.locator('details.filter-choice > summary', { hasText: 'Funding lines' })).toHaveText('Funding lines DOS NADR-CWD');
    const lines = await filterGroup(page, 'Funding lines');
    await expect(lines.getByRole('checkbox')).toHaveCount(angola.rows.length);
    await expect(lines.getByRole('checkbox', { name: 'DOS NADR-CWD' })).toBeChecked();
    await expect(lines.getByRole('checkbox', { name: 'DOS Other' })).not.toBeChecked();
    await showFundingChart(page);
    // The chart's text equivalent: its subtitle (the unit is U.S. dollars), then each year's figures in exact dollars.
    const nadrFy2015 = angola.rows.find((r) => lineOf(r.label) === 'dos-nadr-cwd')?.fy2015 ?? NaN;
    await expect(page.getByRole('region', { name: 'Funding by agency' })).toContainText(`FY2015–FY2017 · DOS NADR-CWD · U.S. dollars FY2015: DOS NADR-CWD ${dollars(nadrFy2015)}.`);
    await expectNoAxeViolations(page);

    const stateAll = lines.getByRole('button', { name: 'State, all lines' });
    await expect(stateAll).toBeEnabled();
    await stateAll.click();
    await expect(page).toHaveURL(/\?country=angola&lines=dos-nadr-cwd,dos-other$/);
    await expect(stateAll).toBeDisabled();
    await expect(lines.getByRole('checkbox', { name: 'DOS Other' })).toBeChecked();
    await expect(cumulativeStat(page).locator('.stat__value')).toHaveText(`${readable(state)} ${dollars(state)} exactly`);
    await expect(cumulativeStat(page)).toContainText('$110 million');
    await expect(headlineCumulative(page)).toContainText(`${readable(state)} ${dollars(state)} exactly`);
    await expect(headline(page)).toContainText('U.S. CWD funding to Angola, FY2015–FY2017 (DOS NADR-CWD, DOS Other)');
    await expect(page.getByRole('region', { name: 'Funding by agency' })).toContainText('State, all lines (DOS NADR-CWD, DOS Other)');
    // DOS Other has money only before FY2015: kept in the table, marked, and left off the chart's legend.
    const other = angola.rows.find((r) => lineOf(r.label) === 'dos-other');
    expect(other && other.fy2015 + other.fy2016 + other.fy2017).toBe(0);
    const funding = page.getByRole('region', { name: 'Funding by agency' });
    await expect(funding.getByRole('rowheader', { name: 'DOS Other $0 in FY2015–FY2017; not drawn on the chart' })).toBeVisible();
    await showFundingChart(page);
    await expect(funding.locator('.plot-svg__legend li')).toHaveText(['DOS NADR-CWD']);
    await expectNoAxeViolations(page);

    // The same view from a fresh link.
    await open(page, '?country=angola&lines=dos-nadr-cwd,dos-other', 'Angola');
    await expect(cumulativeStat(page).locator('.stat__value')).toHaveText(`${readable(state)} ${dollars(state)} exactly`);

    // With FY2013 and FY2014 chosen too: the 2017 edition prints Angola's FY2014 (DOS Other $0K), no bundled
    // edition prints its FY2013, so that year is "not reported", never $0K.
    await open(page, '?country=angola&years=2013,2014,2015,2016,2017&lines=dos-nadr-cwd,dos-other', 'Angola');
    const row = page.getByRole('region', { name: 'Funding by agency' }).getByRole('row', { name: /^DOS Other/ });
    await expect(row.getByRole('rowheader')).toHaveText('DOS Other $0 in FY2014–FY2017, not reported in FY2013; not drawn on the chart');
    await expect(row.getByRole('cell').nth(0)).toHaveText('not reported');
  });

  test('an old agencies= link still works, as all of the agency’s lines, and is rewritten to lines=', async ({ page }) => {
    const state = cumulativeOfLines(table('angola'), ['dos-nadr-cwd', 'dos-other']);
    await open(page, '?country=angola&agencies=dos', 'Angola');
    await expect(page).toHaveURL(/\?country=angola&lines=dos-nadr-cwd,dos-other$/);
    await expect(cumulativeStat(page)).toContainText(`${dollars(state)} exactly`);
    await expect(cumulativeStat(page).locator('.stat__value')).toHaveText(`${readable(state)} ${dollars(state)} exactly`);
    const lines = await filterGroup(page, 'Funding lines');
    await expect(lines.getByRole('checkbox', { name: 'DOS NADR-CWD' })).toBeChecked();
    await expect(lines.getByRole('checkbox', { name: 'DOS Other' })).toBeChecked();
    await expect(lines.getByRole('checkbox', { name: 'DoD' })).not.toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Some settings in the link' })).toHaveCount(0);
  });

  test('the picker finds countries by their other names, and lists those a regional chart only names', async ({ page }) => {
    await open(page, '?country=mali', 'Mali');
    const aliases: [string, string][] = [
      ['DRC', 'democratic-republic-of-the-congo'],
      ['BiH', 'bosnia-and-herzegovina'],
      ['Myanmar', 'burma'],
      ['Kyrgyzstan', 'kyrgyz-republic'],
      ['Lao PDR', 'laos'],
    ];
    for (const [alias, id] of aliases) {
      const country = table(id);
      await picker(page).fill(alias);
      const options = listbox(page).getByRole('option');
      await expect(options, alias).toHaveText([new RegExp(`^${escape(country.name)} \\(${escape(alias)}\\) · ${badge(id)}`)]);
      await expect(listbox(page).getByRole('group', { name: country.region }).getByRole('option')).toHaveCount(1);
      await picker(page).press('Enter');
      await expect(page).toHaveURL(new RegExp(`\\?country=${id}$`));
      await expect(heading(page)).toHaveText(`${country.name}: To Walk the Earth in Safety, 2018 edition`);
      await expect(picker(page)).toHaveValue(country.name);
    }
    // The regional chart's spelling finds Bosnia and Herzegovina by its own name.
    await picker(page).fill('Bosnia & Herzegovina');
    await expect(listbox(page).getByRole('option')).toHaveText([/^Bosnia and Herzegovina · results in part/]);
    await picker(page).press('Escape');

    // Benin: named in the Africa chart, with no table. Its share as the regional page prints it.
    const africa = file.regions.find((r) => r.name === 'Africa');
    const shareKey = Object.keys(africa?.countrySharePercent ?? {}).find((name) => name.replace(/^\*+/, '') === 'Benin') ?? '';
    expect(file.countries.some((c) => c.name === 'Benin')).toBe(false);
    const printed = new RegExp(`${escape(shareKey)} (\\d+\\.\\d+)%`).exec(read('../fixtures/sources/tweis-2018/africa.txt'))?.[1];
    expect(Number(printed)).toBe(africa?.countrySharePercent[shareKey]);
    const before = page.url();
    await picker(page).fill('Benin');
    const benin = listbox(page).getByRole('group', { name: 'Africa' }).getByRole('option', { name: /^Benin/ });
    const period = `${africa?.cumulativeFrom}–${africa?.cumulativeTo}`;
    await expect(benin).toHaveText(new RegExp(`^Benin · no country table; [\\d.]+% of the Africa total, ${period}, as printed$`));
    await expect(benin).toHaveAttribute('aria-disabled', 'true');
    // Choosing it does nothing.
    await picker(page).press('Enter');
    await benin.click({ force: true }); // aria-disabled: Playwright would otherwise wait for it to be enabled
    expect(page.url()).toBe(before);
    await expect(heading(page)).toContainText('Laos');
    // "As printed" means the regional page's own figure, to its printed decimals.
    await expect(benin).toHaveText(`Benin · no country table; ${printed ?? ''}% of the Africa total, ${period}, as printed`);
  });

  test('each of the 35 countries opens from its link, with its printed cumulative', async ({ page }) => {
    test.setTimeout(120_000);
    expect(file.countries).toHaveLength(35);
    for (const country of file.countries) {
      await open(page, `?country=${country.id}`, country.name);
      const total = page.getByRole('table', { name: `Funding to ${country.name} by agency and fiscal year` }).locator('tfoot tr').last();
      await expect(total.getByRole('rowheader'), country.id).toHaveText('COUNTRY TOTAL (printed)');
      await expect(total.getByRole('cell').last(), country.id).toHaveText(new RegExp(`^${escape(k(country.printedTotal.cumulative))}( differs)?$`));
    }
  });

  test('a page cut short says so in its results; a complete one does not', async ({ page }) => {
    for (const id of ['afghanistan', 'angola']) {
      const story = narrative(id);
      expect(story?.coverage?.status).toBe('partial');
      await open(page, `?country=${id}`, table(id).name);
      const results = page.getByRole('region', { name: 'Results' });
      await expect(results.getByRole('note')).toContainText('Part of the page only.');
      await expect(results.getByRole('note')).toContainText(story?.coverage?.missing ?? '');
      // Context figures are listed apart from the results.
      const context = results.getByRole('region', { name: 'Context: the situation the page describes' });
      await expect(context.getByRole('listitem')).toHaveCount(story?.context.length ?? -1);
      await expect(results.locator('.tiles > li')).toHaveCount(story?.results.length ?? -1);
    }

    const chad = table('chad');
    const story = narrative('chad');
    expect(story?.coverage?.status).toBe('complete');
    await open(page, '?country=chad', 'Chad');
    const results = page.getByRole('region', { name: 'Results' });
    const armories = story?.results.find((r) => r.id === 'armories');
    expect(armories?.valueText).toBe('31');
    await expect(results.getByRole('heading', { level: 3, name: `${armories?.valueText ?? ''} ${armories?.label ?? ''}` })).toBeVisible();
    await expect(results.locator('.tiles > li')).toHaveCount(story?.results.length ?? -1);
    await expect(results).not.toContainText('Part of the page only.');
    await showPanelsBelow(page);
    await expect(page.getByRole('region', { name: 'Partner activity' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Partner activity' })).not.toContainText('Part of the page only.');
    // Its printed FY2016 total disagrees with its rows: flagged, both kept.
    expect(chad.printedTotal.fy2016).not.toBe(sumOfRows(chad, 'fy2016'));
    const flag = page.getByRole('note').filter({ hasText: 'Data-quality flag: Chad' });
    await expect(flag).toContainText("Chad's printed total disagrees with its rows (FY2016).");
    await expect(flag).toContainText('Both figures are shown in the funding table below');
    const rows = page.getByRole('table', { name: /Funding to Chad/ });
    await expect(rows.getByRole('row', { name: /^Sum of rows shown/ })).toContainText(k(sumOfRows(chad, 'fy2016')));
    await expect(rows.getByRole('row', { name: /^COUNTRY TOTAL \(printed\)/ }).getByRole('cell').nth(1)).toHaveText(`${k(chad.printedTotal.fy2016)} differs`);

    // Peru: no page text at all, only its table.
    expect(narrative('peru')).toBeNull();
    await open(page, '?country=peru', 'Peru');
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('note')).toContainText(
      "This dataset has Peru's funding table but not the rest of its page",
    );
  });

  test('a country in no group is compared with its whole region, a small panel per country past five', async ({ page }) => {
    const peers = file.countries.filter((c) => c.region === 'Africa' && c.id !== 'angola');
    expect(peers.length).toBeGreaterThan(7);
    await open(page, '?country=angola', 'Angola');
    await showPanelsBelow(page);
    const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
    await expect(comparison).toContainText('Shown by default: the other countries of Africa with a table in this edition');
    await expect(comparison).not.toContainText('Not shown');
    const names = await comparison.getByRole('table').locator('tbody th').allTextContents();
    expect(names.map((n) => n.replace(/ printed total differs from rows$/, ''))).toEqual(['Angola', ...peers.map((c) => c.name)]);
    // The chart's text equivalent gives every country's figure in each year, Angola first, in the table's order.
    const countries = [file.countries.find((c) => c.id === 'angola'), ...peers];
    const summary = (await comparison.locator('figure').first().locator('figcaption').textContent()) ?? '';
    for (const year of [2015, 2016, 2017]) {
      const figures = countries.map((c) => `${c?.name ?? ''} ${dollars((c?.rows ?? []).reduce((t, r) => t + r[`fy${year}` as Year], 0))}`);
      expect(summary).toContain(`FY${year}: ${figures.join(', ')}.`);
    }
  });

  test('passes axe with the country list open and filtered', async ({ page }) => {
    await open(page, '?country=angola&lines=dos-nadr-cwd', 'Angola');
    await picker(page).click();
    await expect(listbox(page)).toBeVisible();
    await expect(listbox(page).getByRole('option', { name: /^Benin/ })).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(page);
    await picker(page).fill('Myanmar');
    await expect(listbox(page).getByRole('option')).toHaveText([/^Burma \(Myanmar\) · results/]);
    await expectNoAxeViolations(page);
  });
});
