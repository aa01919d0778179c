import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SUB_PATH_PORT } from '../../playwright.config';
import { expect, openSection, showFundingChart, showPanelsBelow, test } from './fixtures';
import { serveFolder } from './staticServer';

// These tests let the build's service worker in (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Every request that fails or is answered with an error, from the page or its service worker. */
function watchFailures(context: BrowserContext): string[] {
  const failures: string[] = [];
  context.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return failures;
}

/**
 * First visit: waits until the worker has cached the whole app and the page says so. Pressing OK is the
 * reader's first move: the panels below the first view load then, and the test waits for them.
 */
async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
  await expect(page.getByRole('status').filter({ hasText: 'The dashboard is saved in this browser: it now opens and works with no network.' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'OK' }).click();
  // A press of the notice's button is not a turn to the page: the panels below load on the reader's next move.
  await expect(page.getByRole('heading', { level: 2, name: 'Comparison' })).toHaveCount(0);
  await showPanelsBelow(page);
}

async function downloadCsvOfRanking(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export the ranking chart' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download CSV' }).click();
  const download = await downloadPromise;
  return readFileSync(await download.path(), 'utf8');
}

test.describe('offline', () => {
  test('after one visit, the dashboard opens, switches country, ranks, maps and exports with the network off', async ({ page, context }) => {
    await firstVisit(page, '/');
    await context.setOffline(true);
    const failures = watchFailures(context);

    // A link with settings, loaded with no network: answered by the worker's copy of the page.
    await page.goto('/?country=afghanistan&years=2016,2017');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Afghanistan');
    await expect(page.getByRole('table', { name: /Funding to Afghanistan/ })).toBeVisible();

    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.fill('Angola');
    await page.getByRole('listbox', { name: 'Countries' }).getByRole('option', { name: /^Angola/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Angola');
    // The funding chart is drawn at once; the panels below and the comparison's chart code come from the cache too.
    await showFundingChart(page);
    await showPanelsBelow(page);
    const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
    await comparison.getByRole('figure', { name: 'The cumulative comparison' }).scrollIntoViewIfNeeded();
    await expect(comparison.locator('.recharts-bar-rectangle').first()).toBeVisible();

    await page.getByRole('link', { name: 'All countries: rankings and map' }).click();
    await expect(page.getByRole('table', { name: /Every country ranked by/ })).toBeVisible();
    await expect(page.getByRole('group', { name: /^Map: / })).toBeVisible();
    const csv = await downloadCsvOfRanking(page);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Rank,Country,/);

    // The brief's PDF writer is a chunk fetched only on demand: cached as well.
    await page.goto('/?country=mali');
    await page.getByRole('button', { name: /one-slide brief of Mali/ }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /PDF/ }).click();
    expect((await downloadPromise).suggestedFilename()).toBe('mali-brief.pdf');

    expect(failures).toEqual([]);
  });

  test('an import works with the network off and reopens from this browser’s storage', async ({ page, context }) => {
    await firstVisit(page, '/');
    await context.setOffline(true);
    const failures = watchFailures(context);
    await page.reload();
    // The file input is in the Datasets section, one step away: its code comes from the cache.
    await openSection(page, 'Datasets');
    await page.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)').setInputFiles(new URL('../fixtures/files/two-countries.csv', import.meta.url).pathname);
    await page.getByLabel('Name the report edition or office they come from').fill('Freedonia desk');
    await page.getByRole('button', { name: 'Import as “Freedonia desk”' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freedonia: Freedonia desk (imported)');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freedonia: Freedonia desk (imported)');
    await expect(page.getByRole('table', { name: /Funding to Freedonia/ })).toContainText('$5,200K');
    expect(failures).toEqual([]);
  });

  test('an embedded chart registers no worker and shows no notice over the chart', async ({ page }) => {
    await page.goto('/?country=mali&embed=funding');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope ?? null))).toBeNull();
    await expect(page.getByText('The dashboard is saved in this browser')).toHaveCount(0);
  });

  test('the worker caches nothing from another origin and its manifest makes the app installable', async ({ page, request }) => {
    const sw = await (await request.get('/sw.js')).text();
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls).toContain('index.html');
    expect(urls.some((u) => /^assets\/index-.*\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(urls.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);

    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(href ?? '')).json()) as { name: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
  });

  test('offline, a file of the build opened by its own address is that file, not the page (the worker answers every navigation)', async ({ page, context }) => {
    // Chromium asks for /favicon.ico for a document with no icon of its own, as JSON is; the app's icon is inline.
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await firstVisit(page, '/');
    await context.setOffline(true);
    await page.goto('/dataset.schema.json');
    expect(JSON.parse((await page.locator('body').textContent()) ?? '')).toMatchObject({ title: 'CWD dashboard dataset' });
    await page.goto('/manifest.webmanifest');
    expect(JSON.parse((await page.locator('body').textContent()) ?? '')).toMatchObject({ short_name: 'CWD dashboard' });
  });
});

test.describe('under a sub-path', () => {
  const origin = `http://localhost:${SUB_PATH_PORT}`;
  const root = `${origin}/cwd/`;
  test.use({ baseURL: origin });

  test('the build served at /cwd/ works: first view, a link with settings, the overview, the schema, and the worker offline', async ({ page, context, request }) => {
    const failures = watchFailures(context);
    await firstVisit(page, root);
    // The page built ahead of time, its fonts and its worker all come from under /cwd/.
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(root);
    const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2')));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.startsWith(root)).toBe(true);

    await page.getByRole('link', { name: 'All countries: rankings and map' }).click();
    await expect(page).toHaveURL(`${root}?view=overview`);
    await expect(page.getByRole('table', { name: /Every country ranked by/ })).toBeVisible();
    // Its chart code loads with it (nothing preloads it on the country page): drawn before going back, so no request is cut off.
    await expect(page.getByRole('figure', { name: 'The ranking chart' }).locator('svg.recharts-surface')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(`${root}?country=mali`);

    await page.goto(`${root}?country=laos`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Laos');
    // The panels below the first view load as they come near the screen; the Datasets section is one step away, under "More about Laos".
    await expect(async () => {
      await page.evaluate(() => {
        window.scrollTo(0, document.body.scrollHeight);
      });
      await expect(page.getByRole('heading', { level: 2, name: 'More about Laos' })).toBeVisible({ timeout: 500 });
    }).toPass();
    await openSection(page, 'Datasets');
    const datasets = page.getByRole('region', { name: 'Datasets' });
    await expect(datasets).toBeVisible();
    const schema = await datasets.getByRole('link', { name: 'JSON Schema' }).getAttribute('href');
    expect(schema).toBe('/cwd/dataset.schema.json');
    expect((await request.get(`${origin}${schema ?? ''}`)).ok()).toBe(true);
    expect(failures).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Laos');
    expect(failures).toEqual([]);
  });
});

test.describe('a new build', () => {
  const port = 4175;
  test.use({ baseURL: `http://localhost:${port}` });

  /** A copy of the build, served as a static host would, to deploy a "new build" over; `deploy` puts the next one in place. */
  async function hosted(): Promise<{ deploy: () => void; close: () => void }> {
    const root = mkdtempSync(join(tmpdir(), 'cwd-deploy-'));
    cpSync('dist', root, { recursive: true });
    const server = await serveFolder(root, port);
    return {
      // The next deployment: a changed page, and so a worker whose precache list differs.
      deploy: () => {
        const html = readFileSync(join(root, 'index.html'), 'utf8').replace('<meta name="theme-color"', '<meta name="deployment" content="second">\n    <meta name="theme-color"');
        writeFileSync(join(root, 'index.html'), html);
        const sw = readFileSync(join(root, 'sw.js'), 'utf8');
        const changed = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1second-deployment"');
        expect(changed).not.toBe(sw);
        writeFileSync(join(root, 'sw.js'), changed);
      },
      close: () => {
        server.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  }

  test('is picked up on the next visit: the page says an update is ready and reloads into it when asked', async ({ page }) => {
    const host = await hosted();
    try {
      await firstVisit(page, '/');
      host.deploy();

      // The next visit is still served by the worker it has (the old build) and finds the new one.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
      await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
      const notice = page.getByRole('status').filter({ hasText: 'A new version of the dashboard is ready.' });
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Reload to update' }).click();
      await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', 'second', { timeout: 20_000 });
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
      await expect(notice).toHaveCount(0);
    } finally {
      host.close();
    }
  });

  test('reaches every open tab, but does not reload one holding an import that waits for an answer: that tab says what reloading would lose', async ({ page, context }) => {
    const host = await hosted();
    try {
      await firstVisit(page, '/');
      const other = await context.newPage();
      // A link that opens the Datasets section, where the file input is.
      await other.goto('/?country=niger&open=datasets');
      await expect(other.getByRole('heading', { level: 1 })).toContainText('Niger');
      // A CSV without a Source column: the import waits for the officer to say what its figures are.
      await other.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)').setInputFiles(new URL('../fixtures/files/two-countries.csv', import.meta.url).pathname);
      const question = other.getByLabel('Name the report edition or office they come from');
      await expect(question).toBeVisible();
      await question.fill('Freedonia desk');

      host.deploy();
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: 'A new version of the dashboard is ready.' })).toBeVisible({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Reload to update' }).click();
      // The tab where it was pressed holds nothing to lose: it reloads into the new build.
      await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', 'second', { timeout: 20_000 });

      // The other tab keeps its question and its answer, and says why it was not reloaded.
      const notice = other.getByRole('status').filter({ hasText: 'A new version of the dashboard is now in use in this browser.' });
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await expect(notice.getByRole('listitem')).toHaveText(['the import of two-countries.csv, waiting for you to check how it was read']);
      await expect(other.locator('meta[name="deployment"]')).toHaveCount(0);
      await expect(question).toHaveValue('Freedonia desk');

      // When the officer is ready: the new build, the same view.
      await notice.getByRole('button', { name: 'Reload now' }).click();
      await expect(other.locator('meta[name="deployment"]')).toHaveAttribute('content', 'second', { timeout: 20_000 });
      await expect(other.getByRole('heading', { level: 1 })).toContainText('Niger');
    } finally {
      host.close();
    }
  });
});
