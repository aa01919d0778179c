import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

// The chunk of panels below the first view fails to arrive once, as on a dropped connection, then arrives.
const network = vi.hoisted(() => ({ down: true }));
vi.mock('../../src/app/BelowTheFold', async (importOriginal) => {
  if (network.down) throw new Error('The connection dropped.');
  return importOriginal();
});

describe('the panels below the first view', () => {
  it('say so when their chunk does not load, keep the first view, and load on "Try again"', async () => {
    const { user } = await renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert).toHaveTextContent('The comparison, regional context, partner activity and sources could not be loaded.');
    // The first view is untouched.
    expect(screen.getByRole('heading', { level: 3, name: 'More than 27,990 weapons secured' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$3,052K');

    network.down = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Datasets' }, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Partner activity' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
