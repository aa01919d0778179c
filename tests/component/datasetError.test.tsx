import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

interface FundingFile {
  countries: { id: string; rows: Record<string, unknown>[] }[];
}

// The bundled funding tables, broken the way a bad edit would break them.
vi.mock('../../src/data/datasets/tweis-2018-funding.json', async (importOriginal) => {
  const original = await importOriginal<{ default: FundingFile }>();
  const broken = structuredClone(original.default);
  const mali = broken.countries.find((c) => c.id === 'mali');
  const dod = mali?.rows[1];
  if (dod) dod.cumulative = 'three hundred';
  return { default: broken };
});

describe('a malformed dataset', () => {
  it('shows an error that names the file and the bad field instead of a blank page', async () => {
    await renderApp();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('funding tables: countries[20].rows[1].cumulative: Invalid input: expected number, received string');
  });
});
