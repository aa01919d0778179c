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

/** One Lighthouse run; returns score (0–100), LCP/TBT (ms) and CLS. */
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

/** `runs` Lighthouse runs per preset, against `origin` plus the preset's path; medians of score, LCP, TBT, CLS. */
export async function runLighthouse(origin, { chromePath, chromeFlags, runs = 3 }) {
  const out = {};
  for (const preset of Object.keys(PRESETS)) {
    const results = [];
    for (let i = 0; i < runs; i += 1) {
      log(`Lighthouse ${preset} run ${i + 1}/${runs}…`);
      results.push(await runOnce(`${origin}${PRESETS[preset].path}`, preset, { chromePath, chromeFlags }));
    }
    out[preset] = {
      runs: results,
      median: {
        score: median(results.map((r) => r.score)),
        lcpMs: median(results.map((r) => r.lcpMs)),
        tbtMs: median(results.map((r) => r.tbtMs)),
        cls: median(results.map((r) => r.cls)),
        fcpMs: median(results.map((r) => r.fcpMs)),
      },
    };
  }
  return out;
}
