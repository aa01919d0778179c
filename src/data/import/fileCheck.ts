import type { DatasetProblem } from '../model/datasetError';
import type { LoadedDataset } from '../model/parseDataset';
import type { FileReading } from '../sheet/reading';

/* What the page needs before and after a file is read, apart from the reader, which loads in the worker. */

/**
 * A checked file. `namesItsSource` is false for a sheet without a Source column, whose figures the
 * import asks a name for. A spreadsheet or CSV comes with its `reading`, which the officer checks
 * before anything is saved; `ok: 'ask'` is one that leaves a question open (which decimal mark, which
 * unit, which sheet, which country) and is read again with the answer.
 */
export type ImportResult =
  | { ok: true; loaded: LoadedDataset; namesItsSource: boolean; reading: FileReading | null }
  | { ok: false; problems: DatasetProblem[] }
  | { ok: 'ask'; reading: FileReading; namesItsSource: boolean };

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checks a file's name and size before anything is read. */
export function checkFileBeforeReading(file: { name: string; size: number }): DatasetProblem | null {
  if (file.size === 0) return { path: file.name, message: 'the file is empty' };
  if (file.size > MAX_IMPORT_BYTES) {
    return { path: file.name, message: `the file is ${megabytes(file.size)}; files up to ${megabytes(MAX_IMPORT_BYTES)} can be imported` };
  }
  if (!/\.(json|csv|txt|tsv|xlsx|xlsm|xls)$/i.test(file.name)) {
    return { path: file.name, message: 'expected a JSON, CSV or Excel workbook (.xlsx) file' };
  }
  return null;
}

