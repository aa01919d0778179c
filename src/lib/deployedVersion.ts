/**
 * Whether the server now holds a different build from the one this page runs:
 * the page's own address fetched afresh, and the app entry it names compared
 * with this page's. True: a new version is published; false: the same one;
 * null: it cannot be told (no connection, or a page without an entry meta).
 */
export async function newVersionPublished(): Promise<boolean | null> {
  const current = document.querySelector('meta[name="app-entry"]')?.getAttribute('content');
  if (!current) return null;
  try {
    const response = await fetch(window.location.pathname, { cache: 'no-store', headers: { Accept: 'text/html' } });
    if (!response.ok) return null;
    const html = await response.text();
    const served = /<meta name="app-entry" content="([^"]+)"/.exec(html)?.[1];
    return served === undefined ? null : served !== current;
  } catch {
    return null;
  }
}
