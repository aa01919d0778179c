// Interaction timings in Chromium via Playwright: filter change → next
// paint, country switch → next paint, export click → file.
import { benchManyRegions } from './manyRegions.mjs';
import { chromium } from '@playwright/test';
import { log, median, percentile, round, sleep, withTimeout } from './util.mjs';

/**
 * Installed in every page before the app runs. Two measurements of the same
 * trusted input:
 *  - Event Timing API entries (duration = input timestamp → next paint,
 *    8 ms granularity; only reported when ≥ 16 ms, the API's minimum threshold);
 *  - a fallback for quicker interactions: the event's timeStamp → first
 *    animation frame after it → a task queued from that frame (the frame has
 *    then been produced). Listeners are on window, capture phase, so they run
 *    before React's own handlers.
 */
function installProbes() {
  const bench = { eventTiming: [], fallback: [], eventTimingSupported: false };
  window.__bench = bench;
  try {
    if (PerformanceObserver.supportedEntryTypes.includes('event')) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          bench.eventTiming.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0 });
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      bench.eventTimingSupported = true;
    }
  } catch {
    bench.eventTimingSupported = false;
  }
  const track = (type, accept) => {
    window.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted || !accept(event)) return;
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          setTimeout(() => {
            bench.fallback.push({ name: type, startTime: start, duration: performance.now() - start });
          }, 0);
        });
      },
      { capture: true },
    );
  };
  track('click', () => true);
  track('keydown', (event) => ['Enter', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'].includes(event.key));
}

/**
 * Runs `act` (one trusted input) and returns its input → next paint time:
 * the Event Timing duration of the interaction (largest entry sharing the
 * interactionId of the `eventName` entry) when reported, else the fallback.
 */
async function timeInteraction(page, eventName, act) {
  const mark = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(
    ([name, since]) => window.__bench.fallback.some((e) => e.name === name && e.startTime >= since),
    [eventName, mark],
    { timeout: 10_000 },
  );
  // Event Timing entries arrive shortly after the paint; none comes for interactions under 16 ms.
  await page
    .waitForFunction(([name, since]) => window.__bench.eventTiming.some((e) => e.name === name && e.startTime >= since), [eventName, mark], {
      timeout: 300,
    })
    .catch(() => {});
  return page.evaluate(
    ([name, since]) => {
      const fb = window.__bench.fallback.find((e) => e.name === name && e.startTime >= since);
      const et = window.__bench.eventTiming.find((e) => e.name === name && e.startTime >= since);
      let eventTiming = null;
      if (et) {
        const same = et.interactionId ? window.__bench.eventTiming.filter((e) => e.interactionId === et.interactionId) : [et];
        eventTiming = Math.max(...same.map((e) => e.duration));
      }
      return { fallback: fb.duration, eventTiming };
    },
    [eventName, mark],
  );
}

/** Summary of repeated interaction timings. */
function summarize(samples) {
  const values = samples.map((s) => s.eventTiming ?? s.fallback);
  const et = samples.filter((s) => s.eventTiming !== null).map((s) => s.eventTiming);
  return {
    n: samples.length,
    medianMs: round(median(values), 1),
    p95Ms: round(percentile(values, 95), 1),
    eventTimingEntries: et.length,
    fallbackMedianMs: round(median(samples.map((s) => s.fallback)), 1),
    fallbackP95Ms: round(percentile(samples.map((s) => s.fallback), 95), 1),
    samples: samples.map((s) => ({ eventTimingMs: s.eventTiming, fallbackMs: round(s.fallback, 1) })),
  };
}

/** Opens /?country=mali, scrolls to the funding chart and waits for its bars; returns ms since navigation start. */
async function openDashboard(page, baseUrl) {
  await page.goto(`${baseUrl}/?country=mali`, { waitUntil: 'domcontentloaded' });
  const handle = await page.waitForFunction(
    () => {
      const alert = document.querySelector('[role="alert"]');
      if (alert) return { error: alert.textContent.slice(0, 2000) };
      const h1 = document.querySelector('h1');
      // Charts draw when they come near the screen: bring the funding chart into view.
      document.querySelector('.funding .chart-frame')?.scrollIntoView({ block: 'center' });
      const bar = document.querySelector('.recharts-bar-rectangle');
      if (h1 && h1.textContent.startsWith('Mali') && bar && bar.getBoundingClientRect().width > 0) return { readyMs: performance.now() };
      return false;
    },
    null,
    { polling: 'raf', timeout: 90_000 },
  );
  const state = await handle.jsonValue();
  if (state.error) throw new Error(`the page shows an error instead of the dashboard: ${state.error}`);
  return state.readyMs;
}

/** Filter change: toggle the FY2015 checkbox, `reps` times after `warmup` untimed toggles. */
async function timeFilterToggle(page, { reps, warmup, gapMs }) {
  const box = page.getByRole('checkbox', { name: 'FY2015' });
  const samples = [];
  for (let i = 0; i < warmup + reps; i += 1) {
    const before = await box.isChecked();
    const sample = await timeInteraction(page, 'click', () => box.click());
    if ((await box.isChecked()) === before) throw new Error('clicking FY2015 did not toggle the checkbox');
    if (i >= warmup) samples.push(sample);
    await sleep(gapMs);
  }
  return summarize(samples);
}

/** Country switch: type a name in the Country combobox, then time the Enter that chooses it. */
async function timeCountrySwitch(page, { reps, warmup, gapMs, names = ['Niger', 'Mali'] }) {
  const combo = page.getByRole('combobox', { name: 'Country' });
  const samples = [];
  for (let i = 0; i < warmup + reps; i += 1) {
    const target = names[i % names.length];
    await combo.click();
    await combo.fill(target);
    // Wait until the list's active option is the wanted country before pressing Enter.
    await page.waitForFunction(
      (name) => {
        const input = document.querySelector('input[role="combobox"]');
        const id = input?.getAttribute('aria-activedescendant');
        const option = id ? document.getElementById(id) : null;
        return option && (option.firstChild?.textContent ?? option.textContent) === name;
      },
      target,
      { timeout: 30_000 },
    );
    const sample = await timeInteraction(page, 'keydown', () => combo.press('Enter'));
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent.startsWith(`${name}:`), target, { timeout: 30_000 });
    if (i >= warmup) samples.push(sample);
    await sleep(gapMs);
  }
  return summarize(samples);
}

/**
 * The overview: open ?view=overview&measure=fy2017, wait for the ranking table and the map, read the
 * app's performance.measure('map:first-draw') (map chunk loaded → first paint), then time a change of
 * measure from the keyboard (ArrowLeft / ArrowRight on the ranking's fiscal-year slider: FY2017 ↔ FY2016)
 * to the next paint.
 */
async function timeOverview(page, baseUrl, { reps, warmup, gapMs }) {
  await page.goto(`${baseUrl}/?view=overview&measure=fy2017`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('table', { name: /Every country ranked by/ }).waitFor({ timeout: 120_000 });
  await page.locator('.world-map__svg').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('map:first-draw').length > 0, null, { timeout: 30_000 });
  const mapFirstDrawMs = await page.evaluate(() => performance.getEntriesByName('map:first-draw')[0].duration);
  const slider = page.getByRole('group', { name: 'What to rank by' }).getByRole('slider', { name: 'Fiscal year' });
  await slider.focus();
  const samples = [];
  for (let i = 0; i < warmup + reps; i += 1) {
    const before = await slider.getAttribute('aria-valuetext');
    const sample = await timeInteraction(page, 'keydown', () => page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight'));
    if ((await slider.getAttribute('aria-valuetext')) === before) throw new Error('the arrow key did not change the fiscal year');
    if (i >= warmup) samples.push(sample);
    await sleep(gapMs);
  }
  return { mapFirstDrawMs: round(mapFirstDrawMs, 1), measureChange: summarize(samples) };
}

const EXPORTS = [
  { format: 'png', label: 'Download PNG' },
  { format: 'svg', label: 'Download SVG' },
  { format: 'csv', label: 'Download CSV' },
];

/**
 * Export: open the menu, click the item, time until Playwright's download
 * event (clock in this process, from just before the mouse click), and read
 * the app's own performance.measure('export:<format>'). The first export of
 * each format is reported separately as "cold" (it may load the export chunk).
 */
async function timeExports(page, { reps }) {
  const button = page.getByRole('button', { name: 'Export the funding chart' });
  const out = {};
  for (const { format, label } of EXPORTS) {
    const runs = [];
    for (let i = 0; i < reps + 1; i += 1) {
      await page.waitForFunction(() => !document.querySelector('.export__button[aria-busy="true"]'), null, { timeout: 60_000 });
      await button.click();
      const item = page.getByRole('menuitem', { name: label });
      await item.waitFor({ state: 'visible', timeout: 10_000 });
      const rect = await item.boundingBox();
      if (!rect) throw new Error(`menu item "${label}" has no box`);
      await page.evaluate(() => performance.clearMeasures());
      const downloaded = page.waitForEvent('download', { timeout: 60_000 }).then((download) => ({ download, at: performance.now() }));
      const t0 = performance.now();
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
      let result;
      try {
        result = await downloaded;
      } catch (error) {
        const status = await page.locator('.export__status').first().textContent().catch(() => '');
        throw new Error(`no download after "${label}" (status: "${status}"): ${error.message}`);
      }
      const name = result.download.suggestedFilename();
      if (!name.endsWith(`.${format}`)) throw new Error(`"${label}" downloaded ${name}`);
      const measureHandle = await page.waitForFunction(
        (m) => performance.getEntriesByName(m, 'measure')[0]?.duration ?? false,
        `export:${format}`,
        { timeout: 10_000 },
      );
      runs.push({ toDownloadMs: round(result.at - t0, 1), appMeasureMs: round(await measureHandle.jsonValue(), 1), file: name });
      await result.download.delete().catch(() => {});
      await sleep(200);
    }
    const warm = runs.slice(1);
    out[format] = {
      n: warm.length,
      medianToDownloadMs: round(median(warm.map((r) => r.toDownloadMs)), 1),
      medianAppMeasureMs: round(median(warm.map((r) => r.appMeasureMs)), 1),
      cold: runs[0],
      runs: warm,
    };
  }
  return out;
}

/** The dataset chunk (virtual:bundled-dataset, scripts/bundledDatasetPlugin.ts). */
const DATASET_CHUNK = '**/assets/_virtual_bundled-dataset-*.js';

/**
 * Entries in the picker's list, which is built only while open: countries with a table, then the names a
 * regional chart gives without one. Past the 200 options the list draws, its "Showing 200 of N countries"
 * line gives N.
 */
async function countListEntries(page) {
  const picker = page.getByRole('combobox', { name: 'Country' });
  await picker.click();
  const drawn = await page.locator('[role="listbox"][aria-label="Countries"] [role="option"]').count();
  const more = page.locator('.picker__more');
  const shown = (await more.count()) > 0 ? /Showing [\d,]+ of ([\d,]+)/.exec(await more.innerText()) : null;
  await picker.press('Escape');
  await picker.blur();
  return shown ? Number((shown[1] ?? '0').replace(/,/g, '')) : drawn;
}

/** Country list: time the click that opens it (it is drawn only while open) to the next paint, then close it. */
async function timeListOpen(page, { reps, warmup, gapMs }) {
  const combo = page.getByRole('combobox', { name: 'Country' });
  const samples = [];
  for (let i = 0; i < warmup + reps; i += 1) {
    const sample = await timeInteraction(page, 'click', () => combo.click());
    await page.locator('[role="listbox"][aria-label="Countries"] [role="option"]').first().waitFor({ timeout: 30_000 });
    if (i >= warmup) samples.push(sample);
    await combo.press('Escape');
    await combo.blur();
    await sleep(gapMs);
  }
  return summarize(samples);
}

/**
 * All interaction timings for one dataset, in a fresh browser context.
 * `syntheticModule` (JS source) replaces the dataset chunk when given.
 */
async function benchDataset(browser, baseUrl, { syntheticModule, expectedCountries, reps, exportReps, gapMs }) {
  // The service worker is blocked: requests it answers would bypass the route that serves the synthetic data.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, serviceWorkers: 'block' });
  const pageErrors = [];
  const consoleErrors = [];
  try {
    let routeHits = 0;
    if (syntheticModule) {
      await context.route(DATASET_CHUNK, (route) => {
        routeHits += 1;
        return route.fulfill({ status: 200, contentType: 'application/javascript', body: syntheticModule });
      });
    }
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });

    const readyMs = await openDashboard(page, baseUrl);
    if (syntheticModule && routeHits === 0) throw new Error(`the synthetic dataset was never requested: is the dataset chunk still named ${DATASET_CHUNK}?`);
    const countries = await countListEntries(page);
    if (expectedCountries && countries !== expectedCountries) {
      throw new Error(`expected ${expectedCountries} entries in the country list, found ${countries}`);
    }
    const eventTimingSupported = await page.evaluate(() => window.__bench.eventTimingSupported);
    log(`  dashboard ready after ${Math.round(readyMs)} ms with ${countries} countries; timing the FY2015 toggle…`);
    const filterToggle = await timeFilterToggle(page, { reps, warmup: 2, gapMs });
    log('  timing the country list opening…');
    const listOpen = await timeListOpen(page, { reps, warmup: 1, gapMs });
    log('  timing the country switch…');
    const countrySwitch = await timeCountrySwitch(page, { reps, warmup: 2, gapMs });
    // Back on Mali with all filters for the exports.
    await openDashboard(page, baseUrl);
    log('  timing exports…');
    const exports = await timeExports(page, { reps: exportReps });
    log('  timing the overview: map first draw, measure change…');
    const overview = await timeOverview(page, baseUrl, { reps, warmup: 2, gapMs });
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('; ')}`);
    return { countries, dashboardReadyMs: round(readyMs, 0), eventTimingSupported, filterToggle, listOpen, countrySwitch, exports, overview, consoleErrors };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Launches Chromium once and benchmarks the real, then the synthetic dataset. */
export async function runInteractions(baseUrl, { chromePath, chromeFlags, syntheticModule, syntheticCountries, realCountries, reps = 20, exportReps = 5, gapMs = 500 }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags, timeout: 60_000 });
  try {
    const browserVersion = browser.version();
    log('interactions, real dataset…');
    const real = await withTimeout(benchDataset(browser, baseUrl, { reps, exportReps, gapMs }), 600_000, 'interaction benchmark (real data)');
    log('interactions, synthetic dataset…');
    // The synthetic copies keep the real regional charts, so the same names without a table follow them.
    const regionalOnly = real.countries - realCountries;
    const synthetic = await withTimeout(
      benchDataset(browser, baseUrl, { syntheticModule, expectedCountries: syntheticCountries + regionalOnly, reps, exportReps, gapMs }),
      900_000,
      'interaction benchmark (synthetic data)',
    );
    log('import of a file with 12,000 regions…');
    const manyRegions = await withTimeout(benchManyRegions(browser, baseUrl), 600_000, 'import benchmark (12,000 regions)');
    return { browserVersion, real, synthetic, manyRegions };
  } finally {
    await browser.close().catch(() => {});
  }
}
