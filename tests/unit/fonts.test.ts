// @vitest-environment node
// HarfBuzz's WOFF2 code (wasm) needs Node's own typed arrays, which jsdom's globals replace.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEIGHTS, outputFile, sourceFile, subsetPublicSans } from '../../scripts/subset-fonts.mjs';

describe('the page’s font files (src/lib/fonts)', () => {
  it.each(WEIGHTS)('Public Sans %s is exactly what scripts/subset-fonts.mjs makes of the fontsource file, and smaller', async (weight) => {
    const committed = readFileSync(outputFile(weight));
    const made = Buffer.from(await subsetPublicSans(weight));
    expect(committed.equals(made), `src/lib/fonts is out of date for ${weight}: run npm run fonts`).toBe(true);
    expect(committed.length).toBeLessThan(readFileSync(sourceFile(weight)).length);
    // One round trip of a new connection carries about 14 KB (10 TCP segments), response headers included.
    expect(committed.length).toBeLessThan(14_000);
  });
});
