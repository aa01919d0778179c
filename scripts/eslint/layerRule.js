import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The layers of DESIGN §3 for what `no-restricted-imports` cannot see: a dynamic `import('…')` and a
 * worker or asset named by `new URL('…', import.meta.url)`. Each path is resolved from the importing
 * file and held against the folders its layer must not reach. (Static imports are checked by
 * `@typescript-eslint/no-restricted-imports` in eslint.config.js, with the same messages.)
 */

/**
 * Folders each layer must not reach, with the words `npm run lint` says: the one table of the layers,
 * which eslint.config.js also turns into its static-import rules. `typesFrom`: folders whose types
 * alone a static import may name; code loaded later is never types only, so it is forbidden here.
 */
export const LAYERS = [
  { dir: 'src/lib', forbid: ['src/app', 'src/ui', 'src/features', 'src/filters', 'src/figures'], typesFrom: ['src/data'], message: 'src/lib is the shared base: it imports nothing from the app.' },
  { dir: 'src/figures', forbid: ['src/app', 'src/ui', 'src/features', 'src/filters', 'src/data'], message: 'A figure is painted from its description alone: src/figures knows no dataset, panel or page.' },
  { dir: 'src/data', forbid: ['src/app', 'src/ui', 'src/features', 'src/filters', 'src/figures'], message: 'src/data computes; it never reaches into the page.' },
  { dir: 'src/filters', forbid: ['src/app', 'src/ui', 'src/features', 'src/figures'], message: 'The filter store holds state only.' },
  { dir: 'src/ui', forbid: ['src/app', 'src/features'], message: 'Shared UI pieces do not know the panels or the page shell.' },
];
export const FEATURE_MESSAGE = 'A feature never imports the page shell or another feature.';

const inside = (path, dir) => path === dir || path.startsWith(`${dir}/`);

/** What the file at `from` (relative to the project, with /) must not reach, or null. */
function rulesFor(from) {
  const feature = /^src\/features\/([^/]+)\//.exec(from);
  if (feature) return { forbid: (to) => inside(to, 'src/app') || (inside(to, 'src/features') && !inside(to, `src/features/${feature[1]}`)), message: FEATURE_MESSAGE };
  const layer = LAYERS.find((l) => inside(from, l.dir));
  return layer ? { forbid: (to) => [...layer.forbid, ...(layer.typesFrom ?? [])].some((dir) => inside(to, dir)), message: layer.message } : null;
}

/** A string the code gives as is: a literal, or a template with nothing in it. */
function literalOf(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

const isImportMetaUrl = (node) => node?.type === 'MemberExpression' && node.object.type === 'MetaProperty' && node.property.type === 'Identifier' && node.property.name === 'url';

export const layerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the layers for dynamic imports and workers, as no-restricted-imports does for static ones.' },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd;
    const from = relative(cwd, context.filename).split(sep).join('/');
    const rules = rulesFor(from);
    if (!rules) return {};
    const check = (node, specifier) => {
      if (specifier === null || !specifier.startsWith('.')) return;
      const to = relative(cwd, resolve(dirname(join(cwd, from)), specifier)).split(sep).join('/');
      if (rules.forbid(to)) context.report({ node, message: rules.message });
    };
    return {
      ImportExpression(node) {
        check(node, literalOf(node.source));
      },
      NewExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && isImportMetaUrl(node.arguments[1])) check(node, literalOf(node.arguments[0]));
      },
    };
  },
};

export const layersPlugin = { rules: { 'dynamic-imports': layerRule } };
