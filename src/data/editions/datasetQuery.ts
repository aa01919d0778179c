import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetValidationError } from '../model/datasetError';
import type { LoadedDataset } from '../model/parseDataset';
import { importAgainOnFailure } from '../../lib/importAgain';

/**
 * The bundled dataset: the edition's funding tables as transcribed, plus the
 * narrative file, mapped to the app's shape and validated like any untrusted
 * input (src/data/editions/bundledDataset.ts). The build does that once and ships the
 * result (scripts/bundledDatasetPlugin.ts); it is a chunk of its own, out of
 * the first one.
 */
const importDataset = importAgainOnFailure(() => import('virtual:bundled-dataset'));

export async function loadBundledDataset(): Promise<LoadedDataset> {
  const { default: result } = await importDataset();
  if (!result.ok) throw new DatasetValidationError(result.problems);
  return result.loaded;
}

// Started as soon as this module runs, before React renders, so the data
// chunks download while the page shell is being set up.
let early: Promise<LoadedDataset> | null = null;
export function prefetchBundledDataset(): void {
  early ??= loadBundledDataset();
  // A failure is reported by the query that awaits it; this only keeps it from being called unhandled.
  early.catch(() => undefined);
}

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', 'tweis-2018'],
  queryFn: () => {
    const pending = early ?? loadBundledDataset();
    early = null;
    return pending;
  },
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
