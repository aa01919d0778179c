import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema';
import { DatasetValidationError, type DatasetProblem } from './datasetError';
import { checkPrintedTotals, type TotalMismatch } from './totals';

/** A validated dataset plus what the load-time checksum found. */
export interface LoadedDataset {
  dataset: Dataset;
  /** Printed totals that disagree with their rows, per country. Kept and shown, never corrected. */
  totalMismatches: TotalMismatch[];
}

/** Renders a zod path as a JSON path a person can find: countries[0].funding.rows[1].cumulative */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(dataset)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function toProblems(error: z.ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Validates untrusted JSON and runs the COUNTRY TOTAL checksum. Throws DatasetValidationError on structural errors. */
export function parseDataset(raw: unknown): LoadedDataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetValidationError(toProblems(parsed.error));
  const dataset = parsed.data;
  return {
    dataset,
    totalMismatches: dataset.countries.flatMap((country) => checkPrintedTotals(country, dataset.fiscalYears)),
  };
}
