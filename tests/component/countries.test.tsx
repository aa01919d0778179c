import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('choosing a country', () => {
  it('filters the list as you type, grouped by region, and chooses with Enter', async () => {
    const { user } = await renderApp();
    const picker = screen.getByRole('combobox', { name: 'Country' });
    await user.click(picker);
    expect(picker).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('ma');
    const list = screen.getByRole('listbox', { name: 'Countries' });
    expect(within(list).getAllByRole('group').map((g) => g.firstChild?.textContent)).toEqual([
      'Africa',
      'East Asia and Pacific',
      'Europe',
      'Western Hemisphere',
    ]);
    // Countries with a table first in each region, each saying how much of its page is here; then those a regional chart only names.
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Mali · results',
      'Mauritania · results in part',
      'Somalia · results',
      'Burma · results',
      'Marshall Islands · no country table; 0.26% of the East Asia and Pacific total, 1993–2017, as printed',
      'Macedonia · no country table; 0.49% of the Europe total, 1993–2017, as printed',
      'Romania · no country table; 0.62% of the Europe total, 1993–2017, as printed',
      'Guatemala · no country table; 0.42% of the Western Hemisphere total, 1993–2017, as printed',
    ]);
    expect(within(list).getByRole('option', { name: /^Macedonia/ })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mauritania: To Walk the Earth in Safety, 2018 edition');
    expect(window.location.search).toBe('?country=mauritania');
    expect(picker).toHaveValue('Mauritania');
    expect(picker).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when nothing matches, and Escape leaves the choice as it was', async () => {
    const { user } = await renderApp();
    const picker = screen.getByRole('combobox', { name: 'Country' });
    await user.click(picker);
    await user.keyboard('atlantis');
    expect(screen.getByText('No country matches “atlantis”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(picker).toHaveValue('Mali');
    expect(window.location.search).toBe('?country=mali');
  });

  it('resets the funding-line filter to what the new country has', async () => {
    const { user } = await renderApp('?country=mali&lines=dod');
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.keyboard('albania{Enter}');
    expect(window.location.search).toBe('?country=albania');
    const lines = screen.getByRole('group', { name: 'Funding lines' });
    expect(within(lines).getAllByRole('checkbox').map((c) => [c.parentElement?.textContent, (c as HTMLInputElement).checked])).toEqual([
      ['DOS NADR-CWD', true],
      ['DoD', true],
      ['USAID', true],
    ]);
  });

  it("offers State's lines together where a country has both, and all agencies back", async () => {
    const { user } = await renderApp('?country=georgia&lines=dod');
    const lines = screen.getByRole('group', { name: 'Funding lines' });
    expect(within(lines).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual(['DOS NADR-CWD', 'DOS Other', 'DoD', 'USAID']);
    await user.click(within(lines).getByRole('button', { name: 'State, all lines' }));
    expect(window.location.search).toBe('?country=georgia&lines=dos-nadr-cwd,dos-other');
    expect(within(lines).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, false, false]);
    expect(within(lines).getByRole('button', { name: 'State, all lines' })).toBeDisabled();
    await user.click(within(lines).getByRole('checkbox', { name: 'DOS Other' }));
    expect(window.location.search).toBe('?country=georgia&lines=dos-nadr-cwd');
    // A State figure is kept, but the page does not say which of State's lines paid for it.
    expect(screen.getByText('DOS funding; the report does not say from which line')).toBeInTheDocument();
    await user.click(within(lines).getByRole('button', { name: 'All agencies' }));
    expect(window.location.search).toBe('?country=georgia');
    expect(within(lines).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, true, true]);
  });
});

describe('the comparison', () => {
  it('lets you add and clear countries, and keeps the set in the URL', async () => {
    const { user } = await renderApp();
    const panel = screen.getByRole('region', { name: 'Comparison' });
    const table = () => within(panel).getByRole('table', { name: /Funding compared/ });
    const names = () => within(table()).getAllByRole('rowheader').map((h) => h.textContent);
    // Chad's printed FY2016 total disagrees with its rows, and its row says so.
    const defaults = ['Mali', 'Burkina Faso', 'Chad printed total differs from rows', 'Mauritania', 'Niger'];
    expect(names()).toEqual(defaults);
    await user.click(within(panel).getByText(/Choose countries to compare/));
    await user.click(within(panel).getByRole('checkbox', { name: 'Niger' }));
    expect(names()).toEqual(defaults.slice(0, 4));
    expect(window.location.search).toBe('?country=mali&compare=burkina-faso,chad,mauritania');
    await user.click(within(panel).getByRole('button', { name: 'Clear' }));
    expect(within(panel).getByText('No country is chosen to compare with Mali. Choose some above.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Use the default (G5 Sahel)' }));
    expect(names()).toEqual(defaults);
    expect(window.location.search).toBe('?country=mali');
  });
});

describe('how much of a page the dataset holds', () => {
  it('says a page is not stored rather than showing no results, and marks a page cut short', async () => {
    const { unmount } = await renderApp('?country=peru');
    for (const name of ['Results', 'Partner activity']) {
      expect(within(screen.getByRole('region', { name })).getByRole('note')).toHaveTextContent(
        "This dataset has Peru's funding table but not the rest of its page: results and partner activity are not included here (not zero). Read them on the State Department's page for Peru.",
      );
    }
    unmount();
    await renderApp('?country=mauritania');
    const note = within(screen.getByRole('region', { name: 'Results' })).getByRole('note');
    expect(note.textContent.startsWith('Part of the page only.')).toBe(true);
    expect(note).toHaveTextContent("What follows is only part of what Mauritania's page reports.");
    // Where to read the whole page, and nothing of how the dataset was made.
    expect(within(note).getByRole('link', { name: "the State Department's page for Mauritania" })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/(www|\d{4}-\d{4})\.state\.gov\//));
    expect(note.textContent).not.toMatch(/stored|transcrib|our copy/i);
  });

  it('says nothing of the kind for a complete page', async () => {
    await renderApp('?country=mali');
    expect(within(screen.getByRole('region', { name: 'Results' })).queryByRole('note')).toBeNull();
  });

  it('says where the report’s page names only some of the partners', async () => {
    await renderApp('?country=angola');
    expect(screen.getByRole('region', { name: 'Partner activity' })).toHaveTextContent('The report’s page names only some of the partners for this country.');
  });

  it('says nothing of the kind where the report’s page names every partner', async () => {
    await renderApp('?country=chad');
    const chad = screen.getByRole('region', { name: 'Partner activity' });
    expect(chad).toHaveTextContent('Who did the work, with whose funding, and what it produced.');
    expect(chad).not.toHaveTextContent('names only some of the partners');
  });
});
