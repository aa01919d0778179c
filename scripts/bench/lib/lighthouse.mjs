// Lighthouse 12 (performance category only) against the preview server,
// each run in a fresh Chromium with a fresh user-data-dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { log, median, round, withTimeout } from './util.mjs';

/**
 * The runs, each with its page: the plain link `/` (the view built into
 * index.html) is the target. The others are diagnostics, not targets.
 */
export const PRESETS = {
  mobile: { config: undefined, extraFlags: [], path: '/' }, // Lighthouse's default config: Moto G Power emulation, simulated slow 4G
  desktop: { config: desktopConfig, extraFlags: [], path: '/' },
  // A link with settings: boot.js hides the built view and the app draws the one asked for.
  'mobile, /?country=niger': { config: undefined, extraFlags: [], path: '/?country=niger' },
  // In this headless Chromium, paint holding often keeps the page's first frame back for
  // 1.2-2.3 s under Lighthouse's navigation, and Lighthouse's simulation counts every
  // request that ends meanwhile. The same mobile run with paint holding off shows the
  // page without that hold.
  'mobile, paint holding off': { config: undefined, extraFlags: ['--disable-features=PaintHolding'], path: '/' },
};

/** One Lighthouse run of a preset's config on `url`; returns score (0–100), LCP/TBT/Speed Index/FCP (ms) and CLS. */
async function runOnce(url, preset, { chromePath, chromeFlags }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...chromeFlags, ...PRESETS[preset].extraFlags], userDataDir, logLevel: 'silent' });
    const result = await withTimeout(
      lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, PRESETS[preset].config),
      240_000,
      `Lighthouse (${preset})`,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = lhr.categories.performance.score;
    if (score === null) {
      throw new Error(`Lighthouse gave no performance score (${lhr.runWarnings?.join('; ') || 'no warnings'})`);
    }
    const value = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      score: Math.round(score * 100),
      lcpMs: round(value('largest-contentful-paint'), 0),
      tbtMs: round(value('total-blocking-time'), 0),
      siMs: round(value('speed-index'), 0),
      cls: round(value('cumulative-layout-shift'), 3),
      fcpMs: round(value('first-contentful-paint'), 0),
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    if (chrome) {
      try {
        chrome.kill();
      } catch {
        // already gone
      }
    }
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * runOnce, tried a second time (in a new Chromium) if the first attempt fails: on a busy shared
 * machine a run now and then ends in CHROME_INTERSTITIAL_ERROR (Chromium showed an error page
 * instead of the page), and one such run should not lose the whole bench. The result says how
 * many attempts it took; a second failure still stops the bench.
 */
async function runWithRetry(url, preset, options) {
  try {
    return { ...(await runOnce(url, preset, options)), attempts: 1 };
  } catch (error) {
    log(`Lighthouse ${preset} on ${url} failed (${error instanceof Error ? error.message : String(error)}); trying once more`);
    return { ...(await runOnce(url, preset, options)), attempts: 2 };
  }
}

/** Medians of a list of runOnce results. */
function medians(results) {
  const of = (key) => median(results.map((r) => r[key]));
  return { score: of('score'), lcpMs: of('lcpMs'), tbtMs: of('tbtMs'), siMs: of('siMs'), cls: of('cls'), fcpMs: of('fcpMs') };
}

/** `runs` Lighthouse runs per preset, against `origin` plus the preset's path; medians of score, LCP, TBT, Speed Index, CLS, FCP. */
export async function runLighthouse(origin, { chromePath, chromeFlags, runs = 3 }) {
  const out = {};
  for (const preset of Object.keys(PRESETS)) {
    const results = [];
    for (let i = 0; i < runs; i += 1) {
      log(`Lighthouse ${preset} run ${i + 1}/${runs}…`);
      results.push(await runWithRetry(`${origin}${PRESETS[preset].path}`, preset, { chromePath, chromeFlags }));
    }
    out[preset] = { runs: results, median: medians(results) };
  }
  return out;
}

/** The targets for the dashboard's medians, Lighthouse mobile on `/` (issue 26). */
export const FLOOR_TARGETS = [
  { key: 'score', label: 'score', limit: 98, atLeast: true, unit: '' },
  { key: 'tbtMs', label: 'TBT', limit: 100, atLeast: false, unit: ' ms' },
  { key: 'siMs', label: 'Speed Index', limit: 1500, atLeast: false, unit: ' ms' },
  { key: 'lcpMs', label: 'LCP', limit: 1000, atLeast: false, unit: ' ms' },
];

/** a ÷ b, 2 decimals; null when either is missing or b is 0 (a TBT of 0 ms on the floor). */
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round(a / b, 2));

/**
 * Lighthouse mobile (default config) on the dashboard's `/` and the floor app's `/`,
 * interleaved (dashboard, floor, dashboard, floor, …; each run in a fresh Chromium), so
 * that whatever else loads the machine falls on both alike. Returns the runs, each app's
 * medians, the ratios dashboard ÷ floor of those medians (and the median of the per-pair
 * ratios, run i of one against run i of the other), and issue 26's targets met or not by each.
 */
export async function runVsFloor(dashboardOrigin, floorOrigin, { chromePath, chromeFlags, runs = 5 }) {
  const apps = { dashboard: { origin: dashboardOrigin, runs: [] }, floor: { origin: floorOrigin, runs: [] } };
  for (let i = 0; i < runs; i += 1) {
    for (const [name, app] of Object.entries(apps)) {
      log(`Lighthouse mobile vs floor, run ${i + 1}/${runs}: ${name}…`);
      app.runs.push(await runWithRetry(`${app.origin}/`, 'mobile', { chromePath, chromeFlags }));
    }
  }
  const dashboard = { runs: apps.dashboard.runs, median: medians(apps.dashboard.runs) };
  const floor = { runs: apps.floor.runs, median: medians(apps.floor.runs) };
  const keys = ['score', 'lcpMs', 'tbtMs', 'siMs', 'fcpMs'];
  const ratios = Object.fromEntries(keys.map((k) => [k, ratio(dashboard.median[k], floor.median[k])]));
  const pairRatioMedians = Object.fromEntries(
    keys.map((k) => [k, round(median(dashboard.runs.map((r, i) => ratio(r[k], floor.runs[i][k]))), 2)]),
  );
  const against = (app) =>
    FLOOR_TARGETS.map((t) => {
      const value = app.median[t.key];
      const pass = value !== null && (t.atLeast ? value >= t.limit : value <= t.limit);
      return { metric: t.label, key: t.key, target: `${t.atLeast ? '≥' : '≤'} ${t.limit}${t.unit}`, median: value, pass };
    });
  // targets: the dashboard's (issue 26); floorTargets: the same limits on the floor app, for scale.
  return { runsEach: runs, preset: 'mobile', path: '/', dashboard, floor, ratios, pairRatioMedians, targets: against(dashboard), floorTargets: against(floor) };
}
