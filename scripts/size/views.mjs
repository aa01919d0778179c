// The JavaScript each view of the built app fetches, measured in Chromium as the page asks for it
// (its own requests and its workers'; the service worker is blocked, so its one-off background
// precache of the whole build is not counted here). Each script is counted once, at the first step
// that fetches it, at its gzip -9 size in dist/ (what a host that gzips sends).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { utils, write } from '@e965/xlsx';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

/** A one-sheet workbook of Mali's DoD line, as an office writes it. */
function smallWorkbook() {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Country', 'Agency line', 'FY2017 (USD thousands)', 'Cumulative (USD thousands)'], ['Mali', 'DoD', 182, 352]]), 'Funding');
  return Buffer.from(write(book, { type: 'array', bookType: 'xlsx' }));
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Waits until no script request has started for `quietMs`. */
async function settle(scripts, quietMs = 600, maxMs = 15_000) {
  const started = Date.now();
  let seen = -1;
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    if (scripts.size !== seen) {
      seen = scripts.size;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Runs the steps below against `url` (a served build of `distDir`) and returns, for each, the
 * scripts it fetched that no earlier step had, with their gzip size.
 */
export async function measureViews(distDir, url) {
  const gzipKB = (file) => kb(gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const fetched = new Set(); // in the order first requested
  const failures = [];
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.endsWith('.js') || !path.startsWith('/assets/')) return;
    const file = path.slice(1);
    fetched.add(file);
  });
  context.on('requestfailed', (request) => failures.push(request.url()));
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));

  const rows = [];
  const counted = new Set();
  /** A row of the scripts fetched that no earlier row counts (and that `keep` accepts). */
  const take = (key, what, keep = () => true) => {
    const files = [...fetched].filter((f) => !counted.has(f) && keep(f)).map((file) => ({ file, gzipKB: gzipKB(file) }));
    for (const { file } of files) counted.add(file);
    rows.push({ key, what, files, gzipKB: kb(files.reduce((s, f) => s + f.gzipKB * 1024, 0)) });
  };
  const download = async (menuButton, item) => {
    await page.getByRole('button', { name: menuButton }).first().click();
    const done = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('menuitem', { name: item }).click();
    await done;
  };

  try {
    // 1. The plain link, until the first view is usable (the app has taken over the page built ahead of time).
    await page.goto(`${url}/`);
    await page.waitForFunction(() => performance.getEntriesByName('cwd:first-view-usable').length > 0, null, { timeout: 30_000 });
    const usableAt = await page.evaluate(() => performance.getEntriesByName('cwd:first-view-usable')[0].startTime);
    const before = await page.evaluate(
      (t) => performance.getEntriesByType('resource').filter((e) => e.startTime <= t && e.name.endsWith('.js')).map((e) => new URL(e.name).pathname.slice(1)),
      usableAt,
    );
    take('firstLoad', 'plain link: first view usable', (f) => before.includes(f));
    // 2. Still no scroll: what the page fetches when the browser is idle (the chart code, so that printing draws charts).
    await settle(fetched, 1500);
    take('idle', 'plain link: fetched when idle, before any scroll');
    // 3. The country page's panels below the fold, as the officer scrolls down.
    for (let i = 0; i < 40; i += 1) {
      await page.mouse.wheel(0, 800);
      await new Promise((r) => setTimeout(r, 120));
      if (await page.getByRole('heading', { name: 'Glossary' }).isVisible()) break;
    }
    await settle(fetched);
    take('below', 'country page: panels below the fold');
    // 4. A chart's export (PNG).
    await page.evaluate(() => window.scrollTo(0, 0));
    await download('Export the funding chart', 'Download PNG');
    await settle(fetched);
    take('export', 'export a chart (PNG)');
    // 5. The slide writer.
    await download('Export the funding chart', 'Download slide (.pptx)');
    await settle(fetched);
    take('slide', 'export a slide (.pptx)');
    // 6. The brief as PDF (the PDF writer).
    await download(/one-slide brief of/, /PDF/);
    await settle(fetched);
    take('pdf', 'country brief (PDF)');
    // 7. An import (reading, checking in a worker, storing).
    await page.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)').setInputFiles(new URL('../../tests/fixtures/files/two-countries.csv', import.meta.url).pathname);
    await page.getByLabel('Name the report edition or office they come from').waitFor({ timeout: 30_000 });
    await settle(fetched);
    take('import', 'import a dataset (CSV)');
    // 7b. A workbook: the Excel reader (SheetJS), which the import worker loads only for one.
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)').setInputFiles({ name: 'office.xlsx', mimeType: 'application/octet-stream', buffer: smallWorkbook() });
    await page.getByRole('form', { name: 'Check how office.xlsx was read' }).waitFor({ timeout: 30_000 });
    await settle(fetched);
    take('workbook', 'import an Excel workbook');
    await page.getByRole('button', { name: 'Cancel import' }).click();
    // 8. The overview: ranking and totals by region, then its map.
    await page.goto(`${url}/?view=overview`);
    await page.getByRole('table', { name: /Every country ranked by/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('group', { name: /^Map: / }).waitFor({ timeout: 30_000 });
    await settle(fetched);
    // The map's outlines and projection are a chunk of their own, fetched with the overview.
    const isMap = (f) => /^assets\/WorldMap-/.test(f);
    take('overview', 'overview: ranking and totals by region', (f) => !isMap(f));
    take('map', 'overview: the map', isMap);
  } finally {
    await browser.close();
  }
  if (failures.length > 0) throw new Error(`requests failed while measuring: ${failures.join(', ')}`);
  return rows;
}
