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
    expect(screen.getByText(/Total U.S. CWD funding, FY2013–FY2017/)).toHaveTextContent(
      'Total U.S. CWD funding, FY2013–FY2017: ≈ $3.1 million ($3,052K exactly; all agencies, cumulative)',
    );
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
    expect(cumulative).toHaveTextContent('Cumulative, FY2013–FY2017≈ $3.1 million $3,052K exactly');
    expect(cumulative).toHaveTextContent('*Department of State FY13 funding is included in regional funding.');
  });

  it('shows the funding table in exact thousands by default, and in millions on request', async () => {
    const { user } = await renderApp();
    const exact = screen.getByRole('button', { name: 'Exact thousands, as printed' });
    const millions = screen.getByRole('button', { name: 'Millions, rounded to $0.1 million' });
    expect(exact).toHaveAttribute('aria-pressed', 'true');
    expect(millions).toHaveAttribute('aria-pressed', 'false');
    await user.click(millions);
    expect(millions).toHaveAttribute('aria-pressed', 'true');
    expect(tableRows(fundingTable())[1]).toEqual(['DOS NADR-CWD', '$1.2 million', '$500K', '$1 million', '$2.7 million']);
    expect(tableRows(fundingTable())[4]).toEqual(['COUNTRY TOTAL (printed)', '$1.2 million', '$670K', '≈ $1.2 million', '≈ $3.1 million']);
    await user.click(exact);
    expect(tableRows(fundingTable())[1]).toEqual(['DOS NADR-CWD', '$1,200K', '$500K', '$1,000K', '$2,700K']);
  });

  it('shows the six results, each with its period, partner and agency', async () => {
    await renderApp();
    expect(resultTiles()).toEqual([
      'More than 27,990 weapons secured',
      '3 storehouses for explosives built',
      '256 security force personnel trained in SA/LW management',
      '87 personnel trained in PSSM',
      '22 armories built or refurbished',
      '2 EOD Level I Awareness missions',
    ]);
    const weapons = screen.getByRole('heading', { name: /27,990/ }).closest('li');
    expect(weapons).toHaveTextContent('2015–2017 (since MAG began PSSM operations in Mali in 2015)');
    expect(weapons).toHaveTextContent('MAG');
    expect(weapons).toHaveTextContent('Department of State');
    expect(screen.getByRole('heading', { name: /storehouses/ }).closest('li')).toHaveTextContent('As printed: “three”');
  });

  it('gives the page’s investment sentence with the funding, not as a result', async () => {
    await renderApp();
    expect(resultTiles().some((t) => t.includes('investment'))).toBe(false);
    const cumulative = screen.getByRole('complementary', { name: /Cumulative/ });
    expect(cumulative).toHaveTextContent("The page's own figure, 2013–2017: more than $3 million");
    expect(cumulative).toHaveTextContent('Consistent with the table');
  });

  it('marks a result credited to the U.S. government as a whole when lines are filtered', async () => {
    await renderApp('?country=mauritania&lines=dod');
    const depots = screen.getByRole('heading', { name: /ammunition storage depots built/ }).closest('li');
    expect(depots).toHaveTextContent('Funded byU.S. government (no agency named)');
    expect(depots).toHaveTextContent('Credited to the U.S. government as a whole, not reported by agency or line');
    expect(screen.getByText('Not shown: 4 results funded by lines not selected.')).toBeInTheDocument();
  });

  it('narrows every panel to DoD when DOS is unchecked, and puts it in the URL', async () => {
    const { user } = await renderApp();
    const lines = screen.getByRole('group', { name: 'Funding lines' });
    expect(names(within(lines).getAllByRole('checkbox'))).toEqual(['DOS NADR-CWD', 'DoD']);
    // Mali has one State line: no "State, all lines" shortcut.
    expect(within(lines).queryByRole('button', { name: 'State, all lines' })).toBeNull();
    expect(within(lines).getByRole('button', { name: 'All agencies' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'DOS NADR-CWD' }));
    expect(tableRows(fundingTable())).toEqual([
      ['Agency', 'FY2015', 'FY2016', 'FY2017', 'Cumulative'],
      ['DoD', '$0K', '$170K', '$182K', '$352K'],
    ]);
    expect(screen.getByRole('complementary', { name: /Cumulative/ })).toHaveTextContent('$352K');
    expect(resultTiles()).toEqual(['2 EOD Level I Awareness missions']);
    expect(screen.getByText('Not shown: 5 results funded by lines not selected.')).toBeInTheDocument();
    const activity = screen.getByRole('region', { name: 'Partner activity' });
    expect(names(within(activity).getAllByRole('heading', { level: 3 }))).toEqual(['USARAF']);
    expect(window.location.search).toBe('?country=mali&lines=dod');
    // The years in force, by name: FY2013 and FY2014 are offered too, so "all fiscal years" would not be true.
    expect(screen.getByText(/^Showing FY/)).toHaveTextContent('Showing FY2015–FY2017 · DoD');
    // The last line cannot be unchecked: there is always something to show.
    expect(screen.getByRole('checkbox', { name: 'DoD' })).toBeDisabled();
    await user.click(within(lines).getByRole('button', { name: 'All agencies' }));
    expect(window.location.search).toBe('?country=mali');
    expect(tableRows(fundingTable())).toHaveLength(5);
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
    ]);
    expect(screen.getAllByText('2015–2017 total, not reported by year')).toHaveLength(3);
    expect(screen.getByText('Not shown: 3 results from years outside the filter.')).toBeInTheDocument();
  });

  it('resets the filters', async () => {
    const { user } = await renderApp('?country=mali&years=2017&agencies=dod');
    expect(tableRows(fundingTable())[1]).toEqual(['DoD', '$182K', '$352K']);
    // An old agencies= link is written back in lines=.
    expect(window.location.search).toBe('?country=mali&years=2017&lines=dod');
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
    expect(notice).toHaveTextContent('Ignored funding line “nasa”: Mali has dos-nadr-cwd, dod.');
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

  it('defines acronyms on hover and to screen readers, without a tab stop each; one glossary link lists them', async () => {
    const { user } = await renderApp();
    const results = screen.getByRole('region', { name: 'Results' });
    const pssm = within(results).getAllByText('PSSM', { selector: 'abbr' })[0];
    if (!pssm) throw new Error('PSSM is not on the page');
    expect(pssm).toHaveAccessibleDescription(/Physical security and stockpile management/);
    expect(pssm).not.toHaveAttribute('tabindex');
    await user.hover(pssm);
    expect(screen.getByRole('tooltip', { name: /Physical security and stockpile management/ })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Sections of this page' });
    expect(within(sections).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Results',
      'Funding',
      'Editions',
      'Comparison',
      'Region',
      'Partners',
      'Sources',
      'Glossary',
    ]);
    await user.click(within(sections).getByRole('link', { name: 'Glossary' }));
    expect(await screen.findByRole('heading', { name: 'Glossary' })).toHaveFocus();
  });
});
