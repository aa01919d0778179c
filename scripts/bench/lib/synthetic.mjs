// A synthetic dataset N times larger than the real one, built in memory
// only (never written to src/ or dist/): served to the page in place of the
// lazily imported dataset chunk.
import { readFileSync } from 'node:fs';

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
 * The dataset as an ES module like the one Vite emits for a JSON import:
 * a default export plus the top-level keys as named exports.
 */
export function asJsModule(data) {
  const names = Object.keys(data).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  return `const data = ${JSON.stringify(data)};\nexport default data;\nexport const { ${names.join(', ')} } = data;\n`;
}
