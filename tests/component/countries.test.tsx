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
    ]);
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Mali', 'Mauritania', 'Somalia', 'Burma']);
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

  it('resets the agency filter to what the new country has', async () => {
    const { user } = await renderApp('?country=mali&agencies=dod');
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.keyboard('albania{Enter}');
    expect(window.location.search).toBe('?country=albania');
    const agencies = screen.getByRole('group', { name: 'Agencies' });
    expect(within(agencies).getAllByRole('checkbox').map((c) => [c.parentElement?.textContent, (c as HTMLInputElement).checked])).toEqual([
      ['DOS', true],
      ['DoD', true],
      ['USAID', true],
    ]);
  });
});

describe('the comparison', () => {
  it('lets you add and clear countries, and keeps the set in the URL', async () => {
    const { user } = await renderApp();
    const panel = screen.getByRole('region', { name: 'Comparison' });
    const table = () => within(panel).getByRole('table', { name: /Funding compared/ });
    const names = () => within(table()).getAllByRole('rowheader').map((h) => h.textContent);
    expect(names()).toEqual(['Mali', 'Burkina Faso', 'Mauritania', 'Niger']);
    await user.click(within(panel).getByText(/Choose countries to compare/));
    await user.click(within(panel).getByRole('checkbox', { name: 'Niger' }));
    expect(names()).toEqual(['Mali', 'Burkina Faso', 'Mauritania']);
    expect(window.location.search).toBe('?country=mali&compare=burkina-faso,mauritania');
    await user.click(within(panel).getByRole('button', { name: 'Clear' }));
    expect(within(panel).getByText('No country is chosen to compare with Mali. Choose some above.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Use the default (G5 Sahel)' }));
    expect(names()).toEqual(['Mali', 'Burkina Faso', 'Mauritania', 'Niger']);
    expect(window.location.search).toBe('?country=mali');
  });
});
