import { act, screen, waitFor, within } from '@testing-library/react';
import { computeAccessibleName } from 'dom-accessibility-api';
import { describe, expect, it } from 'vitest';
import { openSection, renderApp } from './renderApp';

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
    const header = screen.getByRole('banner');
    // What the page is, and that it opens on one country of many.
    expect(header).toHaveTextContent(
      'U.S. Conventional Weapons Destruction assistance by country: funding, results and partners as the State Department reports them, figures as printed. Opens on Mali; 35 countries to choose from.',
    );
    // The headline: the years shown, added up (and said to be calculated), and beside it the report's own cumulative.
    expect(header).toHaveTextContent('U.S. CWD funding to Mali, FY2015–FY2017 (all agencies) $3.05 million $3,052,000 exactly; 3 fiscal years added (calculated)');
    expect(header).toHaveTextContent("Cumulative since FY2013: $3.05 million $3,052,000 exactly; the report's own figure, whatever the years shown");
    expect(header).not.toHaveTextContent('Total U.S. CWD funding');
    // The colour theme is chosen at the foot of the page, not in the header.
    expect(within(header).queryByRole('combobox', { name: 'Colours' })).toBeNull();
    expect(within(screen.getByRole('contentinfo')).getByRole('combobox', { name: 'Colours' })).toHaveValue('system');
  });

  it('adds up only the years shown in the headline, and keeps the report’s cumulative beside it', async () => {
    const { user } = await renderApp();
    const header = screen.getByRole('banner');
    await user.click(screen.getByRole('checkbox', { name: 'FY2015' }));
    // FY2016 and FY2017: $670K + $1,182K.
    expect(header).toHaveTextContent('U.S. CWD funding to Mali, FY2016–FY2017 (all agencies) $1.85 million $1,852,000 exactly; 2 fiscal years added (calculated)');
    expect(header).toHaveTextContent("Cumulative since FY2013: $3.05 million $3,052,000 exactly; the report's own figure, whatever the years shown");
    await user.click(screen.getByRole('checkbox', { name: 'DOS NADR-CWD' }));
    // DoD alone, FY2016 and FY2017: $170K + $182K; the cumulative is DoD's.
    expect(header).toHaveTextContent('U.S. CWD funding to Mali, FY2016–FY2017 (DoD) $352,000 2 fiscal years added (calculated)');
    expect(header).toHaveTextContent("Cumulative since FY2013: $352,000 the report's own figure, whatever the years shown");
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
    expect(screen.getByRole('region', { name: 'Funding by agency' })).toHaveTextContent(
      'By fiscal year · All agencies (DOS NADR-CWD, DoD) · the table in U.S. dollars in thousands, as the report prints them ($1,200K is $1,200,000)',
    );
    const cumulative = screen.getByRole('complementary', { name: 'Cumulative since FY2013' });
    expect(cumulative).toHaveTextContent('Cumulative since FY2013$3.05 million $3,052,000 exactly');
    expect(cumulative).toHaveTextContent('*Department of State FY13 funding is included in regional funding.');
  });

  it('shows the funding table in exact thousands by default, and in millions on request', async () => {
    const { user } = await renderApp();
    const exact = screen.getByRole('button', { name: 'Exact thousands, as printed' });
    const millions = screen.getByRole('button', { name: 'Rounded, as in briefs (three significant figures)' });
    expect(exact).toHaveAttribute('aria-pressed', 'true');
    expect(millions).toHaveAttribute('aria-pressed', 'false');
    await user.click(millions);
    expect(millions).toHaveAttribute('aria-pressed', 'true');
    expect(tableRows(fundingTable())[1]).toEqual(['DOS NADR-CWD', '$1.20 million', '$500,000', '$1.00 million', '$2.70 million']);
    expect(tableRows(fundingTable())[4]).toEqual(['COUNTRY TOTAL (printed)', '$1.20 million', '$670,000', '$1.18 million', '$3.05 million']);
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
    expect(depots).toHaveTextContent('Funded byU.S. government');
    expect(depots).not.toHaveTextContent('no agency named');
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
    expect(screen.getByRole('complementary', { name: /Cumulative/ })).toHaveTextContent('$352,000');
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

  it('keeps the fiscal years and funding lines behind a line that says what they are set to', async () => {
    const { user } = await renderApp();
    const years = screen.getByRole('group', { name: 'Fiscal years' });
    const lines = screen.getByRole('group', { name: 'Funding lines' });
    /** The line a closed filter shows: its name and what it is set to. */
    const summary = (group: HTMLElement) => {
      const line = group.closest('details')?.querySelector('summary');
      if (!line) throw new Error('the filter has no summary line');
      return line;
    };
    expect(summary(years)).toHaveTextContent('Fiscal years FY2015–FY2017');
    expect(summary(lines)).toHaveTextContent('Funding lines All agencies');
    // Closed, the choices are out of sight; the summary opens them.
    expect(within(lines).getByRole('checkbox', { name: 'DOS NADR-CWD' })).not.toBeVisible();
    await user.click(summary(lines));
    expect(within(lines).getByRole('checkbox', { name: 'DOS NADR-CWD' })).toBeVisible();
    await user.click(within(lines).getByRole('checkbox', { name: 'DOS NADR-CWD' }));
    expect(summary(lines)).toHaveTextContent('Funding lines DoD');
    await user.click(summary(years));
    await user.click(within(years).getByRole('checkbox', { name: 'FY2015' }));
    expect(summary(years)).toHaveTextContent('Fiscal years FY2016–FY2017');
    // Screen readers still hear what the view shows.
    expect(within(screen.getByRole('group', { name: 'Filters' })).getByRole('status')).toHaveTextContent('Showing FY2016–FY2017 · DoD');
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
    // Mali's page in the report names only some of its partners, and the panel says so.
    expect(activity).toHaveTextContent(
      'Who did the work, with whose funding, and what it produced. Activity years are calendar years. The report’s page names only some of the partners for this country.',
    );
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

  it('defines acronyms on hover and to screen readers, without a tab stop each; the glossary, one step away in the sources, lists them', async () => {
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
    expect(within(sections).getAllByRole('link').map((a) => a.textContent)).toEqual(['Funding', 'Results', 'Comparison', 'Activity', 'More about Mali']);
    // The glossary is in the sources, one step away: the menu leads to them, and their heading opens them.
    await user.click(within(sections).getByRole('link', { name: 'More about Mali' }));
    expect(screen.getByRole('heading', { level: 2, name: 'More about Mali' })).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Glossary' })).toBeNull();
    const sources = await openSection(user, 'Sources and notes');
    const glossary = within(sources).getByRole('heading', { level: 3, name: 'Glossary' });
    const pssmDefined = within(sources).getByText('PSSM', { selector: 'dt' });
    expect(glossary.compareDocumentPosition(pssmDefined) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(pssmDefined.nextElementSibling).toHaveTextContent(/^Physical security and stockpile management/);
  });
});
