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

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', 'tweis-2018'],
  queryFn: loadBundledDataset,
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
