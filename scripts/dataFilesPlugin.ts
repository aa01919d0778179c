// Vite plugin: publishes the funding tables as static files under data/ (scripts/dataFiles.ts says
// what they are): the build writes them beside the app, and the dev server answers for them, so the
// Sources panel's links work in both.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { FILES, readNarrative } from './bundledDatasetPlugin.ts';
import type * as Generator from './dataFiles.ts';

const GENERATOR = 'scripts/dataFiles.ts';
const inRoot = (root: string, file: string) => resolve(root, file).replaceAll('\\', '/');

/** The data files of the bundled dataset, made by scripts/dataFiles.ts (run through Vite, as the page's code is written for the bundler). */
export async function bundledDataFiles(root: string, files: { funding: string; narrative: string; earlier: readonly string[] } = FILES): Promise<Generator.DataFile[]> {
  const [funding, ...earlier] = await Promise.all([files.funding, ...files.earlier].map(async (file) => JSON.parse(await readFile(inRoot(root, file), 'utf8')) as unknown));
  const narrative = await readNarrative(root, files.narrative);
  const { module } = await runnerImport<typeof Generator>(inRoot(root, GENERATOR), { configFile: false, logLevel: 'error' });
  const result = module.dataFilesOfBundled(funding, narrative, earlier);
  if ('problems' in result) throw new Error(`The bundled dataset is not valid, so no data files were written:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  return result.files;
}

export function dataFilesPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'data-files',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const inSite = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
        if (!inSite.startsWith('data/')) {
          next();
          return;
        }
        bundledDataFiles(root).then(
          (files) => {
            const file = files.find((f) => f.path === inSite);
            if (!file) {
              next();
              return;
            }
            res.setHeader('Content-Type', `${file.mediaType}; charset=utf-8`);
            res.end(file.contents);
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      for (const file of await bundledDataFiles(root)) this.emitFile({ type: 'asset', fileName: file.path, source: file.contents });
    },
  };
}
