import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openSection, renderApp } from './renderApp';

/** The comparison across editions, one step away: opened from its heading. */
async function editionsPanel(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  return openSection(user, 'Across editions');
}

describe('across editions', () => {
  it('lays South Sudan’s three editions side by side, with the FY2016 restatement and the totals it explains', async () => {
    const { user } = await renderApp('?country=south-sudan');
    const panel = await editionsPanel(user);
    expect(panel).toHaveTextContent(
      "South Sudan's table is printed in: the 2016 edition (FY2013–FY2015), the 2017 edition (FY2014–FY2016), the 2018 edition (FY2015–FY2017).",
    );
    const table = within(panel).getByRole('table');
    const row = within(table).getByRole('row', { name: /^DOS NADR-CWD/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual([
      '$2,500K 2016 edition',
      '$2,135K 2017 edition (same in 2016 edition)',
      '$2,000K 2018 edition (same in 2016 edition, 2017 edition)',
      '$300K 2018 edition restated; 2017 edition: $2,000K',
      '$2,000K 2018 edition',
    ]);
    expect(panel).toHaveTextContent('FY2016, DOS NADR-CWD: the 2017 edition prints $2.00 million; the 2018 edition prints $300,000: a change of −$1.70 million (−85%).');
    // The totals since first funding, in plain words: $12,835K less FY2017's $2,000K is $10,835K, $1,700K short of $12,535K.
    expect(panel).toHaveTextContent(
      'DOS NADR-CWD, 2017 edition to 2018 edition: the total since first funding in the 2018 edition, $12.8 million through FY2017, less the FY2017 funding it adds, leaves $10.8 million; the total in the 2017 edition, through FY2016, is $12.5 million. The difference, −$1.70 million, is exactly the change the 2018 edition made to FY2016.',
    );
  });

  it('follows the line filter: Angola with State NADR-CWD alone lists no other line', async () => {
    const { user } = await renderApp('?country=angola&lines=dos-nadr-cwd');
    const angola = await editionsPanel(user);
    expect(angola).toHaveTextContent('Showing the funding lines chosen above: DOS NADR-CWD. The printed total covers every line, so it shows only when every line is chosen.');
    expect(within(within(angola).getByRole('table')).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['DOS NADR-CWD']);
    // DoD's total since first funding ($8,984K) and DOS Other's ($3,170K) are in Angola's table, but not in the lines chosen.
    expect(angola).not.toHaveTextContent('$8.98 million');
    expect(angola).not.toHaveTextContent('$3.17 million');
    expect(angola).toHaveTextContent('DOS NADR-CWD, 2017 edition to 2018 edition:');
  });

  it('follows an agency link too: Mali with agencies=dod shows DoD only', async () => {
    const { user } = await renderApp('?country=mali&agencies=dod');
    const mali = await editionsPanel(user);
    expect(mali).not.toHaveTextContent('$2,700K');
    expect(within(within(mali).getByRole('table')).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['DoD']);
  });

  it('says when a year is printed by no edition, and when there is nothing to compare', async () => {
    const { user } = await renderApp('?country=mali');
    const panel = await editionsPanel(user);
    const row = within(within(panel).getByRole('table')).getByRole('row', { name: /^DoD/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '$0K 2017 edition',
      '$0K 2018 edition (same in 2017 edition)',
      '$170K 2018 edition (same in 2017 edition)',
      '$182K 2018 edition',
    ]);
    expect(panel).toHaveTextContent('No edition prints a figure for Mali that differs from another edition');
  });

  it('names the editions in the sources, with how many tables each has here and the restatements between them', async () => {
    const { user } = await renderApp('?country=chad');
    const panel = await editionsPanel(user);
    expect(panel).toHaveTextContent("No other edition's table for Chad is in this dataset");
    const sources = await openSection(user, 'Sources and notes');
    expect(sources).toHaveTextContent('2018 edition (the 17th), FY2015–FY2017: 35 country tables');
    expect(sources).toHaveTextContent('2017 edition (the 16th), FY2014–FY2016: 4 country tables, only the pages that could be found (partial)');
    expect(sources).toHaveTextContent('2016 edition (the 15th), FY2013–FY2015: 5 country tables, only the pages that could be found (partial)');
    expect(sources).toHaveTextContent('6 printed figures (lines and country totals) are restated between them');
  });
});

describe('fiscal years from earlier editions', () => {
  it('?country=mali&years=2014 shows FY2014 at $0K from the 2017 edition; FY2013 is offered and not reported', async () => {
    const { user } = await renderApp('?country=mali&years=2014');
    const years = screen.getByRole('group', { name: 'Fiscal years' });
    expect(within(years).getAllByRole('checkbox').map((c) => [c.parentElement?.textContent, (c as HTMLInputElement).checked])).toEqual([
      ['FY2013', false],
      ['FY2014', true],
      ['FY2015', false],
      ['FY2016', false],
      ['FY2017', false],
    ]);
    const table = screen.getByRole('table', { name: /Funding to Mali/ });
    const rows = within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
    expect(rows[1]).toEqual(['$0K2017 edition', '$2,700K']);
    await user.click(within(years).getByRole('checkbox', { name: 'FY2013' }));
    expect(window.location.search).toBe('?country=mali&years=2013,2014');
    expect(within(screen.getByRole('table', { name: /Funding to Mali/ })).getAllByRole('row')[1]).toHaveTextContent('not reported');
    // The headline adds only what is printed, and names the year no edition prints rather than counting it as $0K.
    expect(screen.getByRole('banner')).toHaveTextContent('U.S. CWD funding to Mali, FY2013–FY2014 (all agencies) $0 FY2014 only, as printed; FY2013 not reported');
    await user.click(within(years).getByRole('checkbox', { name: 'FY2014' }));
    expect(window.location.search).toBe('?country=mali&years=2013');
    expect(screen.getByRole('banner')).toHaveTextContent('U.S. CWD funding to Mali, FY2013 (all agencies) not reported');
    expect(screen.getByRole('banner')).toHaveTextContent('Cumulative since FY2013: $3.05 million $3,052,000 exactly');
  });
});
