// The hostile-input case of a file with 12,000 regions: the bundled dataset as the page writes it
// (schema version 2, downloaded from the page), cut to its latest edition, with 6,000 copies of Mali's
// table (each in a region of its own, without results or activity, to stay under the 10 MB import cap)
// and 12,000 regions naming two countries each. Built in memory, written only to a temporary file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { log, round } from './util.mjs';

export const MANY_REGIONS = 12_000;
export const MANY_REGIONS_COUNTRIES = 6_000;

function manyRegionsFile(v2) {
  const latest = v2.editions.at(-1);
  const mali = v2.countries.find((c) => c.id === 'mali');
  const maliTable = latest.tables.find((t) => t.countryId === 'mali');
  const region0 = v2.regions.find((r) => r.name === mali.region);
  const countries = [mali];
  const tables = [maliTable];
  const regions = [region0];
  for (let i = 1; i <= MANY_REGIONS; i += 1) {
    const name = `Region ${i}`;
    regions.push({ ...region0, id: `region-${i}`, name, countryShares: [{ name: `Freedonia ${i}`, percent: 50 }, { name: `Elbonia ${i}`, percent: 10 }] });
    if (i > MANY_REGIONS_COUNTRIES) continue;
    const id = `freedonia-${i}`;
    countries.push({ ...mali, id, name: `Freedonia ${i}`, region: name, results: [], activities: [], footnotes: [] });
    tables.push({ ...maliTable, countryId: id });
  }
  return { ...v2, editions: [{ ...latest, tables }], countries, regions, programs: [], groups: [] };
}

/** Records every main-thread task over 50 ms (Long Tasks API) from the page's start; `resetLongTasks` clears the list. */
const recordLongTasks = () => {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};
const resetLongTasks = (page) => page.evaluate(() => {
  window.__benchLongTasks = [];
});
const longest = (page) => page.evaluate(() => Math.max(0, ...window.__benchLongTasks));

/**
 * Imports the 12,000-region file and reports: file chosen → the imported heading, the longest main-thread
 * task meanwhile (and for 3 s after, while the page settles), then the same after a reload, when the
 * stored import is read and checked again.
 */
export async function benchManyRegions(browser, baseUrl) {
  // The service worker is blocked: requests it answers would bypass the route that serves the synthetic data.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, serviceWorkers: 'block' });
  const dir = mkdtempSync(join(os.tmpdir(), 'cwd-bench-'));
  try {
    await context.addInitScript(recordLongTasks);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?country=mali`);
    const button = page.getByRole('button', { name: 'Download dataset (JSON)' });
    // The panels below the fold mount as they come near: scroll until the button is there.
    for (let i = 0; i < 60 && (await button.count()) === 0; i += 1) {
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(250);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = join(dir, 'regions.json');
    writeFileSync(file, JSON.stringify(manyRegionsFile(JSON.parse(readFileSync(await download.path(), 'utf8')))));
    log(`  importing ${MANY_REGIONS} regions, ${MANY_REGIONS_COUNTRIES + 1} countries…`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await resetLongTasks(page);
    const started = Date.now();
    await page.getByLabel(/Import a dataset file/).setInputFiles(file);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('(imported)'), null, { timeout: 120_000 });
    const importMs = Date.now() - started;
    await page.waitForTimeout(3000);
    const importLongestMs = await longest(page);
    const reloadStarted = Date.now();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('(imported)'), null, { timeout: 120_000 });
    const reloadMs = Date.now() - reloadStarted;
    await page.waitForTimeout(3000);
    const reloadLongestMs = await longest(page);
    return { regions: MANY_REGIONS, countries: MANY_REGIONS_COUNTRIES + 1, importMs, importLongestMs: round(importLongestMs, 0), reloadMs, reloadLongestMs: round(reloadLongestMs, 0) };
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
