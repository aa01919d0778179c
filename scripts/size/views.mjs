// The JavaScript each view of the built app fetches, measured in Chromium as the page asks for it
// (its own requests and its workers'; the service worker is blocked, so its one-off background
// precache of the whole build is not counted here). Each script is counted once, at the first step
// that fetches it, at its gzip -9 size in dist/ (what a host that gzips sends).
// measureFirstSeconds: the scripts a plain load asks for in its first seconds, with no interaction.
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
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
/** `promise`, or undefined once `ms` have passed (the timer does not outlive it). */
async function within(promise, ms) {
  let timer;
  try {
    return await Promise.race([promise, new Promise((r) => (timer = setTimeout(r, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** The built script a request asks for ("assets/….js"), or null for anything else. */
function scriptOf(request) {
  const path = new URL(request.url()).pathname;
  return path.endsWith('.js') && path.startsWith('/assets/') ? path.slice(1) : null;
}

/**
 * The JavaScript `url` + `path` (a served build of `distDir`) fetches in its first `seconds` after
 * navigation starts, with no interaction at all (no scroll, no mouse, no keys): a fresh context with
 * the service worker blocked, 1280×900. Every script request counts (the page's, its modulepreloads,
 * its workers' and what they import), each file once, at its gzip -9 size in dist/.
 *
 * The window is wall time, by the browser's own clock: a script counts if its request started within
 * `seconds` of navigation start (the page's performance.timeOrigin). Node hears of a request
 * a little after the browser starts it (more so on a busy machine), so the events of the last moments
 * are waited for, then each script request's start is read from the browser's timing of it; requests
 * the page makes after the window are heard of but not counted. Returns { gzipKB, files: [{ file,
 * gzipKB, startedAfterMs }] }, the files in the order their requests started.
 */
export async function measureFirstSeconds(distDir, url, path, seconds = 5) {
  const gzipKB = (file) => kb(gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);
  const windowMs = seconds * 1000;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const failures = [];
  const requests = []; // { request, file, heardAt }: every script request, as Node hears of it
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => {
      const file = scriptOf(request);
      if (file) requests.push({ request, file, heardAt: Date.now() });
    });
    context.on('requestfailed', (request) => failures.push(`${request.url()} (${request.failure()?.errorText})`));
    const page = await context.newPage();
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    const sentAt = Date.now();
    // 'commit': back as soon as the document's response arrives, so that the wait below is measured
    // from the navigation's start and nothing the page does (however slow) holds it up.
    const response = await page.goto(`${url}${path}`, { waitUntil: 'commit', timeout: 30_000 });
    if (!response?.ok()) throw new Error(`${url}${path} answered ${response?.status()}`);
    // Navigation start, by the browser's clock (the one every request below is timed by): the page's
    // time origin, a few ms before its document's request starts.
    const timeOrigin = await page.evaluate(() => performance.timeOrigin).catch(() => 0);
    const navigationStart = timeOrigin > 0 ? timeOrigin : response.request().timing().startTime || sentAt;
    const deadline = navigationStart + windowMs;
    await sleep(deadline - Date.now());
    // The requests started just before the deadline: their events may still be on their way to Node.
    // Wait until none has come for a while (a quiet half second, at most 5 s); the page goes on
    // meanwhile, and what it starts now is left out below by its start time.
    for (let heard = -1, waited = 0; heard !== requests.length && waited < 5000; waited += 500) {
      heard = requests.length;
      await sleep(500);
    }
    // Each request's start by the browser's clock, which arrives with its response: one still loading
    // is waited for (at most 10 s); one without a response (failed) is taken as started when Node heard of it.
    const failed = [...failures];
    const files = new Map();
    for (const { request, file, heardAt } of requests) {
      if (!(request.timing().startTime > 0)) await within(request.response().catch(() => null), 10_000);
      const startedAt = request.timing().startTime > 0 ? request.timing().startTime : heardAt;
      const earlier = files.get(file);
      if (startedAt <= deadline && !(earlier && earlier.startedAt <= startedAt)) files.set(file, { file, startedAt });
    }
    await context.close();
    if (failed.length > 0) throw new Error(`requests failed while measuring ${path}: ${failed.join(', ')}`);
    const list = [...files.values()]
      .sort((a, b) => a.startedAt - b.startedAt)
      .map(({ file, startedAt }) => ({ file, gzipKB: gzipKB(file), startedAfterMs: Math.round(startedAt - navigationStart) }));
    return { gzipKB: kb(list.reduce((s, f) => s + f.gzipKB * 1024, 0)), files: list };
  } finally {
    await browser.close();
  }
}

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
    // 2. Still no scroll: what the page fetches when the browser is idle (nothing, since issue 26: the rest loads when wanted).
    await settle(fetched, 1500);
    take('idle', 'plain link: fetched when idle, before any scroll');
    // 3. The country page's panels below the fold, as the officer scrolls down, and the sections one step
    //    away, each opened.
    for (let i = 0; i < 40; i += 1) {
      await page.mouse.wheel(0, 800);
      await new Promise((r) => setTimeout(r, 120));
      if (await page.getByRole('heading', { name: /^More about / }).isVisible()) break;
    }
    const more = page.getByRole('region', { name: /^More about / });
    for (const title of ['Across editions', 'Regional context', 'Sources and notes', 'Datasets']) {
      const toggle = more.getByRole('button', { name: title, exact: true });
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    }
    await page.getByRole('heading', { name: 'Glossary' }).waitFor({ timeout: 30_000 });
    // Every chart brought to the screen, as a reader scrolling through would (a fast wheel can pass one by).
    for (const frame of await page.locator('.chart-frame').all()) await frame.scrollIntoViewIfNeeded();
    await settle(fetched);
    take('below', 'country page: panels below the fold, every section opened');
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
