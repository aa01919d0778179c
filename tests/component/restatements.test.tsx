import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openSection, renderApp, sectionToggle } from './renderApp';

const IRAQ_SENTENCE =
  "The 2018 edition restates Iraq's FY2016 funding (DOS NADR-CWD) at $30.9 million: a change of +$15.9 million (+106%) from the $15.0 million the 2017 edition printed.";

/** The words a chart drawn on the page prints (its SVG is hidden from screen readers; the figure's description reads its figures). */
function drawnWords(figure: HTMLElement): string[] {
  const plot = figure.querySelector('.plot-svg svg');
  return Array.from(plot?.querySelectorAll('text') ?? [], (t) => t.textContent);
}

describe('a restated figure on the first screen', () => {
  it('Iraq’s header names the FY2016 restatement with +$15.9 million (+106%), and its link opens both editions’ figures', async () => {
    const { user } = await renderApp('?country=iraq');
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent(IRAQ_SENTENCE);
    expect(header).toHaveTextContent('+$15.9 million (+106%)');
    await user.click(within(header).getByRole('link', { name: 'Compare the editions' }));
    await waitFor(() => {
      expect(sectionToggle('Across editions')).toHaveAttribute('aria-expanded', 'true');
    });
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 2, name: 'Across editions' })).toHaveFocus();
    });
    expect(within(screen.getByRole('region', { name: 'Across editions' })).getByRole('figure', { name: 'Iraq: funding as each edition printed it' })).toBeInTheDocument();
  });

  it('says nothing where the figures shown were not restated: Mali', async () => {
    await renderApp('?country=mali');
    expect(screen.getByRole('banner')).not.toHaveTextContent('restates');
    expect(screen.queryByRole('link', { name: 'Compare the editions' })).toBeNull();
  });

  it('follows the years shown: Iraq’s FY2015 and FY2017 alone carry no restatement', async () => {
    await renderApp('?country=iraq&years=2015,2017');
    expect(screen.getByRole('banner')).not.toHaveTextContent('restates');
  });
});

describe('the editions side by side', () => {
  it('draws Iraq’s FY2016 as each edition printed it: $15.0 million in the 2017 edition, $30.9 million in the 2018', async () => {
    const { user } = await renderApp('?country=iraq');
    const panel = await openSection(user, 'Across editions');
    expect(within(panel).getByRole('heading', { level: 3, name: 'Figures a later edition changed' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('DOS NADR-CWD · FY2016 · 2017 and 2018 editions · U.S. dollars');
    const chart = within(panel).getByRole('figure', { name: 'Iraq: funding as each edition printed it' });
    // What a screen reader hears: each edition's figure exactly.
    expect(chart).toHaveAccessibleDescription(/FY2016: 2017 edition \$15,000,000, 2018 edition \$30,945,000\./);
    // What the eye sees: both bars' figures, the year under them, and the legend.
    const words = drawnWords(chart);
    expect(words).toEqual(expect.arrayContaining(['$15.0 million', '$30.9 million', 'FY2016']));
    expect(chart.querySelector('.plot-svg__legend')).toHaveTextContent('2017 edition2018 edition');
    // Each bar's hover title; the later one is outlined as restated.
    const titles = Array.from(chart.querySelectorAll('.plot-svg svg')[0]?.querySelectorAll('rect > title') ?? [], (t) => t.textContent);
    expect(titles).toEqual(['2017 edition, FY2016: $15,000,000', '2018 edition, FY2016: $30,945,000 (restated)']);
    const notes = within(panel).getByRole('list', { name: 'Figures a later edition changed' });
    expect(notes).toHaveTextContent('FY2016, DOS NADR-CWD: the 2017 edition prints $15.0 million; the 2018 edition prints $30.9 million: a change of +$15.9 million (+106%).');
    expect(notes).toHaveTextContent('FY2016, Printed total: the 2017 edition prints $15.1 million; the 2018 edition prints $31.0 million: a change of +$15.9 million (+106%).');
    expect(within(panel).getByRole('button', { name: 'Export the chart of funding as each edition printed it' })).toBeInTheDocument();
  });

  it('says in plain words whether each edition’s total since first funding follows on from the one before', async () => {
    const { user } = await renderApp('?country=iraq');
    const panel = await openSection(user, 'Across editions');
    expect(within(panel).getByRole('heading', { level: 3, name: 'Totals since first funding, edition to edition' })).toBeInTheDocument();
    // 293,111 − 48,000 = 245,111 against the 2017 edition's 229,166: 15,945 more, FY2016's restatement.
    expect(panel).toHaveTextContent(
      'DOS NADR-CWD, 2017 edition to 2018 edition: the total since first funding in the 2018 edition, $293 million through FY2017, less the FY2017 funding it adds, leaves $245 million; the total in the 2017 edition, through FY2016, is $229 million. The difference, +$15.9 million, is exactly the change the 2018 edition made to FY2016.',
    );
    expect(panel).toHaveTextContent(
      'DoD, 2017 edition to 2018 edition: the total since first funding in the 2018 edition, $105 million through FY2017, less the FY2017 funding it adds, leaves $105 million, the same as the total in the 2017 edition through FY2016. They agree.',
    );
    for (const jargon of ['chain', 'cumulative', '→', 'less its']) expect(panel.textContent).not.toContain(jargon);
    // On paper, what is left off is said.
    expect(panel).toHaveTextContent(
      "Not on this printout: the table of every year each edition prints, and whether each edition's total since first funding follows on from the one before; the address at the top of the first page opens them.",
    );
  });

  it('draws no chart where no edition changed a figure: Mali', async () => {
    const { user } = await renderApp('?country=mali');
    const panel = await openSection(user, 'Across editions');
    expect(within(panel).queryByRole('figure')).toBeNull();
    expect(panel).toHaveTextContent('No edition prints a figure for Mali that differs from another edition');
  });
});
