// A synthetic dataset N times larger than the real one, built in memory
// only (never written to src/ or dist/): served to the page in place of the
// lazily imported dataset chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

/**
 * The real funding tables with `countries` replicated `factor` times. Copy 0
 * is the real list, unchanged (so /?country=mali still opens on Mali); copy
 * k gets id "<id>-x<k>" and name "<name> <k>", every other field kept.
 */
export function buildSyntheticFunding(fundingJsonPath, factor = 100) {
  const real = JSON.parse(readFileSync(fundingJsonPath, 'utf8'));
  const countries = [...real.countries];
  for (let k = 1; k < factor; k += 1) {
    for (const country of real.countries) {
      countries.push({ ...structuredClone(country), id: `${country.id}-x${k}`, name: `${country.name} ${k}` });
    }
  }
  return { ...real, countries };
}

/**
 * The dataset chunk the build would make of these funding tables and the
 * real narrative file (scripts/bundledDatasetPlugin.ts, run through Vite).
 * Throws, listing the problems, if the synthetic data is not valid.
 */
export async function asBundledDatasetModule(funding, root) {
  const { module } = await runnerImport(join(root, 'scripts/bundledDatasetPlugin.ts'), { configFile: false, logLevel: 'error' });
  const narrative = await module.readNarrative(root);
  const chunk = await module.bundledDatasetChunk(root, funding, narrative);
  if ('problems' in chunk) throw new Error(`the synthetic dataset is not valid: ${chunk.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return chunk.source;
}
