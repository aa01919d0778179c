import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { classifyResult } from '../../src/data/selectors/resultKinds';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The bundled narrative, read as files: what the pages state, independently of the page's own code. */
interface NarrativeResult {
  label: string;
  unit: 'count' | 'square-meters' | 'square-kilometers' | 'metric-tons' | 'percent' | 'usd' | 'usd-millions';
  valueText: string | null;
  value: number;
  partner: string | null;
}
interface NarrativePage {
  id: string;
  partners: string[];
  results: NarrativeResult[];
  activities: { partner: string | null }[];
}
const dir = new URL('../../src/data/datasets/tweis-2018-narrative/countries/', import.meta.url);
const pages = readdirSync(dir).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as NarrativePage);
const funding = JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-funding.json', import.meta.url), 'utf8')) as {
  countries: { id: string; name: string; partners?: string[] }[];
};
const nameOf = (id: string) => funding.countries.find((c) => c.id === id)?.name ?? id;

const destroyed = pages.flatMap((p) => p.results.filter((r) => classifyResult(r) === 'weapons-destroyed').map((r) => ({ country: nameOf(p.id), result: r })));
const destroyedCountries = new Set(destroyed.map((d) => d.country));

function csvRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

test.describe('results across countries', () => {
  test('weapons and munitions destroyed: every such result of the narrative, from at least 10 countries, with calculated totals and the partial pages named', async ({ page }) => {
    await page.goto('/?view=results&kind=weapons-destroyed');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Results across countries');
    await expect(page.getByRole('link', { name: 'Results across countries' })).toHaveAttribute('aria-current', 'page');
    expect(destroyedCountries.size).toBeGreaterThanOrEqual(10);
    await expect(page.getByRole('status').filter({ hasText: 'Weapons and munitions destroyed:' })).toHaveText(
      `Weapons and munitions destroyed: ${destroyed.length} results from ${destroyedCountries.size} countries`,
    );
    const table = page.getByRole('table', { name: /Weapons and munitions destroyed/ });
    await expect(table.locator('tbody tr')).toHaveCount(destroyed.length);
    for (const { country, result } of destroyed) {
      await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: country, exact: true }) }).filter({ hasText: `${result.valueText ?? ''} ${result.label}` })).toHaveCount(1);
    }
    // A sum with a "more than" figure is a floor, and said to be calculated.
    const totals = page.getByRole('list', { name: 'Calculated totals' });
    await expect(totals).toContainText(/Calculated total, 2017, metric tons: at least [\d,]+/);
    await expect(page.getByText("These countries' pages are partial in this dataset: results after a point are not included:")).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Afghanistan: Included up to the start of the list of 2017 implementing partners');
    // The country opens its page.
    await table.getByRole('link', { name: 'Kyrgyz Republic' }).first().click();
    await expect(page).toHaveURL(/\?country=kyrgyz-republic$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kyrgyz Republic');
  });

  test('the address round-trips; a filter and the back button follow it; a bad kind is named', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Results across countries' }).click();
    await expect(page).toHaveURL(/\?view=results$/);
    await page.getByLabel('Kind of result').selectOption({ label: 'Area cleared' });
    await page.getByLabel('Region').selectOption('Europe');
    await expect(page).toHaveURL(/\?view=results&kind=area-cleared&region=europe$/);
    const table = page.getByRole('table', { name: /Area cleared in Europe/ });
    await expect(table.getByRole('rowheader', { name: 'Kosovo' })).toHaveCount(3);
    await expect(table.getByRole('rowheader', { name: 'Senegal' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Kind of result')).toHaveValue('area-cleared');
    await expect(page.getByRole('table', { name: /Area cleared in Europe/ }).getByRole('rowheader', { name: 'Kosovo' })).toHaveCount(3);
    await page.goBack();
    await expect(page).toHaveURL(/\?view=results&kind=area-cleared$/);
    await expect(page.getByRole('table', { name: /^Area cleared,/ }).getByRole('rowheader', { name: 'Senegal' })).toHaveCount(1);

    await page.goto('/?view=results&kind=landmines');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored kind of result “landmines”' })).toBeVisible();
    await expect(page.getByLabel('Kind of result')).toHaveValue('');
  });

  test('sorting by a column: buttons in the headers, aria-sort says which way', async ({ page }) => {
    await page.goto('/?view=results&kind=weapons-destroyed');
    const table = page.getByRole('table', { name: /Weapons and munitions destroyed/ });
    const countryHeader = table.getByRole('columnheader', { name: /Country/ });
    await expect(countryHeader).not.toHaveAttribute('aria-sort');
    await table.getByRole('button', { name: /Country/ }).click();
    await expect(countryHeader).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: /Country/ }).click();
    await expect(countryHeader).toHaveAttribute('aria-sort', 'descending');
    const names = [...destroyedCountries].sort((a, b) => a.localeCompare(b));
    await expect(table.getByRole('rowheader').first()).toHaveText(names.at(-1) ?? '');
    await table.getByRole('button', { name: /Result as printed/ }).click();
    await expect(table.getByRole('columnheader', { name: /Result as printed/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(countryHeader).not.toHaveAttribute('aria-sort');
    const smallest = destroyed.reduce((a, b) => (b.result.value < a.result.value ? b : a));
    await expect(table.locator('tbody tr').first()).toContainText(smallest.result.label);
  });

  test('the CSV holds every result of the table, as the narrative files state them', async ({ page }) => {
    await page.goto('/?view=results&kind=weapons-destroyed');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download this table (CSV)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('results-weapons-destroyed.csv');
    const [header, ...rows] = csvRows(await download.path());
    expect(header).toEqual(['Country or page', 'Region', 'Kind of result', 'Result as printed', 'Figure', 'Qualifier', 'Unit', 'Period (calendar years)', 'Period as the page words it', 'Partner', 'Funded by']);
    expect(rows).toHaveLength(destroyed.length);
    expect(rows.map((r) => [r[0], r[3], Number(r[4]), r[9]]).sort()).toEqual(
      destroyed.map((d) => [d.country, `${d.result.valueText ?? ''} ${d.result.label}`, d.result.value, d.result.partner ?? 'None named']).sort(),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded results-weapons-destroyed.csv.' })).toBeVisible();
  });

  test('no accessibility violations; on a phone nothing runs off the side but the tables, which scroll in their own region', async ({ page }) => {
    await page.goto('/?view=results&kind=weapons-destroyed');
    await expect(page.getByRole('table', { name: /Weapons and munitions destroyed/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    for (const address of ['/?view=results', '/?view=partner&partner=the-halo-trust', '/?view=partner']) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      // Anything wider than the screen sits inside a scrolling table region.
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-scroll')).map((el) => el.tagName),
      );
      expect(outside).toEqual([]);
    }
  });
});

test.describe('partner pages', () => {
  const haloCountries = funding.countries
    .filter((c) => {
      const page = pages.find((p) => p.id === c.id);
      const names = [...(c.partners ?? []), ...(page?.partners ?? []), ...(page?.results.map((r) => r.partner) ?? []), ...(page?.activities.map((a) => a.partner) ?? [])];
      return names.some((n) => n !== null && /\bHALO\b/.test(n));
    })
    .map((c) => c.name);

  test('the HALO page lists every country whose page names HALO, and its results', async ({ page }) => {
    expect(haloCountries.length).toBeGreaterThanOrEqual(8);
    await page.goto('/?view=partner&partner=the-halo-trust');
    await expect(page.getByRole('heading', { level: 2, name: 'The HALO Trust' })).toBeVisible();
    await expect(page.getByText('The pages print it as “HALO”')).toBeVisible();
    const where = page.getByRole('table', { name: 'Countries whose page names The HALO Trust' });
    await expect(where.getByRole('rowheader')).toHaveText(haloCountries);
    const haloResults = pages.flatMap((p) => p.results.filter((r) => r.partner === 'HALO'));
    await expect(page.getByRole('table', { name: /Results the pages credit to The HALO Trust/ }).locator('tbody tr')).toHaveCount(haloResults.length);
    await expectNoAxeViolations(page);
  });

  test('the list of partners opens each page; a partner in the results table opens its page; the address round-trips', async ({ page }) => {
    await page.goto('/?view=results&kind=storage-built');
    await page.getByRole('table', { name: /Storage built or refurbished/ }).getByRole('link', { name: 'MAG' }).first().click();
    await expect(page).toHaveURL(/\?view=partner&partner=mines-advisory-group$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Mines Advisory Group' })).toBeVisible();
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(page).toHaveURL(/\?view=partner$/);
    await page.getByRole('link', { name: 'Golden West Humanitarian Foundation' }).click();
    await expect(page).toHaveURL(/\?view=partner&partner=golden-west-humanitarian-foundation$/);
    await page.reload();
    await expect(page.getByRole('table', { name: /names Golden West Humanitarian Foundation/ }).getByRole('rowheader')).toHaveText(['Solomon Islands']);
    await page.goto('/?view=partner&partner=acme');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored partner “acme”' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Implementing partners' })).toBeVisible();
  });
});
