#!/usr/bin/env node
// Writes src/lib/fonts/public-sans-latin-{400,700}-normal.woff2: the page's
// two Public Sans files from @fontsource/public-sans, subset again by
// HarfBuzz (subset-font) to the very same characters (fontsource's "latin"
// range), with every OpenType feature and the name table's copyright and
// licence entries kept. HarfBuzz packs them some 1.1 KB smaller each, which
// brings each file under one round trip of a new connection (about 14 KB).
// tests/unit/fonts.test.ts checks that the files in the repository are this
// script's output. Usage: npm run fonts
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** fontsource's unicode-range for the "latin" subset (its @font-face rules), as code point ranges. */
export const LATIN_RANGE = [
  [0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
  [0x02dc, 0x02dc], [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac],
  [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

export const WEIGHTS = ['400', '700'];

/** Name table entries kept: 0–6 (copyright, names, version) and 7–14 (trademark, designer, licence and its URL). */
const NAME_IDS = Array.from({ length: 15 }, (_, id) => id);

export const sourceFile = (weight) => join(root, 'node_modules/@fontsource/public-sans/files', `public-sans-latin-${weight}-normal.woff2`);
export const outputFile = (weight) => join(root, 'src/lib/fonts', `public-sans-latin-${weight}-normal.woff2`);

/** The subset font file for one weight. */
export async function subsetPublicSans(weight) {
  let text = '';
  for (const [from, to] of LATIN_RANGE) for (let code = from; code <= to; code += 1) text += String.fromCodePoint(code);
  return subsetFont(await readFile(sourceFile(weight)), text, { targetFormat: 'woff2', preserveNameIds: NAME_IDS });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const weight of WEIGHTS) {
    const font = await subsetPublicSans(weight);
    await writeFile(outputFile(weight), font);
    console.log(`${outputFile(weight)}: ${font.length} bytes (from ${(await readFile(sourceFile(weight))).length})`);
  }
}
