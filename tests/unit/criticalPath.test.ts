import { describe, expect, it } from 'vitest';
import { deferManifestLink, deferModuleScripts, hoistFontPreloads, inlineStylesheets, insertContentSecurityPolicy, styleHashes } from '../../scripts/criticalPath';

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

  it('finds the stylesheet of a build under a sub-path by its name in the bundle', () => {
    const underCwd = built.replaceAll('"/', '"/cwd/');
    const { html, inlined } = inlineStylesheets(underCwd, (file) => (file === 'assets/index-D4.css' ? 'body{color:#1b1b1b}' : undefined), '/cwd/');
    expect(inlined).toEqual(['assets/index-D4.css']);
    expect(html).toContain('<style>body{color:#1b1b1b}</style>');
    expect(() => inlineStylesheets(built, () => 'body{}', '/cwd/')).toThrow(/links \/assets\/index-D4\.css, outside the build's base \/cwd\//);
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
    expect(html).toContain('<meta name="app-entry" content="/assets/index-A1.js" data-modulepreload="/assets/runtime-B2.js /assets/react-C3.js">\n    <script src="/boot.js">');
    expect(html).not.toMatch(/<script type="module"|modulepreload" crossorigin/);
    expect(html).toContain('<script src="/boot.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D4.css">');
  });

  it('refuses a page with no module script, or with more than one, or with no script left to start the app', () => {
    expect(() => deferModuleScripts('<head></head>')).toThrow(/expected one module script.*found 0/);
    expect(() => deferModuleScripts('<head><script type="module" crossorigin src="/assets/index-A1.js"></script></head>')).toThrow(/no script left/);
    const two = built.replace('</head>', '<script type="module" crossorigin src="/assets/other.js"></script></head>');
    expect(() => deferModuleScripts(two)).toThrow(/found 2/);
  });
});

describe('deferManifestLink (the manifest, linked by boot.js once the first view is on screen)', () => {
  it('moves the manifest link onto the app-entry meta', () => {
    const page = deferModuleScripts(built).replace('</head>', '<link rel="manifest" href="/cwd/manifest.webmanifest"></head>');
    const html = deferManifestLink(page);
    expect(html).not.toContain('rel="manifest"');
    expect(html).toContain('<meta name="app-entry" content="/assets/index-A1.js" data-modulepreload="/assets/runtime-B2.js /assets/react-C3.js" data-manifest="/cwd/manifest.webmanifest">');
  });

  it('refuses a page with no manifest link, or no app-entry meta to carry it', () => {
    expect(() => deferManifestLink(deferModuleScripts(built))).toThrow(/found 0/);
    expect(() => deferManifestLink('<head><link rel="manifest" href="/m.webmanifest"></head>')).toThrow(/no app-entry meta/);
  });
});

describe('styleHashes (what the CSP allows of inline styles)', () => {
  it('gives the SHA-256 of each <style> element, as a CSP source', () => {
    // SHA-256 of the empty string, a published test vector.
    expect(styleHashes('<style></style><p>x</p>')).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(styleHashes('<p>no style</p>')).toEqual([]);
  });
});

describe('hoistFontPreloads and insertContentSecurityPolicy (the order of the built page’s head)', () => {
  const head = `<head>
    <meta charset="UTF-8" />
    <script src="/boot.js"></script>
    <style>body{font-family:Public Sans}</style>
    <link rel="preload" href="/assets/regular.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="preload" href="/assets/bold.woff2" as="font" type="font/woff2" crossorigin="">
  </head>`;

  it('asks for the fonts before the inlined stylesheet, after the blocking script', () => {
    const out = hoistFontPreloads(head);
    const order = ['<meta charset', '/boot.js', '/assets/regular.woff2', '/assets/bold.woff2', '<style>'].map((part) => out.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out.match(/rel="preload"/g)).toHaveLength(2);
  });

  it('puts the policy right after <meta charset>, ahead of everything it governs', () => {
    const out = insertContentSecurityPolicy(head, "default-src 'self'");
    expect(out).toContain(`<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">\n    <script src="/boot.js">`);
  });

  it('refuses a page without <meta charset> or <style>, and a policy that would break out of its attribute', () => {
    expect(() => insertContentSecurityPolicy('<head></head>', "default-src 'self'")).toThrow(/meta charset/);
    expect(() => insertContentSecurityPolicy(head, 'default-src "self"')).toThrow(/escaping/);
    expect(() => hoistFontPreloads('<head><meta charset="UTF-8" /></head>')).toThrow(/no <style>/);
  });
});
