import { queryOptions, useQuery } from '@tanstack/react-query';
import { get, type UseStore } from 'idb-keyval';
import type { ImportRecord } from './importRecord';
import type { LoadedDataset } from '../model/parseDataset';
import { DatasetValidationError } from '../model/datasetError';
import { DATASET_PREFIX, storedDatasetsStore } from './storeKeys';
import type { StoredCheck } from './workerProtocol';

/**
 * Reopening an import: what the page's first script needs to show a dataset named in the link. Saving,
 * listing and removing (importedDatasets.ts) load with the Datasets panel.
 */

const DATASET = DATASET_PREFIX;

export class StorageError extends Error {
  override name = 'StorageError';
}

/** The dataset asked for is not in this browser (removed, or imported in another browser): its message names it. */
export class NotStoredError extends StorageError {
  override name = 'NotStoredError';
}

/** An error from storage in words: IndexedDB rejects with DOMExceptions, or with null when a transaction is aborted. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error === null || error === undefined) return 'the write was stopped before it finished';
  return typeof error === 'string' ? error : 'an unknown storage error';
}

export function db(): UseStore {
  try {
    return storedDatasetsStore();
  } catch (error) {
    throw new StorageError(describe(error));
  }
}

// Imports the browser would not keep: shown for this visit, gone on reload.
export const session = new Map<string, { record: ImportRecord; dataset: unknown }>();

/**
 * The stored dataset, validated again (storage is input like any other), in the import worker where
 * there is one: a large import reopened after a reload is read and checked off the main thread.
 */
export async function loadImport(id: string): Promise<LoadedDataset> {
  const kept = session.get(id);
  let checked: StoredCheck;
  if (typeof Worker !== 'undefined') {
    if (!kept) db(); // says in words when there is no storage at all, before a worker is started
    // The worker's client loads with the reopening, not with the page's first script.
    const { askImportWorker } = await import('./workerClient');
    checked = await askImportWorker<StoredCheck>(kept ? { kind: 'raw', raw: kept.dataset } : { kind: 'stored', id }).catch(
      (error: unknown): StoredCheck => ({ ok: false, kind: 'storage', message: describe(error) }),
    );
  } else {
    const { checkStoredDataset } = await import('./workerProtocol');
    let raw: unknown = kept?.dataset;
    if (!kept) {
      try {
        raw = await get<unknown>(`${DATASET}${id}`, db());
      } catch (error) {
        throw new StorageError(`The browser's storage could not be read (${describe(error)}).`);
      }
    }
    checked = checkStoredDataset(raw);
  }
  if (checked.ok) return checked.loaded;
  if (checked.kind === 'missing') throw new NotStoredError(`The dataset “${id}” is not stored in this browser.`);
  if (checked.kind === 'storage') throw new StorageError(`The browser's storage could not be read (${checked.message}).`);
  throw new DatasetValidationError(checked.problems);
}

export function importedDatasetQueryOptions(id: string) {
  return queryOptions({ queryKey: ['dataset', 'import', id], queryFn: () => loadImport(id) });
}

export function useImportedDataset(id: string | null) {
  return useQuery({ ...importedDatasetQueryOptions(id ?? ''), enabled: id !== null });
}
