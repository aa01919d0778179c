// Size budgets for the production build, checked in CI after `vite build`.
// gzip sizes do not flake the way timings do; Lighthouse and timings stay in `npm run bench`.
// Usage: node scripts/check-size-budget.mjs [distDir]
import { measureJsSizes } from './bench/lib/sizes.mjs';

// Measured 2026-11-28: first chunk 92.0 KB (entry, React DOM and the runtime; the panels
// below the first view are a chunk of their own), all JS 298.7 KB (gzip -9). Budgets leave room for
// small changes, and fail a change that pulls Recharts, zod, the export code or those
// panels into the first chunk, or adds a heavy dependency.
const BUDGET_KB = { firstChunk: 100, totalJs: 330 };

const sizes = measureJsSizes(process.argv[2] ?? 'dist');
const rows = [
  ['first chunk (entry + modulepreload)', sizes.firstChunk.gzipKB, BUDGET_KB.firstChunk],
  ['all JavaScript', sizes.total.gzipKB, BUDGET_KB.totalJs],
];
let failed = false;
for (const [what, actual, budget] of rows) {
  const ok = actual <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${what}: ${actual.toFixed(1)} KB gzip (budget ${budget} KB)`);
}
if (failed) {
  console.error('A size budget is exceeded. Split the new code out of the first chunk, or justify raising the budget in this file.');
  process.exit(1);
}
