import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, get, set } from 'idb-keyval';
import { parseDataset } from '../../src/data/model/parseDataset';
import { validDatasetJson } from '../fixtures/datasets';

const dataset = () => parseDataset(validDatasetJson()).dataset;
const raw = () => createStore('cwd-dashboard', 'imported-datasets');

/** A fresh copy of the storage module, as a new page load has. */
async function storage() {
  vi.resetModules();
  return import('../../src/data/import/importedDatasets');
}

beforeEach(async () => {
  // Each test starts with empty storage.
  const { clear } = await import('idb-keyval');
  await clear(raw());
});

afterEach(() => {
  vi.doUnmock('idb-keyval');
  vi.unstubAllGlobals();
});

describe('imports kept in the browser', () => {
  it('two imports at the same moment (two tabs) are both listed after a reload', async () => {
    const tabA = await storage();
    const tabB = await storage();
    const now = new Date('2026-12-02T10:00:00.000Z');
    await Promise.all([tabA.saveImport(dataset(), 'a.csv', now), tabB.saveImport(dataset(), 'b.csv', now)]);
    const reloaded = await storage();
    const { records } = await reloaded.listImports();
    expect(records.map((r) => r.fileName).sort()).toEqual(['a.csv', 'b.csv']);
    expect(new Set(records.map((r) => r.id)).size).toBe(2);
    for (const r of records) expect((await reloaded.loadImport(r.id)).dataset.countries[0]?.name).toBe('Mali');
  });

  it('a malformed stored entry is skipped and reported; the others stay usable', async () => {
    const s = await storage();
    const good = await s.saveImport(dataset(), 'good.csv');
    await set('record:import-broken', { id: 'import-broken', fileName: 'x.csv', importedAt: 'not a date', bytes: 1, countries: 1, defaultCountry: 'mali' }, raw());
    const list = await (await storage()).listImports();
    expect(list.records.map((r) => r.fileName)).toEqual(['good.csv']);
    expect(list.unreadable).toEqual([{ key: 'record:import-broken', reason: expect.stringMatching(/datetime/i) as string }]);
    await s.removeUnreadable(list.unreadable.map((u) => u.key));
    expect((await s.listImports()).unreadable).toEqual([]);
    expect((await s.loadImport(good.id)).dataset.id).toBe(dataset().id);
  });

  it('moves the list an earlier version kept under one key into a key per import, reporting a bad entry', async () => {
    await set(
      'index',
      [
        { id: 'import-old', fileName: 'old.csv', importedAt: '2026-01-01T00:00:00.000Z', bytes: 10, countries: 1, defaultCountry: 'mali' },
        { id: 'import-bad', fileName: 'bad.csv', importedAt: 'Invalid Date', bytes: 10, countries: 1, defaultCountry: 'mali' },
      ],
      raw(),
    );
    const list = await (await storage()).listImports();
    expect(list.records.map((r) => r.fileName)).toEqual(['old.csv']);
    expect(list.unreadable.map((u) => u.key)).toEqual(['record:import-bad']);
    expect(await get('index', raw())).toBeUndefined();
  });

  it('with no IndexedDB at all, an import is kept for this visit and the list says storage is off', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const s = await storage();
    const saved = await s.saveImport(dataset(), 'good.csv');
    expect(saved.sessionOnly).toBe(true);
    expect(saved.notStored).toBe('this browser offers no storage for sites (IndexedDB is off, as in some private windows)');
    expect((await s.loadImport(saved.id)).dataset.countries).toHaveLength(1);
    const list = await s.listImports();
    expect(list.records.map((r) => [r.fileName, r.sessionOnly])).toEqual([['good.csv', true]]);
    expect(list.storageProblem).toMatch(/no storage for sites/);
  });

  it('an aborted write (IndexedDB rejects with null) says so in words and keeps the import for this visit', async () => {
    // IndexedDB rejects an aborted transaction with its error, which is null: the very thing to handle.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    vi.doMock('idb-keyval', async (original) => ({ ...(await original<typeof import('idb-keyval')>()), setMany: () => Promise.reject(null) }));
    const s = await storage();
    const saved = await s.saveImport(dataset(), 'good.csv');
    expect(saved.notStored).toBe('the write was stopped before it finished');
    expect(saved.sessionOnly).toBe(true);
  });
});

/**
 * A stand-in for the browser's Worker that runs the real import worker module in this thread: what the
 * page sends and receives is exactly what crosses to the worker in a browser (jsdom has no Worker).
 */
function installWorker(requests: unknown[]) {
  class InProcessWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { message: string }) => void) | null = null;
    postMessage(data: unknown) {
      requests.push(data);
      const scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (reply: unknown) => void } = {
        onmessage: null,
        postMessage: (reply) => {
          this.onmessage?.({ data: reply });
        },
      };
      vi.stubGlobal('self', scope);
      void import('../../src/data/import/importWorker').then(() => scope.onmessage?.({ data }));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', InProcessWorker);
}

describe('a stored import reopened after a reload', () => {
  it('is read and checked in the import worker, not on the page, and comes back whole', async () => {
    const s = await storage();
    const saved = await s.saveImport(dataset(), 'good.csv');
    const requests: unknown[] = [];
    installWorker(requests);
    const reopened = await (await storage()).loadImport(saved.id);
    expect(requests).toEqual([{ kind: 'stored', id: saved.id }]);
    expect(reopened.dataset).toEqual(dataset());
  });

  it('a stored dataset that no longer passes the checks is reported with its problems, from the worker', async () => {
    const s = await storage();
    const saved = await s.saveImport(dataset(), 'good.csv');
    const broken = validDatasetJson();
    broken.countries = [];
    await set(`dataset:${saved.id}`, broken, raw());
    installWorker([]);
    await expect((await storage()).loadImport(saved.id)).rejects.toThrow('countries: must have at least one country');
  });

  it('a record whose dataset is gone says it is not stored in this browser', async () => {
    installWorker([]);
    await expect((await storage()).loadImport('import-missing')).rejects.toThrow('The dataset “import-missing” is not stored in this browser.');
  });
});
