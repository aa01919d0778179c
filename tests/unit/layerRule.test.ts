// @vitest-environment node
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layersPlugin } from '../../scripts/eslint/layerRule.js';

/**
 * The layers hold for what loads later too: a dynamic import() and a worker named by
 * new URL(…, import.meta.url) are refused where a static import would be. Linted without
 * type information, so each case takes milliseconds.
 */
const linter = new Linter({ cwd: process.cwd() });
const config = [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser }, plugins: { layers: layersPlugin }, rules: { 'layers/dynamic-imports': 'error' as const } }];

function messages(file: string, code: string): string[] {
  return linter.verify(code, config, { filename: `${process.cwd()}/${file}` }).map((m) => m.message);
}

describe('the layers, for dynamic imports and workers', () => {
  it.each([
    ['src/features/funding/FundingPanel.tsx', "const m = import('../../app/Dashboard');", 'A feature never imports the page shell or another feature.'],
    ['src/features/funding/FundingPanel.tsx', 'const m = import(`../results/ResultsPanel`);', 'A feature never imports the page shell or another feature.'],
    ['src/data/import/workerClient.ts', "const w = new Worker(new URL('../../app/unsavedWork.ts', import.meta.url), { type: 'module' });", 'src/data computes; it never reaches into the page.'],
    ['src/data/sheet/readSheet.ts', "const m = import('../../features/datasets/ImportReview');", 'src/data computes; it never reaches into the page.'],
    ['src/lib/format.ts', "const m = import('../data/model/parseDataset');", 'src/lib is the shared base: it imports nothing from the app.'],
    ['src/ui/ChartFrame.tsx', "const m = import('../features/funding/FundingPanel');", 'Shared UI pieces do not know the panels or the page shell.'],
    ['src/filters/filterStore.ts', "const m = import('../ui/Swatch');", 'The filter store holds state only.'],
  ])('%s refuses %s', (file, code, message) => {
    expect(messages(file, code)).toEqual([message]);
  });

  it('lets a feature load its own modules and the data layer, and data start its own worker', () => {
    expect(messages('src/features/datasets/DatasetsPanel.tsx', "const a = import('../../data/import/readImportFile'); const b = import('./ImportReview');")).toEqual([]);
    expect(messages('src/data/import/workerClient.ts', "const w = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });")).toEqual([]);
    expect(messages('src/app/Dashboard.tsx', "const m = import('../features/overview/OverviewPage');")).toEqual([]);
    // A package by name is not a layer.
    expect(messages('src/lib/export/exportBrief.ts', "const m = import('jspdf');")).toEqual([]);
  });
});
