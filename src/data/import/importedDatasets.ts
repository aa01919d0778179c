import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { LoadedDataset } from '../model/parseDataset';
import type { Dataset } from '../model/schema';

/**
 * Imported datasets, kept in the browser's IndexedDB so they survive a
 * reload: an index of what is stored, and each dataset under its own key.
 * The bundled dataset is not stored here and cannot be removed.
 */

export interface ImportRecord {
  id: string;
  fileName: string;
  /** ISO date-time of the import. */
  importedAt: string;
  /** Size of the stored JSON, in bytes. */
  bytes: number;
  countries: number;
  /** The country to open on: Mali where present, else the first. */
  defaultCountry: string;
}

/** The most an imported dataset may take in storage. */
export const MAX_STORED_BYTES = 20 * 1024 * 1024;

const INDEX_KEY = 'index';
let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore('cwd-dashboard', 'imported-datasets');
  return store;
}

export class StorageError extends Error {
  override name = 'StorageError';
}

async function readIndex(): Promise<ImportRecord[]> {
  const index = await get<ImportRecord[]>(INDEX_KEY, db());
  return Array.isArray(index) ? index : [];
}

export async function listImports(): Promise<ImportRecord[]> {
  return readIndex();
}

/** The stored dataset, validated again: storage is input like any other. */
export async function loadImport(id: string): Promise<LoadedDataset> {
  const raw = await get<unknown>(`dataset:${id}`, db());
  if (raw === undefined) throw new StorageError(`The dataset “${id}” is not stored in this browser.`);
  const { parseDataset } = await import('../model/parseDataset');
  return parseDataset(raw);
}

/** Saves a validated dataset; refuses it, changing nothing, if it is too large or storage is short. */
export async function saveImport(dataset: Dataset, fileName: string, now = new Date()): Promise<ImportRecord> {
  const json = JSON.stringify(dataset);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_STORED_BYTES) {
    throw new StorageError(`This dataset needs ${(bytes / 1048576).toFixed(1)} MB; at most ${MAX_STORED_BYTES / 1048576} MB can be kept in the browser.`);
  }
  if ('storage' in navigator && typeof navigator.storage.estimate === 'function') {
    const { quota, usage } = await navigator.storage.estimate();
    if (quota !== undefined && usage !== undefined && quota - usage < bytes * 2) {
      throw new StorageError('The browser has too little storage left to keep this dataset. Remove an earlier import and try again.');
    }
  }
  const index = await readIndex();
  const id = `import-${now.getTime().toString(36)}`;
  const record: ImportRecord = {
    id,
    fileName,
    importedAt: now.toISOString(),
    bytes,
    countries: dataset.countries.length,
    defaultCountry: dataset.countries.find((c) => c.id === 'mali')?.id ?? dataset.countries[0]?.id ?? 'mali',
  };
  // The dataset first, then the index that points at it: an interrupted save leaves no dangling entry.
  await set(`dataset:${id}`, JSON.parse(json) as unknown, db());
  await set(INDEX_KEY, [...index, record], db());
  return record;
}

export async function removeImport(id: string): Promise<void> {
  const index = await readIndex();
  await set(
    INDEX_KEY,
    index.filter((r) => r.id !== id),
    db(),
  );
  await del(`dataset:${id}`, db());
}

export const importsQueryOptions = queryOptions({ queryKey: ['imports'], queryFn: listImports });

export function importedDatasetQueryOptions(id: string) {
  return queryOptions({ queryKey: ['dataset', 'import', id], queryFn: () => loadImport(id) });
}

export function useImports() {
  return useQuery(importsQueryOptions);
}

export function useImportedDataset(id: string | null) {
  return useQuery({ ...importedDatasetQueryOptions(id ?? ''), enabled: id !== null });
}

export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ dataset, fileName }: { dataset: Dataset; fileName: string }) => saveImport(dataset, fileName),
    onSuccess: () => client.invalidateQueries({ queryKey: ['imports'] }),
  });
}

export function useRemoveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeImport,
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: ['dataset', 'import', id] });
      return client.invalidateQueries({ queryKey: ['imports'] });
    },
  });
}
