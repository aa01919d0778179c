import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import { SUB_PATH_PORT } from '../../playwright.config';
import { expect, expectNoAxeViolations, openSection, showFundingChart, test } from './fixtures';

/** The funding chart's CSV as the page downloads it (Export the funding chart, Download CSV). */
async function downloadedFundingCsv(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export the funding chart' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('angola-funding-by-agency-fy2015-fy2017.csv');
  return readFile(await download.path(), 'utf8');
}

/** A file of the built site, by its address: answered, as CSV or JSON, and its text. */
async function fetched(request: APIRequestContext, url: string): Promise<{ type: string; text: string }> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return { type: response.headers()['content-type'] ?? '', text: await response.text() };
}

/** Cells of a CSV the page writes (BOM, CRLF, a cell with a comma quoted), read by Papa Parse. */
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;

async function angolaMatchesItsPage(page: Page, request: APIRequestContext, root: string): Promise<void> {
  await page.goto(`${root}?country=angola`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Angola');
  await showFundingChart(page);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  const downloaded = await downloadedFundingCsv(page);
  const { type, text } = await fetched(request, `${root}data/tweis-2018/countries/angola.csv`);
  expect(type).toMatch(/^text\/csv/);
  expect(cells(text)).toEqual(cells(downloaded));
  // Byte for byte, BOM and line ends included.
  expect(text).toBe(downloaded);
  // Each row names its source: the edition and Angola's page in it.
  expect(cells(text)[1]).toEqual([
    'Angola',
    'DOS NADR-CWD',
    'DOS NADR - CWD',
    '5600',
    '4700',
    '4000',
    '106504',
    'U.S. Department of State, Bureau of Political-Military Affairs, Office of Weapons Removal and Abatement (PM/WRA), To Walk the Earth in Safety, 2018 edition, Angola page (https://www.state.gov/t/pm/rls/rpt/walkearth/2018/287808.htm)',
  ]);
}

test.describe('the funding tables as files', () => {
  test("Angola's CSV at its address is the CSV the page downloads for Angola, cell for cell", async ({ page, request, baseURL }) => {
    await angolaMatchesItsPage(page, request, `${baseURL ?? ''}/`);
  });

  test('index.json lists every file; each is there, as CSV or JSON, and names its source', async ({ request, baseURL }) => {
    const indexUrl = `${baseURL ?? ''}/data/index.json`;
    const index = await fetched(request, indexUrl);
    expect(index.type).toMatch(/^application\/json/);
    const { files } = JSON.parse(index.text) as { files: { path: string; mediaType: string; edition: number | null; country: string | null }[] };
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const { type, text } = await fetched(request, new URL(file.path, indexUrl).href);
      expect(type.split(';')[0], file.path).toBe(file.mediaType);
      if (file.mediaType === 'application/json') {
        const json = JSON.parse(text) as { source?: { report: string; publisher: string } };
        if (file.country) {
          expect(json.source?.report, file.path).toBe('To Walk the Earth in Safety');
          expect(json.source?.publisher, file.path).toContain('Department of State');
        }
      } else {
        expect(text.startsWith('\uFEFFCountry,'), file.path).toBe(true);
      }
    }
  });

  test("the Sources panel lists Angola's files, and they open", async ({ page, request, baseURL }) => {
    await page.goto('/?country=angola');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Angola');
    await openSection(page, 'Sources and notes');
    const sources = page.getByRole('region', { name: 'Sources and notes' });
    const csv = sources.getByRole('link', { name: 'Angola, 2018 edition (CSV)' });
    await expect(csv).toHaveAttribute('href', '/data/tweis-2018/countries/angola.csv');
    await expect(sources.getByRole('link', { name: 'Angola, 2018 edition (JSON)' })).toHaveAttribute('href', '/data/tweis-2018/countries/angola.json');
    await expect(sources.getByRole('link', { name: 'Angola, 2017 edition (CSV)' })).toHaveAttribute('href', '/data/tweis-2017/countries/angola.csv');
    await expect(sources.getByRole('link', { name: 'Angola, FY2013–FY2017 across editions (JSON)' })).toHaveAttribute('href', '/data/series/countries/angola.json');
    await expect(sources.getByRole('link', { name: 'Every country, 2018 edition (CSV)' })).toHaveAttribute('href', '/data/tweis-2018/funding.csv');
    await expect(sources.getByRole('link', { name: 'What each column holds' })).toHaveAttribute('href', '/data/schema.json');
    for (const link of await sources.locator('a[href^="/data/"]').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      expect((await request.get(`${baseURL ?? ''}${href}`)).status(), href).toBe(200);
    }
    // A CSV link downloads the file.
    const downloadPromise = page.waitForEvent('download');
    await csv.click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('angola.csv');
    expect(await readFile(await download.path(), 'utf8')).toBe((await fetched(request, `${baseURL ?? ''}/data/tweis-2018/countries/angola.csv`)).text);
    await expectNoAxeViolations(page);
  });
});

test.describe('the funding tables as files, under a sub-path', () => {
  const origin = `http://localhost:${SUB_PATH_PORT}`;
  test.use({ baseURL: origin });

  test("the build served at /cwd/ publishes them under /cwd/data/, Angola's equal to its page's CSV, and links to them there", async ({ page, request }) => {
    await angolaMatchesItsPage(page, request, `${origin}/cwd/`);
    await openSection(page, 'Sources and notes');
    const sources = page.getByRole('region', { name: 'Sources and notes' });
    await expect(sources.getByRole('link', { name: 'Angola, 2018 edition (JSON)' })).toHaveAttribute('href', '/cwd/data/tweis-2018/countries/angola.json');
    const index = JSON.parse((await fetched(request, `${origin}/cwd/data/index.json`)).text) as { files: { path: string }[] };
    expect(index.files.map((f) => f.path)).toContain('tweis-2018/countries/angola.csv');
  });
});

test.describe('the funding tables as files, offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a data file opened by its address with the network off is that file, not the page', async ({ page, context }) => {
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'The dashboard is saved in this browser: it now opens and works with no network.' })).toBeVisible({ timeout: 20_000 });
    await context.setOffline(true);
    await page.goto('/data/tweis-2018/countries/angola.json');
    expect(JSON.parse((await page.locator('body').textContent()) ?? '')).toMatchObject({ name: 'Angola', source: { edition: 2018 } });
    const csv = await page.evaluate(() => fetch('/data/series/countries/angola.csv').then((r) => r.text()));
    expect(csv.split('\r\n')[0]).toContain('FY2013 (USD thousands)');
  });
});
