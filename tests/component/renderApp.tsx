import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
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
  // Generous waits: on a busy machine the chunks below the first view can take seconds to load.
  await screen.findByRole('heading', { level: 1 }, { timeout: 30_000 });
  // Panels below the first view render a frame later, from their own chunk; or the page says what failed.
  // "Datasets" is the last section's heading, open or closed (one step away, it is the button that opens it).
  await waitFor(() => {
    expect(screen.queryByRole('heading', { level: 2, name: 'Datasets' }) ?? screen.queryByRole('alert')).not.toBeNull();
  }, { timeout: 30_000 });
  return { user, ...utils };
}

type User = Awaited<ReturnType<typeof renderApp>>['user'];

/** The toggle inside a section's heading, by the section's title. */
export function sectionToggle(title: string): HTMLElement {
  return within(screen.getByRole('heading', { level: 2, name: title })).getByRole('button', { name: title });
}

/**
 * Opens a section one step away ("Across editions", "Regional context", "Sources and notes", "Datasets") as a
 * reader does, with the button in its heading, if it is closed; returns the open section once it is there.
 */
export async function openSection(user: User, title: string): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 2, name: title }, { timeout: 5000 });
  if (sectionToggle(title).getAttribute('aria-expanded') === 'false') await user.click(sectionToggle(title));
  await waitFor(() => {
    expect(sectionToggle(title)).toHaveAttribute('aria-expanded', 'true');
  });
  const section = screen.getByRole('region', { name: title });
  expect(section).not.toHaveClass('panel--closed');
  return section;
}
