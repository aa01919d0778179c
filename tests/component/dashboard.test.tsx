import { act, screen, waitFor, within } from '@testing-library/react';
import { computeAccessibleName } from 'dom-accessibility-api';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

/** What a screen reader announces for an element: its accessible name. */
const names = (elements: HTMLElement[]) => elements.map((e) => computeAccessibleName(e));

function fundingTable() {
  return screen.getByRole('table', { name: /Funding to Mali by agency and fiscal year/ });
}

/** The table's rows as arrays of cell text, header row first. */
function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => computeAccessibleName(cell) || cell.textContent.trim()));
}

function resultTiles() {
  const results = screen.getByRole('region', { name: 'Results' });
  return names(within(results).queryAllByRole('heading', { level: 3 }));
}

describe('the Mali dashboard', () => {
  it('names the country and the report, with sections to navigate by', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mali: To Walk the Earth in Safety, 2018 edition');
    for (const name of ['Funding by agency', 'Results', 'Partner activity', 'Sources and notes']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/Total U.S. CWD funding, FY2013–FY2017/)).toHaveTextContent('$3,052K');
  });

  it('shows the funding table with the year totals and the printed cumulative', async () => {
    await renderApp();
    expect(tableRows(fundingTable())).toEqual([
      ['Agency', 'FY2015', 'FY2016', 'FY2017', 'Cumulative'],
      ['DOS NADR-CWD', '$1,200K', '$500K', '$1,000K', '$2,700K'],
      ['DoD', '$0K', '$170K', '$182K', '$352K'],
      ['Sum of rows shown', '$1,200K', '$670K', '$1,182K', '$3,052K'],
      ['COUNTRY TOTAL (printed)', '$1,200K', '$670K', '$1,182K', '$3,052K'],
    ]);
    const cumulative = screen.getByRole('complementary', { name: 'Cumulative, FY2013–FY2017' });
    expect(cumulative).toHaveTextContent('$3,052K');
    expect(cumulative).toHaveTextContent('*Department of State FY13 funding is included in regional funding.');
  });

  it('shows the seven results, each with its period, partner and agency', async () => {
    await renderApp();
    expect(resultTiles()).toEqual([
      'More than 27,990 weapons secured',
      '3 storehouses for explosives built',
      '256 security force personnel trained in SA/LW management',
      '87 personnel trained in PSSM',
      '22 armories built or refurbished',
      '2 EOD Level I Awareness missions',
      'More than $3 million U.S. investment',
    ]);
    const weapons = screen.getByRole('heading', { name: /27,990/ }).closest('li');
    expect(weapons).toHaveTextContent('2015–2017 (since MAG began PSSM operations in Mali in 2015)');
    expect(weapons).toHaveTextContent('MAG');
    expect(weapons).toHaveTextContent('Department of State');
  });

  it('narrows every panel to DoD when DOS is unchecked, and puts it in the URL', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'DOS' }));
    expect(tableRows(fundingTable())).toEqual([
      ['Agency', 'FY2015', 'FY2016', 'FY2017', 'Cumulative'],
      ['DoD', '$0K', '$170K', '$182K', '$352K'],
    ]);
    expect(screen.getByRole('complementary', { name: /Cumulative/ })).toHaveTextContent('$352K');
    expect(resultTiles()).toEqual(['2 EOD Level I Awareness missions', 'More than $3 million U.S. investment']);
    expect(screen.getByText('All U.S. agencies together, not reported by agency')).toBeInTheDocument();
    const activity = screen.getByRole('region', { name: 'Partner activity' });
    expect(names(within(activity).getAllByRole('heading', { level: 3 }))).toEqual(['USARAF']);
    expect(window.location.search).toBe('?country=mali&agencies=dod');
    // The last agency cannot be unchecked: there is always something to show.
    expect(screen.getByRole('checkbox', { name: 'DoD' })).toBeDisabled();
  });

  it('never shows a 2015–2017 figure as FY2016’s', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'FY2015' }));
    await user.click(screen.getByRole('checkbox', { name: 'FY2017' }));
    expect(window.location.search).toBe('?country=mali&years=2016');
    expect(tableRows(fundingTable())[0]).toEqual(['Agency', 'FY2016', 'Cumulative']);
    expect(resultTiles()).toEqual([
      'More than 27,990 weapons secured',
      '3 storehouses for explosives built',
      '256 security force personnel trained in SA/LW management',
      'More than $3 million U.S. investment',
    ]);
    expect(screen.getAllByText('2015–2017 total, not reported by year')).toHaveLength(3);
    expect(screen.getByText('2013–2017 total, not reported by year')).toBeInTheDocument();
    expect(screen.getByText('Not shown: 3 results from years outside the filter.')).toBeInTheDocument();
  });

  it('resets the filters', async () => {
    const { user } = await renderApp('?country=mali&years=2017&agencies=dod');
    expect(tableRows(fundingTable())[1]).toEqual(['DoD', '$182K', '$352K']);
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(tableRows(fundingTable())).toHaveLength(5);
    expect(window.location.search).toBe('?country=mali');
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
  });

  it('restores the view on back and forward', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'FY2015' }));
    expect(tableRows(fundingTable())[0]).toEqual(['Agency', 'FY2016', 'FY2017', 'Cumulative']);
    act(() => {
      window.history.back();
    });
    await waitFor(() => {
      expect(tableRows(fundingTable())[0]).toEqual(['Agency', 'FY2015', 'FY2016', 'FY2017', 'Cumulative']);
    });
    expect(screen.getByRole('checkbox', { name: 'FY2015' })).toBeChecked();
  });

  it('drops bad link values, says which, and shows the default view', async () => {
    await renderApp('?country=mali&years=2016,1999,abc&agencies=nasa');
    const notice = screen.getByText('Some settings in the link were not recognised and were left out.').parentElement;
    expect(notice).toHaveTextContent('Ignored fiscal year “1999”, “abc”');
    expect(notice).toHaveTextContent('Ignored agency “nasa”');
    expect(tableRows(fundingTable())[0]).toEqual(['Agency', 'FY2016', 'Cumulative']);
    expect(tableRows(fundingTable())).toHaveLength(5);
    expect(window.location.search).toBe('?country=mali&years=2016');
  });

  it('searches partner activity and says when nothing matches', async () => {
    const { user } = await renderApp();
    const activity = screen.getByRole('region', { name: 'Partner activity' });
    const search = within(activity).getByRole('searchbox', { name: 'Search partner activity' });
    await user.type(search, 'armories');
    expect(names(within(activity).getAllByRole('heading', { level: 3 }))).toEqual(['MAG']);
    expect(within(activity).getByText('1 of 3 activities match “armories”')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'helicopters');
    expect(within(activity).getByText('No partner activity matches “helicopters” under the current filters.')).toBeInTheDocument();
    await user.click(within(activity).getByRole('button', { name: 'Clear search' }));
    expect(within(activity).getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('defines acronyms on keyboard focus', async () => {
    const { user } = await renderApp();
    const results = screen.getByRole('region', { name: 'Results' });
    const pssm = within(results).getByText('PSSM', { selector: 'abbr' });
    expect(pssm).toHaveAccessibleDescription(/Physical security and stockpile management/);
    await user.tab();
    while (document.activeElement !== pssm) await user.tab();
    expect(pssm).toHaveFocus();
  });
});
