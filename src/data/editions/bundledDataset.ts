import { DatasetValidationError, type DatasetProblem } from '../model/datasetError';
import { buildDatasetFromFundingTables } from './fromFundingTables';
import { parseDataset, type LoadedDataset } from '../model/parseDataset';

/** What checking the bundled files gives: the validated dataset, or every problem found in them. */
export type BundledDatasetResult = { ok: true; loaded: LoadedDataset } | { ok: false; problems: DatasetProblem[] };

/**
 * Maps the bundled funding tables and narrative file to the app's shape and
 * validates them, as untrusted input, with the one dataset schema. Run by the
 * build (scripts/bundledDatasetPlugin.ts), so the shipped page carries the
 * result and does no validation on load; the dev server and the tests run it
 * when the page loads.
 */
export function checkBundledDataset(funding: unknown, narrative: unknown, earlierEditions: readonly unknown[] = []): BundledDatasetResult {
  try {
    return { ok: true, loaded: parseDataset(buildDatasetFromFundingTables(funding, narrative, earlierEditions)) };
  } catch (error) {
    if (error instanceof DatasetValidationError) return { ok: false, problems: error.problems };
    throw error;
  }
}
