/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { z } from 'zod';
import { datasetSchema } from './src/data/schema.ts';

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

export default defineConfig({
  plugins: [react(), datasetJsonSchema()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
  },
});
