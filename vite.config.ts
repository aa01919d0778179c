/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { z } from 'zod';
import { datasetFileSchema } from './src/data/model/schema.ts';
import { deferManifestLink, deferModuleScripts, hoistFontPreloads, inlineStylesheets, insertContentSecurityPolicy, styleHashes } from './scripts/criticalPath.ts';
import { bundledDataset } from './scripts/bundledDatasetPlugin.ts';
import { dataFilesPlugin } from './scripts/dataFilesPlugin.ts';
import { prerenderFirstView } from './scripts/prerenderPlugin.ts';
import { basePath } from './scripts/basePath.ts';

/**
 * Runs a build step of index.html, printing its error before passing it on: Vite 8 loses an error
 * thrown in a transformIndexHtml hook (the build then fails only for want of dist/index.html).
 */
function loudly<T>(step: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    console.error(`\n${step}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/** Publishes the JSON Schema of the dataset format, generated from the zod schema, at /dataset.schema.json. */
function datasetJsonSchema(): Plugin {
  const source = () =>
    JSON.stringify(
      {
        ...z.toJSONSchema(datasetFileSchema, { io: 'input', unrepresentable: 'any' }),
        $id: 'dataset.schema.json',
        title: 'CWD dashboard dataset',
        description:
          'Dataset format of the CWD dashboard, schema version 2: editions, each with its fiscal years and country tables as printed, and the countries\' page text. Version 1 files (the latest edition\'s tables on the countries, earlierEditions beside them) still load. Amounts are USD thousands; "cumulative" is the report\'s own column, not a sum of fiscal years. Some rules (unique country ids, fiscal-year keys matching their edition\'s fiscalYears, a table for every country in the latest edition) are checked by the app beyond this schema.',
      },
      null,
      2,
    );
  return {
    name: 'dataset-json-schema',
    configureServer(server) {
      server.middlewares.use('/dataset.schema.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/schema+json');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'dataset.schema.json', source: source() });
    },
  };
}

/**
 * Content-Security-Policy for the built app: its own origin only, no inline
 * script. The one inline <style> (the page's stylesheet, inlined by
 * criticalPath()) is allowed by its hash, and no other. Images may be
 * data:/blob: (export previews, the icon); nothing else leaves the origin.
 * Added at build time only: the dev server needs inline scripts for hot
 * reload. Hosts that can send headers should also send it as a header, with
 * frame-ancestors (which a meta tag cannot carry): the sites allowed to embed
 * a chart (`?embed=`), or 'none'.
 */
export function contentSecurityPolicyFor(styleSources: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleSources].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => loudly('content-security-policy', () => insertContentSecurityPolicy(html, contentSecurityPolicyFor(styleHashes(html)))),
    },
  };
}

/**
 * Shortens the built page's critical path (scripts/criticalPath.ts): its
 * stylesheet is inlined, the fonts are asked for first, and the app's module
 * script is started by boot.js after the first paint, so the page built ahead
 * of time paints from the HTML and its fonts alone. The app's CSS is all imported by src/main.tsx, so the build has
 * one stylesheet. Its file stays in dist/assets: Vite's loader for a
 * code-split chunk that depends on the entry (the dataset import code) may
 * still fetch it, which is harmless, as it holds the same rules.
 */
function criticalPath(): Plugin {
  let base = '/';
  return {
    name: 'critical-path',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => loudly('critical-path', () => {
        const bundle = ctx.bundle ?? {};
        const stylesheets = Object.keys(bundle).filter((name) => name.endsWith('.css'));
        const { html: withStyle, inlined } = inlineStylesheets(html, (file) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? String(asset.source) : undefined;
        }, base);
        if (inlined.length !== 1 || stylesheets.length !== 1) {
          throw new Error(`critical-path: expected the build's one stylesheet linked from index.html; linked ${inlined.join(', ') || 'none'}, built ${stylesheets.join(', ') || 'none'}`);
        }
        return hoistFontPreloads(deferModuleScripts(withStyle));
      }),
    },
  };
}

/**
 * Takes the manifest link that vite-plugin-pwa adds out of the page, for the app to add once it is up (scripts/criticalPath.ts, deferManifestLink). After offline() in the plugin list, and
 * like its link-adding step a 'post' plugin, so that it runs after it.
 */
function deferManifest(): Plugin {
  return {
    name: 'defer-manifest',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => loudly('defer-manifest', () => deferManifestLink(html)),
    },
  };
}

/**
 * Preloads the page's two font files (regular and bold), found in the built
 * bundle, so they are there for the first paint: src/app/fonts.css (files in src/lib/fonts) uses
 * font-display: optional, which never swaps fonts after the first paint.
 */
function preloadFonts(): Plugin {
  let base = '/';
  return {
    name: 'preload-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => loudly('preload-fonts', () => {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((name) => /public-sans-latin-(400|700)-normal-[^/]*\.woff2$/.test(name));
        if (fonts.length !== 2) throw new Error(`preload-fonts: expected the regular and bold woff2 files in the bundle, found ${fonts.join(', ') || 'none'}`);
        return fonts.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${name}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      }),
    },
  };
}

/**
 * Offline use (vite-plugin-pwa, Workbox): a service worker precaches every file of the build (the
 * app, its chunks, the fonts, the bundled data inside the JavaScript, the schema, the data files, the icons), so
 * after one visit the dashboard opens and works with no network. It caches nothing at run time and
 * nothing from another origin. Navigations are answered with the cached index.html, whatever their
 * query. A new build's worker waits until the page lets it in (src/app/UpdateNotice.tsx says an
 * update is ready). It is registered from the app's own code, so the CSP needs no inline script.
 * It writes its worker after the page built ahead of time is in dist/index.html (closeBundleOrder),
 * so the precached page is the one served.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    includeAssets: [],
    includeManifestIcons: false,
    integration: { closeBundleOrder: 'post' },
    manifest: {
      name: 'CWD dashboard: U.S. Conventional Weapons Destruction assistance',
      short_name: 'CWD dashboard',
      description: "U.S. Conventional Weapons Destruction assistance by country, from the State Department's To Walk the Earth in Safety: funding, results and partners.",
      lang: 'en',
      display: 'standalone',
      start_url: '.',
      scope: '.',
      theme_color: '#1a4480',
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // The data files (data/*.csv, *.json: scripts/dataFiles.ts) too, about 0.5 MB before gzip in some 170
      // small files, so every link to one works offline and opens the file, not the page.
      globPatterns: ['**/*.{js,css,html,woff2,json,csv,svg,png,webmanifest}'],
      // The chart and export chunks are the largest (about 430 KB before gzip); every file must be cached.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      runtimeCaching: [],
    },
  });
}

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  plugins: [react(), bundledDataset(), datasetJsonSchema(), dataFilesPlugin(), preloadFonts(), criticalPath(), contentSecurityPolicy(), prerenderFirstView(), offline(), deferManifest()],
  resolve: {
    // jsPDF's optional helpers, unused here (src/lib/export/notBundled.ts says why).
    alias: Object.fromEntries(['html2canvas', 'dompurify', 'canvg'].map((name) => [name, fileURLToPath(new URL('./src/lib/export/notBundled.ts', import.meta.url))])),
  },
  // The import worker is a module worker, so it can load the workbook reader (SheetJS) only when a workbook is chosen.
  worker: { format: 'es' },
  build: {
    // The app has one stylesheet, inlined into the page (criticalPath): no chunk loaded later should
    // ask for it again as a stylesheet of its own.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // React DOM in a chunk of its own: the browser compiles each module script in a task of its
        // own, so the first chunk's code is two tasks of about half the length.
        codeSplitting: { groups: [{ name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ }] },
      },
    },
  },

  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20_000,
  },
});
