import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

interface NarrativeFile {
  countries: { results: Record<string, unknown>[] }[];
}

// A hand-edited narrative file with a negative result: the dataset schema refuses it.
vi.mock('../../src/data/datasets/tweis-2018-narrative.json', async (importOriginal) => {
  const original = await importOriginal<{ default: NarrativeFile }>();
  const broken = structuredClone(original.default);
  const first = broken.countries[0]?.results[0];
  if (first) first.value = -27990;
  return { default: broken };
});

describe('a result that breaks the schema', () => {
  it('is refused with the path of the bad figure', async () => {
    await renderApp();
    expect(screen.getByRole('alert')).toHaveTextContent('countries[14].results[0].value: must not be negative');
  });
});
