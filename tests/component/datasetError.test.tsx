import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

// The bundled file, broken the way a bad edit would break it.
vi.mock('../../src/data/datasets/tweis-2018.json', async (importOriginal) => {
  const original = await importOriginal<{ default: { countries: { funding: { rows: Record<string, unknown>[] } }[] } }>();
  const broken = structuredClone(original.default);
  const row = broken.countries[0]?.funding.rows[1];
  if (row) row.cumulative = 'three hundred';
  return { default: broken };
});

describe('a malformed dataset', () => {
  it('shows an error that names the bad field instead of a blank page', async () => {
    await renderApp();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('countries[0].funding.rows[1].cumulative: Invalid input: expected number, received string');
  });
});
