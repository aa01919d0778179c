#!/usr/bin/env node
// Performance benchmark of the production build, in one run:
//   1. vite build, then `vite preview` on a free port (child process, killed at the end);
//      the floor app too (lib/floor.mjs: a bare Vite + React + Recharts page, written to a
//      temporary directory, built with the repo's node_modules, previewed on its own port);
//   2. Lighthouse 12, mobile and desktop presets on the plain link, 3 runs each (medians),
//      and two diagnostic mobile rows: a link with settings, and the plain link with
//      Chromium's paint holding off (see lib/lighthouse.mjs);
//      then Lighthouse mobile on the dashboard's / and the floor app's /, interleaved, 5 runs
//      each: medians, ratios dashboard ÷ floor, and issue 26's targets (score ≥ 98,
//      TBT ≤ 100 ms, Speed Index ≤ 1.5 s, LCP ≤ 1.0 s) passed or not;
//   3. JS sizes, gzip level 9: first chunk (entry + modulepreloads) and all of dist/assets/*.js;
//   4. Playwright interaction timings (filter → paint, country → paint, export → file),
//      with the real dataset and with a synthetic one 572× larger, 20,020 countries (served in place of
//      the dataset chunk; never written to disk); then the import of a file with 12,000 regions
//      (lib/manyRegions.mjs): time to the imported heading and the longest main-thread task.
// Prints a table to stdout (progress goes to stderr) and writes
// scripts/bench/results/latest.json. Usage: node scripts/bench/run.mjs (npm run bench)
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_PORT (default 4400; the floor app
//   takes the next free port), BENCH_FLOOR_RUNS (default 5), BENCH_FACTOR (default 572),
//   BENCH_ONLY to run part of the bench (the build and the JS sizes always run):
//     BENCH_ONLY=lighthouse-floor  only the interleaved comparison with the floor app (a few minutes)
//     BENCH_ONLY=lighthouse        the Lighthouse presets and the comparison, no interaction timings
//   e.g. BENCH_ONLY=lighthouse-floor npm run bench
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInteractions } from './lib/interactions.mjs';
import { buildFloorApp } from './lib/floor.mjs';
import { runLighthouse, runVsFloor } from './lib/lighthouse.mjs';
import { build, findFreePort, startPreview } from './lib/server.mjs';
import { measureJsSizes } from './lib/sizes.mjs';
import { asBundledDatasetModule, buildSyntheticFunding } from './lib/synthetic.mjs';
import { log, round, table } from './lib/util.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const resultsFile = join(here, 'results', 'latest.json');

const CHROMIUM = CHROMIUM_PATH;
const CHROME_FLAGS = CHROMIUM_FLAGS;
const LIGHTHOUSE_RUNS = 3;
const FLOOR_RUNS = Number(process.env.BENCH_FLOOR_RUNS ?? 5);
const INTERACTION_REPS = 20;
const EXPORT_REPS = 5;
// 572 copies of the 35 tables: 20,020 countries, the size at which the import-hardening issue sets its targets
// (filter change ≤ 100 ms, list open ≤ 200 ms). BENCH_FACTOR=100 gives the earlier 100× row.
const SYNTHETIC_FACTOR = Number(process.env.BENCH_FACTOR ?? 572);
// What BENCH_ONLY runs, besides the build and the JS sizes.
const PARTS = {
  '': { presets: true, floor: true, interactions: true },
  lighthouse: { presets: true, floor: true, interactions: false },
  'lighthouse-floor': { presets: false, floor: true, interactions: false },
};
const ONLY = process.env.BENCH_ONLY ?? '';

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
  if (lh) {
    lines.push('');
    lines.push(`Lighthouse ${r.lighthouseVersion}, performance, median of ${LIGHTHOUSE_RUNS} runs, page / unless the row says`);
    lines.push(
      table([
        ['preset', 'score', 'LCP', 'TBT', 'Speed Index', 'CLS', 'FCP', 'scores of the runs'],
        ...Object.keys(lh).map((p) => [
          p,
          lh[p].median.score,
          ms(lh[p].median.lcpMs),
          ms(lh[p].median.tbtMs),
          ms(lh[p].median.siMs),
          lh[p].median.cls,
          ms(lh[p].median.fcpMs),
          lh[p].runs.map((x) => x.score).join(' / '),
        ]),
      ]),
    );
  }
  const vf = r.lighthouseVsFloor;
  if (vf) {
    const times = (x) => (x === null ? null : `${x.toFixed(2)}×`);
    const appRow = (label, app) => [
      label,
      app.median.score,
      ms(app.median.lcpMs),
      ms(app.median.tbtMs),
      ms(app.median.siMs),
      ms(app.median.fcpMs),
      app.median.cls,
      app.runs.map((x) => x.score).join(' / '),
    ];
    const ratioRow = (label, q) => [label, times(q.score), times(q.lcpMs), times(q.tbtMs), times(q.siMs), times(q.fcpMs), '', ''];
    lines.push('');
    lines.push(
      `Lighthouse ${r.lighthouseVersion} mobile, interleaved with the floor app (bare Vite + React + Recharts), ${vf.runsEach} runs each, medians`,
    );
    lines.push(
      table([
        ['', 'score', 'LCP', 'TBT', 'Speed Index', 'FCP', 'CLS', 'scores of the runs'],
        appRow('dashboard /', vf.dashboard),
        appRow('floor app', vf.floor),
        ratioRow('ratio dashboard ÷ floor (of the medians)', vf.ratios),
        ratioRow('ratio, median of the run pairs', vf.pairRatioMedians),
      ]),
    );
    if (vf.floor.median.tbtMs === 0) lines.push('(no TBT ratio: the floor app\'s median TBT is 0 ms)');
    const verdicts = (targets) =>
      `${targets
        .map((t) => `${t.metric} ${t.target}: ${t.pass ? 'pass' : 'FAIL'} (${(t.key === 'score' ? t.median : ms(t.median)) ?? '–'})`)
        .join(' · ')} → ${targets.filter((t) => t.pass).length}/${targets.length} met`;
    lines.push(`Issue 26 targets, dashboard medians: ${verdicts(vf.targets)}`);
    lines.push(`(the same limits on the floor app's medians: ${verdicts(vf.floorTargets)})`);
  }
  lines.push('');
  lines.push('JS size (gzip -9)');
  lines.push(
    table([
      ['', 'gzip', 'raw', 'files'],
      ['first chunk (entry + modulepreload)', `${r.sizes.firstChunk.gzipKB} KB`, `${r.sizes.firstChunk.rawKB} KB`, r.sizes.firstChunk.files.join(', ')],
      ['all dist/assets/*.js', `${r.sizes.total.gzipKB} KB`, `${r.sizes.total.rawKB} KB`, r.sizes.total.files],
      ...(vf ? [['floor app, all its JS', `${vf.floorJs.total.gzipKB} KB`, `${vf.floorJs.total.rawKB} KB`, vf.floorJs.total.files]] : []),
    ]),
  );
  if (!r.interactions) return lines.join('\n');
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
  const parts = PARTS[ONLY];
  if (!parts) throw new Error(`BENCH_ONLY=${ONLY}: expected one of ${Object.keys(PARTS).filter(Boolean).join(', ')} (or unset, for everything)`);
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

  let synthetic;
  let syntheticModule;
  if (parts.interactions) {
    const datasetPath = join(root, 'src/data/datasets/tweis-2018-funding.json');
    synthetic = buildSyntheticFunding(datasetPath, SYNTHETIC_FACTOR);
    syntheticModule = await asBundledDatasetModule(synthetic, root);
    log(`synthetic dataset: ${synthetic.countries.length} countries, ${(syntheticModule.length / 2 ** 20).toFixed(1)} MB of JS (in memory only)`);
  }

  let floorApp;
  if (parts.floor) {
    floorApp = buildFloorApp(root);
    cleanups.push(async () => floorApp.remove());
    log(`floor app built in ${floorApp.seconds.toFixed(1)} s (${relative(floorApp.dir, floorApp.outDir)}/ in ${floorApp.dir})`);
  }

  const port = await findFreePort(Number(process.env.BENCH_PORT ?? 4400));
  const server = await startPreview(root, port);
  cleanups.push(server.stop);
  let floorServer;
  let lighthouse;
  let lighthouseVsFloor;
  let interactions;
  try {
    if (floorApp) {
      floorServer = await startPreview(root, await findFreePort(port + 1), { cwd: floorApp.dir, outDir: floorApp.outDir });
      cleanups.push(floorServer.stop);
    }
    if (parts.presets) {
      lighthouse = await runLighthouse(server.url, { chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, runs: LIGHTHOUSE_RUNS });
    }
    if (floorServer) {
      lighthouseVsFloor = await runVsFloor(server.url, floorServer.url, { chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, runs: FLOOR_RUNS });
      lighthouseVsFloor.floorBuildSeconds = round(floorApp.seconds, 1);
      lighthouseVsFloor.floorJs = measureJsSizes(floorApp.outDir);
    }
    if (parts.interactions) {
      interactions = await runInteractions(server.url, {
        chromePath: CHROMIUM,
        chromeFlags: CHROME_FLAGS,
        syntheticModule,
        syntheticCountries: synthetic.countries.length,
        realCountries: synthetic.countries.length / SYNTHETIC_FACTOR,
        reps: INTERACTION_REPS,
        exportReps: EXPORT_REPS,
      });
    }
  } finally {
    for (const s of [floorServer, server]) {
      if (!s) continue;
      await s.stop();
      log(`vite preview (pid ${s.pid}) stopped`);
    }
    floorApp?.remove();
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
      only: ONLY || null,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      floorRuns: FLOOR_RUNS,
      interactionReps: INTERACTION_REPS,
      exportReps: EXPORT_REPS,
      syntheticFactor: SYNTHETIC_FACTOR,
      url: '/?country=mali',
    },
    build: { seconds: Math.round(buildInfo.seconds * 10) / 10 },
    sizes,
    lighthouse,
    lighthouseVsFloor,
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
