// Vite plugin: the module `virtual:bundled-dataset` is the bundled dataset,
// checked by src/data/editions/bundledDataset.ts. A build runs the check once, here,
// and ships its result as data (no validator on the page's load path); it
// fails, listing every problem, if the files are not valid. The dev server
// and the tests run the check when the page loads instead, so a broken edit
// (or a test's altered file) shows the page's own error message.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Checker from '../src/data/editions/bundledDataset.ts';
import type { DatasetProblem } from '../src/data/model/datasetError.ts';

const ID = 'virtual:bundled-dataset';
const RESOLVED_ID = `\0${ID}`;
const CHECKER = 'src/data/editions/bundledDataset.ts';
/** A file of the project as a path an import can name, on any platform. */
const inRoot = (root: string, file: string) => resolve(root, file).replaceAll('\\', '/');

/** The bundled dataset's files, relative to the project root (the data files' plugin reads them too: scripts/dataFilesPlugin.ts). */
export const FILES = {
  funding: 'src/data/datasets/tweis-2018-funding.json',
  narrative: 'src/data/datasets/tweis2018Narrative.ts',
  /** Earlier editions' tables, oldest first. */
  earlier: ['src/data/datasets/tweis-2016-funding.json', 'src/data/datasets/tweis-2017-funding.json'],
};

/** The narrative, gathered by its module (src/data/datasets/tweis2018Narrative.ts, run through Vite for its import.meta.glob). */
export async function readNarrative(root: string, file = FILES.narrative): Promise<unknown> {
  const { module } = await runnerImport<{ narrative2018: unknown }>(inRoot(root, file), { configFile: false, logLevel: 'error' });
  return module.narrative2018;
}

/**
 * The dataset chunk a build ships for these funding tables and narrative
 * file: checked by the app's own src/data/editions/bundledDataset.ts (run through
 * Vite, as it is written for the bundler) and written as data. Or, if they
 * are not valid, every problem found. Also used by the benchmark for its
 * synthetic dataset.
 */
export async function bundledDatasetChunk(
  root: string,
  funding: unknown,
  narrative: unknown,
  earlier: readonly unknown[] = [],
): Promise<{ source: string } | { problems: DatasetProblem[] }> {
  const { module: checker } = await runnerImport<typeof Checker>(inRoot(root, CHECKER), { configFile: false, logLevel: 'error' });
  const result = checker.checkBundledDataset(funding, narrative, earlier);
  if (!result.ok) return { problems: result.problems };
  // A string parsed on load is quicker for the browser than the same data as a JavaScript literal.
  return { source: `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});` };
}

/** `files` (relative to the project root) replaces the bundled files: for the plugin's own tests. */
export function bundledDataset(files: { funding: string; narrative: string; earlier: readonly string[] } = FILES): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'bundled-dataset',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId: (id) => (id === ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const funding = inRoot(root, files.funding);
      const narrative = inRoot(root, files.narrative);
      const earlier = files.earlier.map((file) => inRoot(root, file));
      if (command === 'serve') {
        return [
          `import funding from ${JSON.stringify(funding)};`,
          ...earlier.map((file, i) => `import earlier${i} from ${JSON.stringify(file)};`),
          `import { narrative2018 } from ${JSON.stringify(narrative)};`,
          `import { checkBundledDataset } from ${JSON.stringify(inRoot(root, CHECKER))};`,
          `export default checkBundledDataset(funding, narrative2018, [${earlier.map((_, i) => `earlier${i}`).join(', ')}]);`,
        ].join('\n');
      }
      for (const file of [funding, narrative, ...earlier]) this.addWatchFile(file);
      const [fundingRaw, ...earlierRaw] = await Promise.all([funding, ...earlier].map(async (file) => JSON.parse(await readFile(file, 'utf8')) as unknown));
      const narrativeRaw = await readNarrative(root, files.narrative);
      const chunk = await bundledDatasetChunk(root, fundingRaw, narrativeRaw, earlierRaw);
      if ('problems' in chunk) {
        this.error(`The bundled dataset is not valid:\n${chunk.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
      }
      return chunk.source;
    },
  };
}
