// Vite plugin: after the client build, renders the plain link's first view
// to HTML (src/prerender.tsx, built for Node into a scratch folder) and puts
// it in dist/index.html, so the heading, total and result tiles are on the
// page before any script has loaded. src/main.tsx then hydrates it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { bundledDataset } from './bundledDatasetPlugin.ts';
import { injectPrerendered } from './injectPrerendered.ts';

const ENTRY = 'src/prerender.tsx';

/**
 * The page built ahead of time registers no service worker (that happens in the browser, after the
 * first view: src/app/UpdateNotice.tsx), but its code names vite-plugin-pwa's module, which exists
 * only in the client build. This stands in for it in the prerender build.
 */
function noServiceWorker(): Plugin {
  const id = '\0prerender:pwa-register';
  return {
    name: 'prerender-no-service-worker',
    resolveId: (source) => (source === 'virtual:pwa-register' ? id : null),
    load: (source) => (source === id ? 'export function registerSW() { return () => Promise.resolve(); }' : null),
  };
}
export function prerenderFirstView(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-first-view',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle(error?: Error) {
      // The client build failed: leave its error to be reported.
      if (error) return;
      // An error in a transformIndexHtml step reaches here with no error argument (Vite 8), and the page is
      // simply not written: say so, rather than fail on reading it.
      const htmlFile = join(resolve(config.root, config.build.outDir), 'index.html');
      if (!existsSync(htmlFile)) {
        throw new Error(`prerender: the build wrote no ${htmlFile}, so there is no page to put the first view in. An earlier step of the build failed; its message, if it printed one, is above.`);
      }
      const scratch = join(config.root, 'node_modules', '.cache', 'prerender');
      await rm(scratch, { recursive: true, force: true });
      await mkdir(scratch, { recursive: true });
      try {
        await build({
          configFile: false,
          root: config.root,
          base: config.base,
          logLevel: 'warn',
          plugins: [react(), bundledDataset(), noServiceWorker()],
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
        await writeFile(htmlFile, injectPrerendered(await readFile(htmlFile, 'utf8'), await render()));
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  };
}
