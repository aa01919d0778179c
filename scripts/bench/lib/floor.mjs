// The floor app: the least a Vite + React + Recharts page can be, to measure the
// dashboard against (issue 26). One page with a heading, a paragraph and a small
// Recharts BarChart (3 bars, fixed size), nothing else. Its sources are written
// into a temporary directory and built with the repo's own Vite, React, Recharts
// and @vitejs/plugin-react: the directory gets a `node_modules` symlink to the
// repo's, so its imports (and its build script's) resolve to exactly the versions
// the dashboard ships.
// Nothing is written inside the repo (the symlinked node_modules included:
// Vite's cache dir is pointed into the temporary directory).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from './util.mjs';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Floor app</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.jsx"></script>
  </body>
</html>
`;

const MAIN_JSX = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const data = [
  { name: 'FY2016', value: 120 },
  { name: 'FY2017', value: 180 },
  { name: 'FY2018', value: 150 },
];

function App() {
  return (
    <main>
      <h1>Floor app</h1>
      <p>A bare Vite + React + Recharts page: the least the dashboard could be.</p>
      <BarChart width={320} height={200} data={data}>
        <XAxis dataKey="name" />
        <YAxis />
        <Bar dataKey="value" fill="#205493" />
      </BarChart>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

// The build runs in its own node process, with NODE_ENV=production: in the bench's process,
// Vite's runnerImport (lib/synthetic.mjs) has set NODE_ENV=development, and a Vite build
// in that process would then ship React's development build.
const BUILD_MJS = `import { build } from 'vite';
import react from '@vitejs/plugin-react';

// The config is inline (configFile: false), so that \`vite preview\` in this directory finds none.
await build({
  configFile: false,
  root: import.meta.dirname,
  cacheDir: '.vite',
  logLevel: 'warn',
  mode: 'production',
  plugins: [react()],
  // One chunk of React + Recharts is the point here: no warning about its size.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
});
`;

/**
 * Writes the floor app into a fresh temporary directory and builds it there
 * (node build.mjs: Vite's JS API, the repo's Vite and @vitejs/plugin-react
 * through the node_modules symlink). Returns { dir, outDir, seconds, remove }:
 * serve `outDir` with `vite preview` (cwd `dir`, which holds no config file),
 * then call remove().
 */
export function buildFloorApp(root) {
  log('building the floor app (bare Vite + React + Recharts)…');
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(join(dir, 'index.html'), INDEX_HTML);
    writeFileSync(join(dir, 'main.jsx'), MAIN_JSX);
    writeFileSync(join(dir, 'build.mjs'), BUILD_MJS);
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const result = spawnSync(process.execPath, ['build.mjs'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    if (result.error) throw new Error(`the floor app's build could not run: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`the floor app's build failed (exit ${result.status}):\n${(result.stdout + result.stderr).trim()}`);
    return { dir, outDir: join(dir, 'dist'), seconds: (performance.now() - started) / 1000, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
