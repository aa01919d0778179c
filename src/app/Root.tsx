import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { App } from './App';
import { UpdateNotice } from './UpdateNotice';

/** Calls `onMounted` once React has put its first render on the page. */
function MountSignal({ onMounted }: { onMounted: () => void }) {
  useEffect(() => {
    onMounted();
  }, [onMounted]);
  return null;
}

/**
 * The whole app, as the browser mounts it (src/main.tsx) and as the build
 * renders it ahead of time (src/prerender.tsx): one tree, so the two match.
 */
export function Root({ client, onMounted }: { client: QueryClient; onMounted?: () => void }) {
  return (
    <StrictMode>
      <ErrorBoundary what="The dashboard">
        <QueryClientProvider client={client}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
      <UpdateNotice />
      {onMounted ? <MountSignal onMounted={onMounted} /> : null}
    </StrictMode>
  );
}
