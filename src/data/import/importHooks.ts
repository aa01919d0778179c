import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../model/schema';
import { importsQueryOptions, removeImport, removeUnreadable, saveImport } from './importedDatasets';

/* The Datasets panel's hooks, apart from the storage module so that the page's first script, which only
   reopens an import named in the link, does not carry TanStack's mutation code. */

export function useImports() {
  return useQuery(importsQueryOptions);
}


export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ dataset, fileName }: { dataset: Dataset; fileName: string }) => saveImport(dataset, fileName),
    onSuccess: () => client.invalidateQueries({ queryKey: ['imports'] }),
  });
}

export function useRemoveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeImport,
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: ['dataset', 'import', id] });
      return client.invalidateQueries({ queryKey: ['imports'] });
    },
  });
}

export function useRemoveUnreadable() {
  const client = useQueryClient();
  return useMutation({ mutationFn: removeUnreadable, onSuccess: () => client.invalidateQueries({ queryKey: ['imports'] }) });
}
