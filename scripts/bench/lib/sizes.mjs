// JS transfer sizes of the production build, gzip level 9 (node:zlib).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Attribute value of the first `name="…"` in an HTML tag string. */
const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;

/**
 * First-chunk JS: the module entry script of dist/index.html plus every
 * module it preloads. The built page names them in <meta name="app-entry">
 * (content and data-modulepreload), which public/boot.js turns into a script
 * and preload links after the first paint (scripts/criticalPath.ts); plain
 * <script type="module"> and <link rel="modulepreload"> tags count too.
 * Total JS: every dist/assets/*.js.
 */
export function measureJsSizes(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src && /type\s*=\s*["']module["']/i.test(tag)) entries.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = attr(tag, 'href');
    if (href && /rel\s*=\s*["']modulepreload["']/i.test(tag)) entries.push(href);
  }
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (attr(tag, 'name') !== 'app-entry') continue;
    const entry = attr(tag, 'content');
    if (entry) entries.push(entry);
    entries.push(...(attr(tag, 'data-modulepreload') ?? '').split(' ').filter(Boolean));
  }
  if (entries.length === 0) throw new Error('dist/index.html references no module script');
  // "/assets/x.js" (base "/") → dist/assets/x.js
  const firstFiles = [...new Set(entries)].map((p) => p.replace(/^\.?\//, ''));

  const assetsDir = join(distDir, 'assets');
  const all = readdirSync(assetsDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(join(assetsDir, f)).length;
      return { file: `assets/${f}`, bytes, gzipBytes: gzipBytes(join(assetsDir, f)) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  const first = firstFiles.map((file) => {
    const found = all.find((a) => a.file === file);
    if (!found) throw new Error(`dist/index.html references ${file}, which is not in dist/assets`);
    return found;
  });
  const kb = (n) => Math.round((n / 1024) * 10) / 10;
  return {
    firstChunk: { files: first.map((f) => f.file), gzipKB: kb(first.reduce((s, f) => s + f.gzipBytes, 0)), rawKB: kb(first.reduce((s, f) => s + f.bytes, 0)) },
    total: { files: all.length, gzipKB: kb(all.reduce((s, f) => s + f.gzipBytes, 0)), rawKB: kb(all.reduce((s, f) => s + f.bytes, 0)) },
    perFile: all.map((f) => ({ file: f.file, rawKB: kb(f.bytes), gzipKB: kb(f.gzipBytes) })),
  };
}
