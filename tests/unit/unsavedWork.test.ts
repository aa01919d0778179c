import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { reloadIfSafe, unsavedWork } from '../../src/app/unsavedWork';
import { removeImport, saveImport } from '../../src/data/import/importedDatasets';
import { session } from '../../src/data/import/storedImport';
import { parseDataset } from '../../src/data/model/parseDataset';
import { useImportQueue } from '../../src/features/datasets/importQueue';
import { validDatasetJson } from '../fixtures/datasets';

/** A browser with no room left: an import is then kept for this visit only. */
function storageFull() {
  Object.defineProperty(navigator, 'storage', { value: { estimate: () => Promise.resolve({ quota: 1000, usage: 1000 }) }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  session.clear();
  useImportQueue.getState().set({ kind: 'idle' });
});

describe('what a reload would lose in this tab', () => {
  it('is nothing when every import is stored and none is under way: the page reloads', () => {
    const reload = vi.fn();
    expect(unsavedWork()).toEqual([]);
    expect(reloadIfSafe(reload)).toEqual({ reloaded: true, wouldLose: [] });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('names an import kept for this visit only, and an import still being read; the page is not reloaded', async () => {
    storageFull();
    const record = await saveImport(parseDataset(validDatasetJson()).dataset, 'bamako-office.csv');
    expect(record.sessionOnly).toBe(true);
    useImportQueue.getState().set({ kind: 'busy', stage: { stage: 'reading', percent: 40 }, fileName: 'niger.csv', queued: 0 });
    const wouldLose = [
      'the dataset imported from bamako-office.csv, kept for this visit only (download it from Datasets to keep it)',
      'the import of niger.csv, still being read',
    ];
    expect(unsavedWork()).toEqual(wouldLose);
    const reload = vi.fn();
    expect(reloadIfSafe(reload)).toEqual({ reloaded: false, wouldLose });
    expect(reload).not.toHaveBeenCalled();
  });

  it('is nothing again once the import kept for this visit is removed', async () => {
    storageFull();
    const record = await saveImport(parseDataset(validDatasetJson()).dataset, 'office.json');
    expect(unsavedWork()).toHaveLength(1);
    await removeImport(record.id);
    expect(unsavedWork()).toEqual([]);
  });
});

describe('the service worker’s registration', () => {
  it('leaves the reload to the page, which reloads only a tab with nothing to lose (vite-plugin-pwa would reload every open tab)', async () => {
    const registerSW = vi.fn<(options: RegisterSWOptions) => () => Promise<void>>(() => () => Promise.resolve());
    vi.doMock('virtual:pwa-register', () => ({ registerSW }));
    const { registerServiceWorker } = await import('../../src/app/serviceWorker');
    const events = { onNeedRefresh: vi.fn(), onOfflineReady: vi.fn(), onNeedReload: vi.fn() };
    registerServiceWorker(events);
    expect(registerSW).toHaveBeenCalledWith(expect.objectContaining({ onNeedReload: events.onNeedReload }));
    vi.doUnmock('virtual:pwa-register');
  });
});
