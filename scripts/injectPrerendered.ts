// The step of the prerender (scripts/prerenderPlugin.ts) that edits index.html: pure, so it is unit-tested.

const SHELL = /<div id="root"><!--app-shell-->[\s\S]*?<!--\/app-shell--><\/div>/;

/**
 * Puts the rendered app in place of index.html's loading shell. The root is
 * marked `data-prerendered` (src/main.tsx hydrates it; public/boot.js hides
 * it for other links) and `inert` until the app has taken it over, so
 * nothing can be clicked that does not work yet.
 */
export function injectPrerendered(html: string, appHtml: string): string {
  if (!SHELL.test(html)) throw new Error('prerender: index.html has no <div id="root"><!--app-shell-->…<!--/app-shell--></div> to replace');
  // The Content-Security-Policy refuses inline styles: markup that needs one would show unstyled.
  const styled = /<[a-z][^>]*\sstyle="[^"]*"/i.exec(appHtml);
  if (styled) throw new Error(`prerender: the rendered view carries an inline style, which the CSP refuses: ${styled[0].slice(0, 200)}`);
  if (!/<h1[\s>]/.test(appHtml)) throw new Error(`prerender: the rendered view has no heading; it is not the dashboard: ${appHtml.slice(0, 300)}`);
  return html.replace(SHELL, () => `<div id="root" data-prerendered inert>${appHtml}</div>`);
}
