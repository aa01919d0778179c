import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/queryClient';

/** Renders the whole app at a URL, with a fresh query cache, and waits for the dashboard. */
export async function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  // Panels below the first view render a frame later, from their own chunk; or the page says what failed.
  await waitFor(() => {
    expect(screen.queryByRole('heading', { level: 2, name: 'Datasets' }) ?? screen.queryByRole('alert')).not.toBeNull();
  });
  return { user, ...utils };
}
