// Vite plugin: after the client build, renders the plain link's first view
// to HTML (src/prerender.tsx, built for Node into a scratch folder) and puts
// it in dist/index.html, so the heading, total and result tiles are on the
// page before any script has loaded. src/main.tsx then hydrates it.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { bundledDataset } from './bundledDatasetPlugin.ts';
import { injectPrerendered } from './injectPrerendered.ts';

const ENTRY = 'src/prerender.tsx';
export function prerenderFirstView(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-first-view',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const scratch = join(config.root, 'node_modules', '.cache', 'prerender');
      await rm(scratch, { recursive: true, force: true });
      await mkdir(scratch, { recursive: true });
      try {
        await build({
          configFile: false,
          root: config.root,
          logLevel: 'warn',
          plugins: [react(), bundledDataset()],
          build: {
            ssr: ENTRY,
            outDir: scratch,
            emptyOutDir: true,
            copyPublicDir: false,
            minify: false,
            rolldownOptions: { output: { entryFileNames: 'prerender.mjs' } },
          },
        });
        const entry = pathToFileURL(join(scratch, 'prerender.mjs')).href;
        const { render } = (await import(entry)) as { render: () => Promise<string> };
        const htmlFile = join(resolve(config.root, config.build.outDir), 'index.html');
        await writeFile(htmlFile, injectPrerendered(await readFile(htmlFile, 'utf8'), await render()));
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  };
}
