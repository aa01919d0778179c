import { describe, expect, it } from 'vitest';
import { deferModuleScripts, inlineStylesheets, styleHashes } from '../../scripts/criticalPath';

const built = `<head>
    <script src="/boot.js"></script>
    <script type="module" crossorigin src="/assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-B2.js">
    <link rel="modulepreload" crossorigin href="/assets/react-C3.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D4.css">
  </head>`;

describe('inlineStylesheets (the build step that puts the stylesheet in the page)', () => {
  it('replaces the stylesheet link with its rules', () => {
    const { html, inlined } = inlineStylesheets(built, (file) => (file === 'assets/index-D4.css' ? 'body{color:#1b1b1b}' : undefined));
    expect(inlined).toEqual(['assets/index-D4.css']);
    expect(html).toContain('<style>body{color:#1b1b1b}</style>');
    expect(html).not.toContain('rel="stylesheet"');
  });

  it('refuses a link to a file the build did not produce', () => {
    expect(() => inlineStylesheets(built, () => undefined)).toThrow(/links assets\/index-D4\.css, which the build did not produce/);
  });

  it('refuses rules that would close the <style> element early', () => {
    expect(() => inlineStylesheets(built, () => '.a::after{content:"</style>"}')).toThrow(/<\/style/);
  });
});

describe('deferModuleScripts (the build step that leaves the app for boot.js to start)', () => {
  it('names the entry and its preloads in one meta element, in place of the script and preload tags', () => {
    const html = deferModuleScripts(built);
    expect(html).toContain('<meta name="app-entry" content="/assets/index-A1.js" data-modulepreload="/assets/runtime-B2.js /assets/react-C3.js">');
    expect(html).not.toMatch(/<script type="module"|modulepreload" crossorigin/);
    expect(html).toContain('<script src="/boot.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D4.css">');
  });

  it('refuses a page with no module script, or with more than one', () => {
    expect(() => deferModuleScripts('<head></head>')).toThrow(/expected one module script.*found 0/);
    const two = built.replace('</head>', '<script type="module" crossorigin src="/assets/other.js"></script></head>');
    expect(() => deferModuleScripts(two)).toThrow(/found 2/);
  });
});

describe('styleHashes (what the CSP allows of inline styles)', () => {
  it('gives the SHA-256 of each <style> element, as a CSP source', () => {
    // SHA-256 of the empty string, a published test vector.
    expect(styleHashes('<style></style><p>x</p>')).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(styleHashes('<p>no style</p>')).toEqual([]);
  });
});
