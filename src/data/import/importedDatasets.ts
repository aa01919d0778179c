import { queryOptions } from '@tanstack/react-query';
import { del, delMany, getMany, keys, setMany, get, type UseStore } from 'idb-keyval';
import { DATASET_PREFIX, RECORD_PREFIX } from './storeKeys';
import { db, describe, session, StorageError } from './storedImport';

export { importedDatasetQueryOptions, loadImport, StorageError, useImportedDataset } from './storedImport';
import type { ImportRecord } from './importRecord';
import type { Dataset } from '../model/schema';

/**
 * Imported datasets, kept in the browser's IndexedDB so they survive a
 * reload. Each import is two keys written in one transaction: its record
 * (`record:<id>`) and its dataset (`dataset:<id>`), so two tabs importing at
 * once never overwrite each other's list. Stored records are input like any
 * other: read through a schema, a bad one skipped and reported. Where the
 * browser will not store anything, an import is kept for this visit only,
 * and the page says so. The bundled dataset is not stored here.
 */

export type { ImportRecord } from './importRecord';

export interface ImportList {
  records: ImportRecord[];
  /** Stored entries that could not be read, by key, with why: left out, never shown as datasets. */
  unreadable: { key: string; reason: string }[];
  /** Why the browser's storage could not be read at all, if it could not. */
  storageProblem: string | null;
}

/** The most an imported dataset may take in storage. */
export const MAX_STORED_BYTES = 20 * 1024 * 1024;

/** Before record keys, one list held every record; it is read once and moved to record keys. */
const LEGACY_INDEX_KEY = 'index';
const RECORD = RECORD_PREFIX;
const DATASET = DATASET_PREFIX;

/** Moves a list written by an earlier version into record keys, once. */
async function migrateLegacyIndex(s: UseStore): Promise<void> {
  const legacy = await get<unknown>(LEGACY_INDEX_KEY, s);
  if (legacy === undefined) return;
  const entries = (Array.isArray(legacy) ? legacy : []).flatMap((raw): [string, unknown][] => {
    const id = (raw as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [[`${RECORD}${id}`, raw]] : [];
  });
  if (entries.length > 0) await setMany(entries, s);
  await del(LEGACY_INDEX_KEY, s);
}

export async function listImports(): Promise<ImportList> {
  const sessionRecords = [...session.values()].map((e) => e.record);
  let s: UseStore;
  try {
    s = db();
    await migrateLegacyIndex(s);
  } catch (error) {
    return { records: sessionRecords, unreadable: [], storageProblem: describe(error) };
  }
  try {
    const recordKeys = (await keys<IDBValidKey>(s)).filter((k): k is string => typeof k === 'string' && k.startsWith(RECORD));
    // Nothing stored: the list is empty, and the record schema (with the schema library) need not load.
    if (recordKeys.length === 0) return { records: sessionRecords, unreadable: [], storageProblem: null };
    // The record schema loads with the first stored record, not with the page.
    const { recordSchema } = await import('./importRecord');
    const raws = await getMany<unknown>(recordKeys, s);
    const records: ImportRecord[] = [];
    const unreadable: ImportList['unreadable'] = [];
    raws.forEach((raw, i) => {
      const parsed = recordSchema.safeParse(raw);
      const key = recordKeys[i] ?? '';
      if (parsed.success && key === `${RECORD}${parsed.data.id}`) records.push(parsed.data);
      else unreadable.push({ key, reason: parsed.success ? 'its key does not match its id' : (parsed.error.issues[0]?.message ?? 'not a record') });
    });
    records.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
    return { records: [...records, ...sessionRecords], unreadable, storageProblem: null };
  } catch (error) {
    return { records: sessionRecords, unreadable: [], storageProblem: describe(error) };
  }
}

/** A new import's id: its time, and a random part so two tabs in the same millisecond differ. */
function newId(now: Date): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
  return `import-${now.getTime().toString(36)}-${random}`;
}

/**
 * Saves a validated dataset; refuses it, changing nothing, if it is too large.
 * Where the browser will not store it (no storage, too little room, a failed
 * write), it is kept for this visit only and the record says so.
 */
export async function saveImport(dataset: Dataset, fileName: string, now = new Date()): Promise<ImportRecord & { notStored: string | null }> {
  const json = JSON.stringify(dataset);
  const bytes = new Blob([json]).size;
  if (bytes > MAX_STORED_BYTES) {
    throw new StorageError(`This dataset needs ${(bytes / 1048576).toFixed(1)} MB; at most ${MAX_STORED_BYTES / 1048576} MB can be kept in the browser.`);
  }
  const id = newId(now);
  const record: ImportRecord = {
    id,
    fileName,
    importedAt: now.toISOString(),
    bytes,
    countries: dataset.countries.length,
    defaultCountry: dataset.countries.find((c) => c.id === 'mali')?.id ?? dataset.countries[0]?.id ?? 'mali',
    sessionOnly: false,
  };
  try {
    if (typeof navigator !== 'undefined' && 'storage' in navigator && typeof navigator.storage.estimate === 'function') {
      const { quota, usage } = await navigator.storage.estimate();
      if (quota !== undefined && usage !== undefined && quota - usage < bytes * 2) throw new StorageError('the browser has too little storage left');
    }
    // Record and dataset in one transaction: neither is stored without the other.
    await setMany(
      [
        [`${DATASET}${id}`, dataset],
        [`${RECORD}${id}`, record],
      ],
      db(),
    );
    return { ...record, notStored: null };
  } catch (error) {
    const kept = { ...record, sessionOnly: true };
    session.set(id, { record: kept, dataset: JSON.parse(json) as unknown });
    return { ...kept, notStored: describe(error) };
  }
}

export async function removeImport(id: string): Promise<void> {
  if (session.delete(id)) return;
  await delMany([`${RECORD}${id}`, `${DATASET}${id}`], db());
}

/** Removes stored entries that could not be read (and the datasets they point at). */
export async function removeUnreadable(recordKeys: readonly string[]): Promise<void> {
  const ids = recordKeys.map((k) => k.slice(RECORD.length));
  await delMany([...recordKeys, ...ids.map((id) => `${DATASET}${id}`)], db());
}

export const importsQueryOptions = queryOptions({ queryKey: ['imports'], queryFn: listImports });

