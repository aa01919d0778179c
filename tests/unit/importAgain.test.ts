import { describe, expect, it } from 'vitest';
import { failedModuleUrl, importAgainOnFailure } from '../../src/lib/importAgain';

describe('importing a module again after its download failed', () => {
  it('reads the failed address from Chromium’s and Firefox’s messages', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://localhost:4173/assets/x-1a2b.js'))).toBe('http://localhost:4173/assets/x-1a2b.js');
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: http://h/assets/y.js'))).toBe('http://h/assets/y.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });

  it('calls the loader first, and rethrows its failure as it came', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module: http://localhost:1/assets/never-there.js');
    let calls = 0;
    const load = importAgainOnFailure(() => {
      calls += 1;
      return Promise.reject(failure);
    });
    await expect(load()).rejects.toBe(failure);
    expect(calls).toBe(1);
    // The second attempt asks for the failed address afresh, not through the loader (whose failure the browser keeps).
    await expect(load()).rejects.toBeTruthy();
    expect(calls).toBe(1);
  });

  it('keeps using the loader while it succeeds', async () => {
    let calls = 0;
    const load = importAgainOnFailure(() => {
      calls += 1;
      return Promise.resolve({ ok: true });
    });
    await expect(load()).resolves.toEqual({ ok: true });
    await expect(load()).resolves.toEqual({ ok: true });
    expect(calls).toBe(2);
  });
});
