import { quoteShort } from '../../lib/safeText';
import type { z } from './zod';
import { datasetFileSchema, datasetSchema, type Dataset } from './schema';
import { fromFileV2 } from './fileFormat';
import { DatasetValidationError, type DatasetProblem } from './datasetError';
import { checkPrintedTotals, type TotalMismatch } from './totals';

/** A validated dataset plus what the load-time checksum found. */
export interface LoadedDataset {
  dataset: Dataset;
  /** Printed totals that disagree with their rows, per country. Kept and shown, never corrected. */
  totalMismatches: TotalMismatch[];
}

/** Renders a zod path as a JSON path a person can find: countries[0].funding.rows[1].cumulative. A key from the file is quoted short. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(dataset)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$]*$/.test(name) || name.length > 40) return `[${quoteShort(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

/** The value at a path in untrusted input, described briefly: what was found. */
function foundAt(raw: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return null;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node === null || typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node === 'string') return quoteShort(node);
  return null;
}

function toProblems(error: z.ZodError, raw: unknown): DatasetProblem[] {
  return error.issues.map((issue) => {
    // A key that is not allowed is named (short) by the path: the value under it is not what was wrong.
    const found = issue.code === 'invalid_key' ? null : foundAt(raw, issue.path);
    return { path: formatPath(issue.path), message: found === null ? issue.message : `${issue.message} (found ${found})` };
  });
}

/** The schema version a file declares, or a problem saying what was found instead. */
function schemaVersionOf(raw: unknown): 1 | 2 | DatasetProblem {
  const version = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).schemaVersion : undefined;
  if (version === 1 || version === 2) return version;
  const notObject = raw === null || typeof raw !== 'object' || Array.isArray(raw);
  const found = notObject ? 'not a JSON object' : version === undefined ? 'no schemaVersion' : `schemaVersion ${JSON.stringify(version).slice(0, 40)}`;
  return { path: notObject ? '(dataset)' : 'schemaVersion', message: `expected a dataset of schema version 1 or 2; found ${found}` };
}

/**
 * Validates untrusted JSON of either schema version and runs the COUNTRY
 * TOTAL checksum. A version 2 file is checked as written, then migrated to
 * the working shape and checked again. Throws DatasetValidationError.
 */
export function parseDataset(raw: unknown): LoadedDataset {
  const version = schemaVersionOf(raw);
  if (typeof version === 'object') throw new DatasetValidationError([version]);
  let working: unknown = raw;
  if (version === 2) {
    const file = datasetFileSchema.safeParse(raw);
    if (!file.success) throw new DatasetValidationError(toProblems(file.error, raw));
    working = fromFileV2(file.data);
  }
  const parsed = datasetSchema.safeParse(working);
  if (!parsed.success) throw new DatasetValidationError(toProblems(parsed.error, working));
  const dataset = parsed.data;
  return {
    dataset,
    totalMismatches: dataset.countries.flatMap((country) => checkPrintedTotals(country, dataset.fiscalYears)),
  };
}
