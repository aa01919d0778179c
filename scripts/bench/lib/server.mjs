// Builds the app and serves dist/ with `vite preview`, spawned as a plain
// node child process so that killing its PID really stops the server
// (killing an `npx` wrapper would leave vite running).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { log, sleep } from './util.mjs';

/** Runs `vite build` in `root`; throws with vite's output if it fails. */
export function build(root) {
  log('building the app (vite build)…');
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.error) throw new Error(`vite build could not run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status}):\n${(result.stdout + result.stderr).trim().split('\n').slice(-30).join('\n')}`);
  }
  return { seconds: (performance.now() - started) / 1000 };
}

/** True if nothing listens on `port` (checked on all interfaces, IPv4 and IPv6). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

/** The first free port from `preferred` upwards. */
export async function findFreePort(preferred = 4400, tries = 50) {
  for (let port = preferred; port < preferred + tries; port += 1) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${preferred}–${preferred + tries - 1}`);
}

/**
 * Starts `vite preview --port <port> --strictPort` (the repo's Vite, run in
 * `cwd`, default `root`, serving `outDir` if given, else its config's) and
 * resolves once it answers HTTP. Returns { url, pid, stop }; stop() kills
 * that PID and waits.
 */
export async function startPreview(root, port, { cwd = root, outDir, timeoutMs = 30_000 } = {}) {
  const args = [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  let stopping = false;
  let ready = false;
  const exit = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      // A server that dies mid-bench shows up in Lighthouse only as CHROME_INTERSTITIAL_ERROR: say so here.
      if (ready && !stopping) log(`vite preview (pid ${child.pid}, port ${port}) exited unexpectedly (${code ?? signal}):\n${output.trim().split('\n').slice(-10).join('\n')}`);
      resolve(exited);
    }),
  );

  const stop = async () => {
    if (exited) return;
    stopping = true;
    child.kill('SIGTERM');
    const done = await Promise.race([exit, sleep(5_000).then(() => null)]);
    if (!done) {
      child.kill('SIGKILL');
      await exit;
    }
  };

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (exited) throw new Error(`vite preview exited early (${exited.code ?? exited.signal}):\n${output.trim()}`);
      try {
        const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`vite preview did not answer on ${url} within ${timeoutMs / 1000} s:\n${output.trim()}`);
      await sleep(200);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  ready = true;
  log(`vite preview (pid ${child.pid}) serving ${url}`);
  return { url, pid: child.pid, stop };
}
