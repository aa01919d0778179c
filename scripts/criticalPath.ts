// Build steps that shorten what the browser must fetch before the first paint
// of the page built ahead of time (the criticalPath() and
// contentSecurityPolicy() plugins in vite.config.ts apply them to
// dist/index.html). Pure string work, so they are unit-tested.
import { createHash } from 'node:crypto';

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)">/g;
const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;
const CHARSET = /<meta charset="UTF-8" \/>/;
const FONT_PRELOAD = /[ \t]*<link rel="preload"[^>]*\bas="font"[^>]*>\n?/g;

/**
 * Puts each linked stylesheet of the page in a <style> element, so the first
 * paint waits for no stylesheet request. `read` gives a built file's text, by
 * its name in the bundle (the link's address less the build's `base`, "/" or
 * a sub-path such as "/cwd/"). Returns the page and the files inlined.
 */
export function inlineStylesheets(html: string, read: (file: string) => string | undefined, base = '/'): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(STYLESHEET, (_tag, href: string) => {
    if (!href.startsWith(base)) throw new Error(`critical path: index.html links ${href}, outside the build's base ${base}`);
    const file = href.slice(base.length);
    const css = read(file);
    if (css === undefined) throw new Error(`critical path: index.html links ${file}, which the build did not produce`);
    if (/<\/style/i.test(css)) throw new Error(`critical path: ${file} contains "</style", which would end the inlined element early`);
    inlined.push(file);
    return `<style>${css}</style>`;
  });
  return { html: out, inlined };
}

/**
 * The app's module script and its module preloads, taken out of the page and
 * described in one <meta name="app-entry"> instead, placed before the page's
 * first script: public/boot.js adds them after the first paint, so the first
 * view's HTML and fonts do not share the network with the app's code (or at
 * once, for a link whose view the app must draw).
 */
export function deferModuleScripts(html: string): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  const [tag, entry] = scripts[0] ?? [];
  if (scripts.length !== 1 || tag === undefined || entry === undefined) {
    throw new Error(`critical path: expected one module script in index.html, found ${scripts.length}`);
  }
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  const meta = `<meta name="app-entry" content="${entry}" data-modulepreload="${preloads.join(' ')}">`;
  // Ahead of every script, so that boot.js can read it while it runs.
  const rest = html.replace(MODULE_PRELOAD, '').replace(tag, '');
  const firstScript = rest.indexOf('<script');
  if (firstScript === -1) throw new Error('critical path: index.html has no script left to start the app (public/boot.js)');
  return `${rest.slice(0, firstScript)}${meta}\n    ${rest.slice(firstScript)}`;
}

const MANIFEST_LINK = /<link rel="manifest" href="([^"]+)"[^>]*>/g;

/**
 * The web app manifest's link (vite-plugin-pwa adds it), taken out of the page and named on the
 * app-entry meta instead (data-manifest): src/main.tsx links it once the app is up. Linked in the
 * page, the browser fetches the manifest and then its icon while the first view is still loading, two
 * requests in a row that nothing on the first screen needs.
 */
export function deferManifestLink(html: string): string {
  const links = [...html.matchAll(MANIFEST_LINK)];
  const [tag, href] = links[0] ?? [];
  if (links.length !== 1 || tag === undefined || href === undefined) throw new Error(`critical path: expected one manifest link in index.html, found ${links.length}`);
  const meta = /<meta name="app-entry"[^>]*>/.exec(html)?.[0];
  if (meta === undefined) throw new Error('critical path: index.html has no app-entry meta to name the manifest on');
  // Last on the meta: its content comes first, as src/lib/deployedVersion.ts reads it from a fetched page.
  return html.replace(tag, '').replace(meta, `${meta.slice(0, -1)} data-manifest="${href}">`);
}

/** CSP source expressions ('sha256-…') for every <style> element of the page, so the policy allows exactly those. */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(STYLE_ELEMENT)].map((match) => `'sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}'`);
}

/**
 * Moves the font preloads up to just before the first <style> element (the
 * inlined stylesheet), so the fonts are asked for as early as the page's
 * blocking script, which comes first and so reuses the page's connection.
 * Fonts that are there for the page's first layout spare it a layout with
 * the fallback font and a second one when they arrive.
 */
export function hoistFontPreloads(html: string): string {
  const preloads = [...html.matchAll(FONT_PRELOAD)].map((match) => match[0].trim());
  const rest = html.replace(FONT_PRELOAD, '');
  const style = rest.indexOf('<style>');
  if (style === -1) throw new Error('critical path: index.html has no <style> element to put the font preloads before');
  return `${rest.slice(0, style)}${preloads.map((link) => `${link}\n    `).join('')}${rest.slice(style)}`;
}

/** Puts the Content-Security-Policy meta element just after <meta charset>, ahead of everything it governs. */
export function insertContentSecurityPolicy(html: string, policy: string): string {
  if (!CHARSET.test(html)) throw new Error('critical path: index.html has no <meta charset="UTF-8" />');
  if (/["&<>]/.test(policy)) throw new Error(`critical path: the policy has a character that needs escaping in an attribute: ${policy}`);
  return html.replace(CHARSET, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
