/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { z } from 'zod';
import { datasetSchema } from './src/data/schema.ts';
import { prerenderFirstView } from './scripts/prerenderPlugin.ts';

/** Publishes the JSON Schema of the dataset format, generated from the zod schema, at /dataset.schema.json. */
function datasetJsonSchema(): Plugin {
  const source = () =>
    JSON.stringify(
      {
        ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
        $id: 'dataset.schema.json',
        title: 'CWD dashboard dataset',
        description:
          'Dataset format of the CWD dashboard. Amounts are USD thousands; "cumulative" is the report\'s own column, not a sum of fiscal years. Some rules (unique country ids, fiscal-year keys matching fiscalYears) are checked by the app beyond this schema.',
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
 * script. Images may be data:/blob: (export previews); nothing else leaves
 * the origin. Added at build time only: the dev server needs inline scripts
 * for hot reload. Hosts that can send headers should also send it as a
 * header, with frame-ancestors 'none' (which a meta tag cannot carry).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Preloads the page's two font files (regular and bold), found in the built
 * bundle, so they are there for the first paint: src/app/fonts.css uses
 * font-display: optional, which never swaps fonts after the first paint.
 */
function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((name) => /public-sans-latin-(400|700)-normal-[^/]*\.woff2$/.test(name));
        if (fonts.length !== 2) throw new Error(`preload-fonts: expected the regular and bold woff2 files in the bundle, found ${fonts.join(', ') || 'none'}`);
        return fonts.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${name}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), datasetJsonSchema(), contentSecurityPolicy(), preloadFonts(), prerenderFirstView()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20_000,
  },
});
