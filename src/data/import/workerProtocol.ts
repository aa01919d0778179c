import { DatasetValidationError, type DatasetProblem } from '../model/datasetError';
import { parseDataset, type LoadedDataset } from '../model/parseDataset';
import type { ReadingChoices } from '../sheet/reading';

/** What the import worker is asked to do. */
export type WorkerRequest =
  | { kind: 'file'; bytes: ArrayBuffer; fileName: string; choices: ReadingChoices }
  /** Reopen a stored import: the worker reads and validates it. */
  | { kind: 'stored'; id: string }
  /** Validate a dataset held in memory (an import kept for this visit only). */
  | { kind: 'raw'; raw: unknown };

/** A stored dataset checked: the dataset, or why it cannot be shown. */
export type StoredCheck =
  | { ok: true; loaded: LoadedDataset }
  | { ok: false; kind: 'missing' }
  | { ok: false; kind: 'storage'; message: string }
  | { ok: false; kind: 'invalid'; problems: DatasetProblem[] };

/** Storage is input like any other: what was read is validated again before it is shown. */
export function checkStoredDataset(raw: unknown): StoredCheck {
  if (raw === undefined) return { ok: false, kind: 'missing' };
  try {
    return { ok: true, loaded: parseDataset(raw) };
  } catch (error) {
    if (error instanceof DatasetValidationError) return { ok: false, kind: 'invalid', problems: error.problems };
    return { ok: false, kind: 'invalid', problems: [{ path: '(dataset)', message: `the stored dataset could not be checked (${String(error)})` }] };
  }
}
