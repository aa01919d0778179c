import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedDataset } from './parseDataset';

/**
 * The bundled dataset is validated on load like any untrusted input. Both the
 * file and the validator (zod) are split out of the first chunk.
 */
export async function loadBundledDataset(): Promise<LoadedDataset> {
  const [{ parseDataset }, file] = await Promise.all([import('./parseDataset'), import('./datasets/tweis-2018.json')]);
  return parseDataset(file.default);
}

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', 'tweis-2018'],
  queryFn: loadBundledDataset,
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
