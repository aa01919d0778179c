import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedDataset } from './parseDataset';

/**
 * The bundled dataset: the edition's funding tables as transcribed, plus the
 * narrative file, mapped to the app's shape and validated on load like any
 * untrusted input. Files and validator (zod) are split out of the first chunk.
 */
export async function loadBundledDataset(): Promise<LoadedDataset> {
  const [{ parseDataset }, { buildDatasetFromFundingTables }, funding, narrative] = await Promise.all([
    import('./parseDataset'),
    import('./fromFundingTables'),
    import('./datasets/tweis-2018-funding.json'),
    import('./datasets/tweis-2018-narrative.json'),
  ]);
  return parseDataset(buildDatasetFromFundingTables(funding.default, narrative.default));
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
