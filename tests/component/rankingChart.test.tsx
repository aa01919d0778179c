import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/queryClient';
import { renderApp } from './renderApp';

/** Opens the app on the overview's address and waits for its ranking. */
async function renderOverview(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
  await screen.findByRole('heading', { level: 2, name: 'Every country ranked' }, { timeout: 10_000 });
  return user;
}

/** The ranking chart's notes, as listed under it. */
const notes = () => within(screen.getByRole('list', { name: 'Notes on the ranking chart' })).getAllByRole('listitem').map((li) => li.textContent);
/** The countries the chart draws, from its text equivalent ("Iraq: FY2017, … $48,209,000."). */
function drawn(): string[] {
  const caption = screen.getByRole('figure', { name: 'The ranking chart' }).querySelector('figcaption')?.textContent ?? '';
  return Array.from(caption.matchAll(/([A-Z][A-Za-z' -]*?): FY2017,/g), (m) => m[1] ?? '');
}

describe('the overview’s ranking chart', () => {
  it('draws the top 10, says which countries at $0 it leaves out, and outlines no country on the plain address', async () => {
    const user = await renderOverview('?view=overview');
    const shows = screen.getByRole('combobox', { name: 'Chart shows' });
    expect(shows).toHaveValue('10');
    expect(within(shows).getAllByRole('option').map((o) => o.textContent)).toEqual(['Top 10', 'Top 20', 'All with funding (33)']);
    await waitFor(() => {
      expect(drawn()).toEqual(['Iraq', 'Syria', 'Laos', 'Colombia', 'Afghanistan', 'Libya', 'Vietnam', 'Ukraine', 'Cambodia', 'Sri Lanka']);
    });
    expect(notes()).toContain('2 countries with $0 in FY2017 are not shown: Burkina Faso, Peru.');
    expect(notes().join(' ')).not.toMatch(/Highlighted|ranks \d/);
    // The table below still ranks every country.
    expect(within(screen.getByRole('table', { name: /Every country ranked by/ })).getAllByRole('row')).toHaveLength(36);

    await user.selectOptions(shows, '20');
    expect(window.location.search).toBe('?view=overview&top=20');
    await waitFor(() => {
      expect(drawn()).toHaveLength(20);
    });
    await user.selectOptions(shows, 'all');
    expect(window.location.search).toBe('?view=overview&top=all');
    await waitFor(() => {
      expect(drawn()).toHaveLength(33);
    });
    await user.selectOptions(shows, '10');
    expect(window.location.search).toBe('?view=overview');
  }, 60_000);

  it('says so when the address asks for a number of countries it does not offer', async () => {
    await renderOverview('?view=overview&top=15');
    expect(await screen.findByText(/Ignored top “15”: the ranking's chart shows the top 10, 20 or all; showing the top 10\./)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Chart shows' })).toHaveValue('10');
    expect(window.location.search).toBe('?view=overview');
  }, 60_000);

  it('Mali, where the page opens by default, is no choice: going to the overview outlines nothing', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: 'All countries: rankings and map' }));
    await screen.findByRole('heading', { level: 2, name: 'Every country ranked' }, { timeout: 10_000 });
    expect(window.location.search).toBe('?view=overview');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Africa');
    await waitFor(() => {
      expect(drawn()).toContain('Mali');
    });
    expect(notes().join(' ')).not.toMatch(/Highlighted|Mali ranks/);
  }, 60_000);

  it('a country the address names is chosen: the overview keeps it, places it below the top 10, and highlights it where drawn', async () => {
    const { user } = await renderApp('?country=angola');
    await user.click(screen.getByRole('link', { name: 'All countries: rankings and map' }));
    await screen.findByRole('heading', { level: 2, name: 'Every country ranked' }, { timeout: 10_000 });
    expect(window.location.search).toBe('?view=overview&country=angola');
    await waitFor(() => {
      expect(notes()).toContain('Angola ranks 12th of the 33 countries with funding, at $4.19 million: below the 10 shown.');
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Africa');
    expect(window.location.search).toBe('?view=overview&country=angola&region=africa');
    await waitFor(() => {
      expect(notes()).toContain('Highlighted: Angola.');
    });
  }, 60_000);

  it('a country opened from the ranking is chosen too: back on the overview it is highlighted', async () => {
    const user = await renderOverview('?view=overview&region=africa');
    await user.click(within(screen.getByRole('table', { name: /Every country ranked by/ })).getByRole('link', { name: 'Chad' }));
    await screen.findByRole('heading', { level: 1, name: /Chad/ });
    await user.click(screen.getByRole('link', { name: 'All countries: rankings and map' }));
    await screen.findByRole('heading', { level: 2, name: 'Every country ranked' }, { timeout: 10_000 });
    expect(window.location.search).toBe('?view=overview&country=chad&region=africa');
    await waitFor(() => {
      expect(notes()).toContain('Highlighted: Chad.');
    });
  }, 60_000);
});
