import { describe, expect, it } from 'vitest';
import { injectPrerendered } from '../../scripts/injectPrerendered';

const page = `<body><div id="root"><!--app-shell-->
  <p>Loading…</p>
<!--/app-shell--></div><div class="boot-loading"></div></body>`;

describe('injectPrerendered (the build step that puts the first view in index.html)', () => {
  it('replaces the loading shell with the view, marked for hydration and inert until then', () => {
    const out = injectPrerendered(page, '<header><h1>Mali</h1></header>');
    expect(out).toBe('<body><div id="root" data-prerendered inert><header><h1>Mali</h1></header></div><div class="boot-loading"></div></body>');
  });

  it('keeps "$" sequences in the view as they are', () => {
    expect(injectPrerendered(page, "<h1>$3,052K $& $' $1</h1>")).toContain("<h1>$3,052K $& $' $1</h1>");
  });

  it('refuses a view with an inline style, which the CSP would refuse in the browser', () => {
    expect(() => injectPrerendered(page, '<h1>Mali</h1><div class="x" style="height:320px"></div>')).toThrow(/inline style.*height:320px/);
  });

  it('refuses a view that is not the dashboard (no heading: an error or loading state)', () => {
    expect(() => injectPrerendered(page, '<p role="status">Loading the dataset…</p>')).toThrow(/no heading/);
  });

  it('refuses a page without the shell markers', () => {
    expect(() => injectPrerendered('<div id="root"></div>', '<h1>Mali</h1>')).toThrow(/app-shell/);
  });
});
