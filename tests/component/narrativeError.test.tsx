import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { NarrativeFiles } from '../../src/data/editions/fromFundingTables';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { renderApp } from './renderApp';

// A hand-edited narrative file with a negative result: the dataset schema refuses it.
vi.mock('../../src/data/datasets/tweis2018Narrative', async (importOriginal) => {
  const original = await importOriginal<{ narrative2018: NarrativeFiles }>();
  const broken = structuredClone(original.narrative2018);
  const first = broken.countries.find((c) => c.id === 'mali')?.results[0] as { value: number } | undefined;
  if (!first) throw new Error('no Mali result to break');
  first.value = -27990;
  return { narrative2018: broken };
});

describe('a result that breaks the schema', () => {
  it('is refused with the path of the bad figure', async () => {
    // Countries come in the funding file's order, Afghanistan first: the path names Mali's place there.
    const maliIndex = funding.countries.findIndex((c) => c.id === 'mali');
    expect(maliIndex).toBe(20);
    await renderApp();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent(`countries[${maliIndex}].results[0].value: must not be negative`);
  });
});
