// Vite plugin: the module `virtual:bundled-dataset` is the bundled dataset,
// checked by src/data/bundledDataset.ts. A build runs the check once, here,
// and ships its result as data (no validator on the page's load path); it
// fails, listing every problem, if the files are not valid. The dev server
// and the tests run the check when the page loads instead, so a broken edit
// (or a test's altered file) shows the page's own error message.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Checker from '../src/data/bundledDataset.ts';

const ID = 'virtual:bundled-dataset';
const RESOLVED_ID = `\0${ID}`;
const CHECKER = 'src/data/bundledDataset.ts';
const FILES = { funding: 'src/data/datasets/tweis-2018-funding.json', narrative: 'src/data/datasets/tweis-2018-narrative.json' };

/** `files` (relative to the project root) replaces the bundled files: for the plugin's own tests. */
export function bundledDataset(files: { funding: string; narrative: string } = FILES): Plugin {
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
      const funding = resolve(root, files.funding).replaceAll('\\', '/');
      const narrative = resolve(root, files.narrative).replaceAll('\\', '/');
      const checkerFile = resolve(root, CHECKER).replaceAll('\\', '/');
      if (command === 'serve') {
        return [
          `import funding from ${JSON.stringify(funding)};`,
          `import narrative from ${JSON.stringify(narrative)};`,
          `import { checkBundledDataset } from ${JSON.stringify(checkerFile)};`,
          'export default checkBundledDataset(funding, narrative);',
        ].join('\n');
      }
      this.addWatchFile(funding);
      this.addWatchFile(narrative);
      const [fundingRaw, narrativeRaw] = await Promise.all([funding, narrative].map(async (file) => JSON.parse(await readFile(file, 'utf8')) as unknown));
      // The app's own module, run through Vite as the page would, since it is written for the bundler.
      const { module: checker } = await runnerImport<typeof Checker>(checkerFile, { configFile: false, logLevel: 'error' });
      const result = checker.checkBundledDataset(fundingRaw, narrativeRaw);
      if (!result.ok) {
        this.error(`The bundled dataset is not valid:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
      }
      // A string parsed on load is quicker for the browser than the same data as a JavaScript literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});`;
    },
  };
}
