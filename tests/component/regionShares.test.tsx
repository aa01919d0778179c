import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/queryClient';
import funding from '../../src/data/datasets/tweis-2018-funding.json';

/** Opens the app on the overview's address and waits for its totals by region. */
async function renderOverview(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
  await screen.findByRole('heading', { level: 2, name: 'Totals by region' }, { timeout: 10_000 });
  return user;
}

const panel = () => screen.getByRole('region', { name: 'Totals by region' });
const table = () => within(panel()).getByRole('table');

/** Each region's DOS NADR-CWD sum for a fiscal year, and every country's, from the 2018 data file alone. */
function nadr(year: 'fy2016' | 'fy2017') {
  const of = (c: (typeof funding.countries)[number]) => c.rows.find((r) => r.label === 'DOS NADR - CWD')?.[year] ?? 0;
  return { total: funding.countries.reduce((t, c) => t + of(c), 0), africa: funding.countries.filter((c) => c.region === 'Africa').reduce((t, c) => t + of(c), 0) };
}
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

describe('totals by region follow the overview', () => {
  it('takes the ranking’s fiscal year and lines, with no year control of its own', async () => {
    await renderOverview('?view=overview&measure=fy2016&lines=dos-nadr-cwd');
    const { total, africa } = nadr('fy2016');
    await waitFor(() => {
      expect(table()).toHaveAccessibleName(/^FY2016: sums of the country tables by region, DOS NADR-CWD \(calculated\)/);
    });
    expect(within(panel()).queryByRole('combobox', { name: 'Fiscal year' })).toBeNull();
    expect(within(panel()).getByText('FY2016 and DOS NADR-CWD, as in the ranking above.')).toBeInTheDocument();
    expect(table()).toHaveAccessibleDescription(`A region's share is of $${total.toLocaleString('en-US')}K, the sum of every country with a table (FY2016, DOS NADR-CWD), rounded to one decimal.`);
    const row = within(table()).getByRole('row', { name: /^Africa/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(expect.arrayContaining([`$${africa.toLocaleString('en-US')}K`, percent(africa, total)]));
  }, 60_000);

  it('offers its own fiscal year when the ranking adds years, and keeps the ranking’s lines', async () => {
    const user = await renderOverview('?view=overview&measure=sum&lines=dos-nadr-cwd');
    const year = within(panel()).getByRole('combobox', { name: 'Fiscal year' });
    expect(year).toHaveValue('2017');
    expect(within(within(table()).getByRole('row', { name: /^Africa/ })).getByText(percent(nadr('fy2017').africa, nadr('fy2017').total))).toBeInTheDocument();
    await user.selectOptions(year, '2016');
    const { total, africa } = nadr('fy2016');
    await waitFor(() => {
      expect(table()).toHaveAccessibleName(/^FY2016: sums of the country tables by region, DOS NADR-CWD/);
    });
    expect(within(within(table()).getByRole('row', { name: /^Africa/ })).getByText(percent(africa, total))).toBeInTheDocument();
    // The ranking's measure is untouched: the year here is the panel's own.
    expect(window.location.search).toBe('?view=overview&measure=sum&lines=dos-nadr-cwd');
  }, 60_000);
});
