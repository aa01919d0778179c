import { createStore, type UseStore } from 'idb-keyval';

/** Where imports are kept: one IndexedDB store, read by the page and by the import worker. */
export const RECORD_PREFIX = 'record:';
export const DATASET_PREFIX = 'dataset:';

export function storedDatasetKey(id: string): string {
  return `${DATASET_PREFIX}${id}`;
}

let store: UseStore | null = null;
/** The store, opened once per page or worker; throws where the browser offers no IndexedDB. */
export function storedDatasetsStore(): UseStore {
  // Some browsers define the name but leave it empty.
  if (typeof indexedDB === 'undefined' || !(indexedDB as IDBFactory | null)) {
    throw new Error('this browser offers no storage for sites (IndexedDB is off, as in some private windows)');
  }
  store ??= createStore('cwd-dashboard', 'imported-datasets');
  return store;
}
