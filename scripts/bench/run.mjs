#!/usr/bin/env node
// Performance benchmark of the production build, in one run:
//   1. vite build, then `vite preview` on a free port (child process, killed at the end);
//   2. Lighthouse 12, mobile and desktop presets on the plain link, 3 runs each (medians),
//      and two diagnostic mobile rows: a link with settings, and the plain link with
//      Chromium's paint holding off (see lib/lighthouse.mjs);
//   3. JS sizes, gzip level 9: first chunk (entry + modulepreloads) and all of dist/assets/*.js;
//   4. Playwright interaction timings (filter → paint, country → paint, export → file),
//      with the real dataset and with a synthetic one 572× larger, 20,020 countries (served in place of
//      the dataset chunk; never written to disk); then the import of a file with 12,000 regions
//      (lib/manyRegions.mjs): time to the imported heading and the longest main-thread task.
// Prints a table to stdout (progress goes to stderr) and writes
// scripts/bench/results/latest.json. Usage: node scripts/bench/run.mjs
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_PORT (default 4400).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInteractions } from './lib/interactions.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { build, findFreePort, startPreview } from './lib/server.mjs';
import { measureJsSizes } from './lib/sizes.mjs';
import { asBundledDatasetModule, buildSyntheticFunding } from './lib/synthetic.mjs';
import { log, table } from './lib/util.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const resultsFile = join(here, 'results', 'latest.json');

const CHROMIUM = CHROMIUM_PATH;
const CHROME_FLAGS = CHROMIUM_FLAGS;
const LIGHTHOUSE_RUNS = 3;
const INTERACTION_REPS = 20;
const EXPORT_REPS = 5;
// 572 copies of the 35 tables: 20,020 countries, the size at which the import-hardening issue sets its targets
// (filter change ≤ 100 ms, list open ≤ 200 ms). BENCH_FACTOR=100 gives the earlier 100× row.
const SYNTHETIC_FACTOR = Number(process.env.BENCH_FACTOR ?? 572);

/** "Chromium 156.0.… built on Debian…" → first line of `chromium --version`. */
function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim();
  } catch (error) {
    throw new Error(`cannot run Chromium at ${CHROMIUM} (set CHROMIUM_PATH): ${error.message}`);
  }
}

/** The table printed at the end. */
function render(r) {
  const lh = r.lighthouse;
  const ms = (x) => (x === null ? null : `${x} ms`);
  const lines = [];
  lines.push(`CWD dashboard benchmark · ${r.date} · ${r.machine.cpus}× ${r.machine.cpuModel} · Node ${r.machine.node} · ${r.machine.chromium}`);
  lines.push('');
  lines.push(`Lighthouse ${r.lighthouseVersion}, performance, median of ${LIGHTHOUSE_RUNS} runs, page / unless the row says`);
  lines.push(
    table([
      ['preset', 'score', 'LCP', 'TBT', 'CLS', 'FCP', 'scores of the runs'],
      ...Object.keys(lh).map((p) => [
        p,
        lh[p].median.score,
        ms(lh[p].median.lcpMs),
        ms(lh[p].median.tbtMs),
        lh[p].median.cls,
        ms(lh[p].median.fcpMs),
        lh[p].runs.map((x) => x.score).join(' / '),
      ]),
    ]),
  );
  lines.push('');
  lines.push('JS size (gzip -9)');
  lines.push(
    table([
      ['', 'gzip', 'raw', 'files'],
      ['first chunk (entry + modulepreload)', `${r.sizes.firstChunk.gzipKB} KB`, `${r.sizes.firstChunk.rawKB} KB`, r.sizes.firstChunk.files.join(', ')],
      ['all dist/assets/*.js', `${r.sizes.total.gzipKB} KB`, `${r.sizes.total.rawKB} KB`, r.sizes.total.files],
    ]),
  );
  lines.push('');
  const { real, synthetic } = r.interactions;
  lines.push(
    `Interactions (Playwright, ${r.interactions.browserVersion}); input → next paint: Event Timing duration when ≥16 ms, else event timeStamp → rAF → task; ${INTERACTION_REPS} reps`,
  );
  const row = (label, key) => {
    const a = real[key];
    const b = synthetic[key];
    return [label, ms(a.medianMs), ms(a.p95Ms), `${a.eventTimingEntries}/${a.n}`, ms(b.medianMs), ms(b.p95Ms), `${b.eventTimingEntries}/${b.n}`];
  };
  lines.push(
    table([
      ['', 'real median', 'real p95', 'ET', `${SYNTHETIC_FACTOR}× median`, `${SYNTHETIC_FACTOR}× p95`, 'ET'],
      ['country list entries (tables + names without one)', real.countries, '', '', synthetic.countries, '', ''],
      ['dashboard ready (from navigation)', ms(real.dashboardReadyMs), '', '', ms(synthetic.dashboardReadyMs), '', ''],
      row('filter: toggle FY2015', 'filterToggle'),
      row('country list: open (click)', 'listOpen'),
      row('country: Enter in combobox', 'countrySwitch'),
      [
        'overview: measure change (arrow key)',
        ms(real.overview.measureChange.medianMs),
        ms(real.overview.measureChange.p95Ms),
        `${real.overview.measureChange.eventTimingEntries}/${real.overview.measureChange.n}`,
        ms(synthetic.overview.measureChange.medianMs),
        ms(synthetic.overview.measureChange.p95Ms),
        `${synthetic.overview.measureChange.eventTimingEntries}/${synthetic.overview.measureChange.n}`,
      ],
      ['overview: map chunk loaded → first paint', ms(real.overview.mapFirstDrawMs), '', '', ms(synthetic.overview.mapFirstDrawMs), '', ''],
    ]),
  );
  const mr = r.interactions.manyRegions;
  lines.push('');
  lines.push(`Import of a ${mr.regions.toLocaleString('en-US')}-region file (${mr.countries.toLocaleString('en-US')} countries): wall time, and the longest main-thread task (Long Tasks API) until 3 s after`);
  lines.push(
    table([
      ['', 'to heading', 'longest task'],
      ['file chosen → imported heading', ms(mr.importMs), ms(mr.importLongestMs)],
      ['reload → stored import shown', ms(mr.reloadMs), ms(mr.reloadLongestMs)],
    ]),
  );
  lines.push('');
  lines.push(`Export click → download event (median of ${EXPORT_REPS} after one cold run; app = performance.measure('export:<fmt>'))`);
  lines.push(
    table([
      ['format', 'real', 'real app', 'real cold', `${SYNTHETIC_FACTOR}×`, `${SYNTHETIC_FACTOR}× app`, `${SYNTHETIC_FACTOR}× cold`],
      ...['png', 'svg', 'csv'].map((f) => [
        f.toUpperCase(),
        ms(real.exports[f].medianToDownloadMs),
        ms(real.exports[f].medianAppMeasureMs),
        ms(real.exports[f].cold.toDownloadMs),
        ms(synthetic.exports[f].medianToDownloadMs),
        ms(synthetic.exports[f].medianAppMeasureMs),
        ms(synthetic.exports[f].cold.toDownloadMs),
      ]),
    ]),
  );
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  if (!existsSync(join(root, 'node_modules/vite/bin/vite.js'))) throw new Error('node_modules/vite is missing: run npm ci first');
  const machine = {
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
    chromiumPath: CHROMIUM,
  };

  const buildInfo = build(root);
  const dist = join(root, 'dist');
  const sizes = measureJsSizes(dist);

  const datasetPath = join(root, 'src/data/datasets/tweis-2018-funding.json');
  const synthetic = buildSyntheticFunding(datasetPath, SYNTHETIC_FACTOR);
  const syntheticModule = await asBundledDatasetModule(synthetic, root);
  log(`synthetic dataset: ${synthetic.countries.length} countries, ${(syntheticModule.length / 2 ** 20).toFixed(1)} MB of JS (in memory only)`);

  const port = await findFreePort(Number(process.env.BENCH_PORT ?? 4400));
  const server = await startPreview(root, port);
  cleanups.push(server.stop);
  let lighthouse;
  let interactions;
  try {
    lighthouse = await runLighthouse(server.url, { chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, runs: LIGHTHOUSE_RUNS });
    interactions = await runInteractions(server.url, {
      chromePath: CHROMIUM,
      chromeFlags: CHROME_FLAGS,
      syntheticModule,
      syntheticCountries: synthetic.countries.length,
      realCountries: synthetic.countries.length / SYNTHETIC_FACTOR,
      reps: INTERACTION_REPS,
      exportReps: EXPORT_REPS,
    });
  } finally {
    await server.stop();
    log(`vite preview (pid ${server.pid}) stopped`);
  }

  const { createRequire } = await import('node:module');
  const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version;
  const results = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine,
    lighthouseVersion,
    settings: {
      chromeFlags: CHROME_FLAGS,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      interactionReps: INTERACTION_REPS,
      exportReps: EXPORT_REPS,
      syntheticFactor: SYNTHETIC_FACTOR,
      url: '/?country=mali',
    },
    build: { seconds: Math.round(buildInfo.seconds * 10) / 10 },
    sizes,
    lighthouse,
    interactions,
  };
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(render(results));
  console.log(`\nAll figures: ${relative(process.cwd(), resultsFile)} (${results.durationSeconds} s)`);
}

// Stops the preview server on failure or Ctrl-C (browsers are closed by their own modules).
const cleanups = [];
async function cleanup() {
  for (const fn of cleanups.splice(0)) await fn().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

try {
  await main();
  process.exit(0);
} catch (error) {
  await cleanup();
  console.error(`\nbenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
