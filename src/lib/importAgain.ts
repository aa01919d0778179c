/*
 * A code-split module whose download failed (offline, a dropped connection) cannot be imported again
 * under the same address in some browsers: Chromium keeps the failure for the page's life, so "Try
 * again" would fail for good. The browser names the failed module in its message; a second attempt
 * asks for that address with a query added, which the browser takes as a new module (the server
 * serves the same file).
 */

/** The address a failed dynamic import names: Chromium's and Firefox's messages carry it; Safari's does not. */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const m = /(?:Failed to fetch dynamically imported module|error loading dynamically imported module):\s*(\S+)/i.exec(message);
  return m?.[1] ?? null;
}

/**
 * `load` as a function that, after a failed download, fetches the module afresh at its own address
 * with a query added (the next attempt, a new query), and once that loads, keeps to it. Until a
 * download fails, it is `load` itself.
 */
export function importAgainOnFailure<M>(load: () => Promise<M>): () => Promise<M> {
  let failedUrl: string | null = null;
  /** The fresh address that loaded, kept so later calls reuse that one module rather than fetch another. */
  let loadedUrl: string | null = null;
  let attempt = 0;
  return async () => {
    if (loadedUrl) return (await import(/* @vite-ignore */ loadedUrl)) as M;
    const url = failedUrl;
    if (!url) {
      try {
        return await load();
      } catch (error) {
        failedUrl = failedModuleUrl(error);
        throw error;
      }
    }
    attempt += 1;
    const fresh = new URL(url);
    fresh.searchParams.set('attempt', String(attempt));
    const module = (await import(/* @vite-ignore */ fresh.href)) as M;
    loadedUrl = fresh.href;
    return module;
  };
}
