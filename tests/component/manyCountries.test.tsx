import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validDatasetJson } from '../fixtures/datasets';
import { openSection, renderApp } from './renderApp';

/** The bundled Mali table copied `n` times, as countries "Freedonia 1" … "Freedonia n" (after Mali). */
function manyCountries(n: number): File {
  const raw = validDatasetJson();
  const [mali] = raw.countries as Record<string, unknown>[];
  raw.countries = [mali, ...Array.from({ length: n }, (_, i) => ({ ...mali, id: `freedonia-${i + 1}`, name: `Freedonia ${i + 1}` }))];
  raw.earlierEditions = [];
  return new File([JSON.stringify(raw)], 'many.json', { type: 'application/json' });
}

describe('a dataset of many countries', () => {
  it('the country list draws at most 200 options, says how many there are, and narrows as one types', async () => {
    const { user } = await renderApp();
    const datasets = await openSection(user, 'Datasets');
    await user.upload(within(datasets).getByLabelText('Import a dataset file (Excel, CSV or JSON, up to 10 MB)'), manyCountries(300));
    expect(await screen.findByText('Imported many.json: 301 countries.', {}, { timeout: 8000 })).toBeInTheDocument();
    const combo = screen.getByRole('combobox', { name: 'Country' });
    await user.click(combo);
    const list = screen.getByRole('listbox', { name: 'Countries' });
    // 301 countries with a table and the 66 that only the regional charts name; the first 200, and Mali, the country in view, which sorts after them.
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(201);
    expect(options.at(-1)?.querySelector('bdi')?.textContent).toBe('Mali');
    expect(screen.getByText('Showing 201 of 367 countries: type a name to narrow the list.')).toBeInTheDocument();
    await user.type(combo, 'Freedonia 29');
    // "Freedonia 29" and "Freedonia 290" … "Freedonia 299".
    expect(within(list).getAllByRole('option').map((o) => o.querySelector('bdi')?.textContent)).toEqual([
      'Freedonia 29',
      ...Array.from({ length: 10 }, (_, i) => `Freedonia ${290 + i}`),
    ]);
    expect(screen.queryByText(/Showing \d+ of/)).toBeNull();
  });

  it('the comparison chooser asks for a name instead of drawing 300 checkboxes', async () => {
    const { user } = await renderApp();
    const datasets = await openSection(user, 'Datasets');
    await user.upload(within(datasets).getByLabelText('Import a dataset file (Excel, CSV or JSON, up to 10 MB)'), manyCountries(300));
    await screen.findByText('Imported many.json: 301 countries.', {}, { timeout: 8000 });
    await screen.findByRole('heading', { level: 1, name: /\(imported\)/ }, { timeout: 5000 });
    const panel = await screen.findByRole('region', { name: 'Comparison' }, { timeout: 5000 });
    // Nothing is drawn until the chooser is opened.
    expect(within(panel).queryAllByRole('checkbox')).toHaveLength(0);
    await user.click(within(panel).getByText(/^Choose countries to compare/));
    // The default comparison (seven neighbours in the region) is drawn as chosen; clear it first.
    await user.click(within(panel).getByRole('button', { name: 'Clear' }));
    const search = within(panel).getByLabelText('Find a country (300 in this dataset)');
    expect(within(panel).getByText('Type part of a name to list matching countries.')).toBeInTheDocument();
    await user.type(search, 'Freedonia 7');
    expect(within(panel).getAllByRole('checkbox')).toHaveLength(11);
    expect(within(panel).getByText('11 matches.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('checkbox', { name: 'Freedonia 7' }));
    expect(within(panel).getByText(/^Choose countries to compare \(1 of 300 chosen\)/)).toBeInTheDocument();
  });
});
