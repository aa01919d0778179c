import { QueryClient } from '@tanstack/react-query';

/**
 * Data here is a bundled file: it never goes stale and a failed validation
 * will not pass on a second try, so no refetching and no retries.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}
