import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { FEATURE_MESSAGE, LAYERS, layersPlugin } from './scripts/eslint/layerRule.js';

/**
 * The layers of DESIGN §3: app → features → data, filters, lib, ui. Each entry
 * names what a layer must not import; a feature never imports another.
 * tests/unit/layers.test.ts checks that a breaking import is refused.
 */
const layer = (files, group, message, typesFrom = []) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          { group, message },
          ...(typesFrom.length > 0 ? [{ group: typesFrom, message, allowTypeImports: true }] : []),
        ],
      },
    ],
  },
});
const FEATURES = readdirSync(new URL('./src/features', import.meta.url));
// "src/app" as an import pattern: any path through an app folder.
const anyPathTo = (dir) => `**/${dir.replace(/^src\//, '')}/**`;
export const LAYER_RULES = [
  // The layers' table (scripts/eslint/layerRule.js); the export library may name the dataset's types, never its code.
  ...LAYERS.map((l) => layer([`${l.dir}/**`], l.forbid.map(anyPathTo), l.message, (l.typesFrom ?? []).map(anyPathTo))),
  ...FEATURES.map((name) => ({
    files: [`src/features/${name}/**`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The shell, another feature by its path, or a sibling folder ("../results/…") is another feature.
              regex: `(^|/)app/|(^|/)features/(?!${name}/)|^\\.\\./[^./][^/]*/`,
              message: FEATURE_MESSAGE,
            },
          ],
        },
      ],
    },
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-cwd', 'node_modules', 'playwright-report', 'test-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  ...LAYER_RULES,
  // The same layers for dynamic import() and workers (scripts/eslint/layerRule.js).
  { files: ['src/**/*.{ts,tsx}'], plugins: { layers: layersPlugin }, rules: { 'layers/dynamic-imports': 'error' } },
  { files: ['**/*.js'], extends: [js.configs.recommended], languageOptions: { globals: globals.node } },
  // Served as is to the browser, before the app (a classic script).
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
);
