import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTRY_SECTIONS, MORE_ID } from '../../src/app/sections';
import { openSection, renderApp, sectionToggle } from './renderApp';

/** The sections one step away, each once (the glossary is a part of the sources, opened with them). */
const ONE_STEP_AWAY = COUNTRY_SECTIONS.filter((s) => s.closed && s.id !== 'glossary');
const ALL_OPEN = `?open=${ONE_STEP_AWAY.map((s) => s.closed?.key ?? '').join(',')}`;

/** Whether each section one step away is open, by title, as its heading's button says. */
function openness() {
  return Object.fromEntries(ONE_STEP_AWAY.map((s) => [s.title, sectionToggle(s.title).getAttribute('aria-expanded')]));
}

describe('the country page, built from its features’ section records', () => {
  it('has a heading for every record, in the record’s order, a menu entry for each always shown, and keeps off paper what does not print', async () => {
    await renderApp(ALL_OPEN);
    expect(ALL_OPEN).toBe('?open=trend,editions,region,sources,datasets');
    // Every section one step away is open: every panel is on the page.
    expect(await screen.findByRole('list', { name: 'Datasets in this browser' }, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.queryByText(/were not recognised/)).toBeNull();
    const more = screen.getByRole('region', { name: 'More about Mali' });
    for (const section of COUNTRY_SECTIONS) {
      const heading = document.getElementById(section.id);
      expect(heading, `${section.id} is on the page`).not.toBeNull();
      expect(heading, `${section.id} is titled`).toHaveTextContent(section.title);
      // A section that does not print sits inside something the print stylesheet hides; one that prints does not.
      expect(heading?.closest('.screen-only') !== null, `${section.id} prints: ${String(section.prints)}`).toBe(!section.prints);
      // The sections one step away are under "More about Mali"; the others are not.
      expect(more.contains(heading), `${section.id} is one step away: ${String(Boolean(section.closed))}`).toBe(Boolean(section.closed));
    }
    for (const section of ONE_STEP_AWAY) expect(sectionToggle(section.title), section.title).toHaveAttribute('aria-expanded', 'true');
    // The page shows them in the order the list gives.
    const headings = COUNTRY_SECTIONS.map((section) => document.getElementById(section.id));
    for (const [i, heading] of headings.slice(1).entries()) {
      const before = headings[i];
      expect(before && heading ? before.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING : 0, `${COUNTRY_SECTIONS[i + 1]?.id ?? ''} follows`).toBeTruthy();
    }
    // The menu lists the sections always on the page that ask for an entry, then one link to those one step away.
    const menu = screen.getByRole('navigation', { name: 'Sections of this page' });
    const links = within(menu).getAllByRole('link');
    const always = COUNTRY_SECTIONS.filter((s) => s.menu !== null && !s.closed);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([...always.map((s) => `#${s.id}`), `#${MORE_ID}`]);
    expect(links.map((a) => a.textContent)).toEqual([...always.flatMap((s) => (s.menu === null ? [] : [s.menu])), 'More about Mali']);
    expect(links.map((a) => a.textContent)).toEqual(['Funding', 'Results', 'Comparison', 'Activity', 'More about Mali']);
  }, 120_000);

  it('keeps the sections one step away closed, each a heading that opens it and a line on what it holds', async () => {
    await renderApp();
    expect(window.location.search).toBe('?country=mali');
    const more = screen.getByRole('region', { name: 'More about Mali' });
    expect(within(more).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'More about Mali',
      'Funding through time',
      'Across editions',
      'Regional context',
      'Sources and notes',
      'Datasets',
    ]);
    for (const section of ONE_STEP_AWAY) {
      expect(sectionToggle(section.title), section.title).toHaveAttribute('aria-expanded', 'false');
      // The heading keeps its address, for links to it.
      expect(document.getElementById(section.id)).toBe(screen.getByRole('heading', { level: 2, name: section.title }));
      expect(screen.getByRole('region', { name: section.title })).toHaveTextContent(`${section.title}${section.closed?.holds ?? ''}`);
    }
    expect(screen.getByRole('region', { name: 'Sources and notes' })).toHaveTextContent(
      'Where each figure is printed, what the page gives and leaves out, the footnotes, and a glossary of the terms used.',
    );
    // What they hold is not on the page until they are opened.
    expect(screen.queryByRole('heading', { name: 'Glossary' })).toBeNull();
    expect(document.getElementById('glossary')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Across editions' })).queryByRole('table')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Datasets in this browser' })).toBeNull();
    // The sections always shown are open, with no button in their headings.
    for (const name of ['Funding by agency', 'Results', 'Comparison', 'Partner activity']) {
      expect(within(screen.getByRole('heading', { level: 2, name })).queryByRole('button')).toBeNull();
    }
  });

  it('opens and closes a section from its heading, and keeps what is open in the address', async () => {
    const { user } = await renderApp();
    await user.click(sectionToggle('Sources and notes'));
    expect(sectionToggle('Sources and notes')).toHaveAttribute('aria-expanded', 'true');
    const sources = screen.getByRole('region', { name: 'Sources and notes' });
    expect(within(sources).getByRole('heading', { level: 3, name: 'Glossary' })).toBeInTheDocument();
    // The open section's heading has the same address as the closed one's.
    expect(document.getElementById('sources-heading')).toBe(screen.getByRole('heading', { level: 2, name: 'Sources and notes' }));
    expect(window.location.search).toBe('?country=mali&open=sources');
    // Opened later, written first: the address lists the sections in page order.
    await user.click(sectionToggle('Across editions'));
    expect(within(screen.getByRole('region', { name: 'Across editions' })).getByRole('table')).toBeInTheDocument();
    expect(window.location.search).toBe('?country=mali&open=editions,sources');
    expect(openness()).toEqual({ 'Funding through time': 'false', 'Across editions': 'true', 'Regional context': 'false', 'Sources and notes': 'true', Datasets: 'false' });
    // A second click closes it, and the address lets go of it.
    await user.click(sectionToggle('Sources and notes'));
    expect(sectionToggle('Sources and notes')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('heading', { name: 'Glossary' })).toBeNull();
    expect(window.location.search).toBe('?country=mali&open=editions');
    // Back opens it again.
    act(() => {
      window.history.back();
    });
    await waitFor(() => {
      expect(sectionToggle('Sources and notes')).toHaveAttribute('aria-expanded', 'true');
    });
    expect(window.location.search).toBe('?country=mali&open=editions,sources');
    // Opened sections are where one reads, not a filter: resetting the filters leaves them open.
    await user.click(screen.getByRole('checkbox', { name: 'FY2015' }));
    expect(window.location.search).toBe('?country=mali&years=2016,2017&open=editions,sources');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(window.location.search).toBe('?country=mali&open=editions,sources');
    expect(openness()).toEqual({ 'Funding through time': 'false', 'Across editions': 'true', 'Regional context': 'false', 'Sources and notes': 'true', Datasets: 'false' });
  });

  it('opens from the keyboard, and keeps the keyboard on the heading’s button', async () => {
    const { user } = await renderApp();
    sectionToggle('Across editions').focus();
    await user.keyboard('{Enter}');
    expect(sectionToggle('Across editions')).toHaveAttribute('aria-expanded', 'true');
    // A disclosure keeps focus on its button, so the next key goes on from there (not from the top of the page).
    expect(sectionToggle('Across editions')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(sectionToggle('Across editions')).toHaveAttribute('aria-expanded', 'false');
    expect(sectionToggle('Across editions')).toHaveFocus();
  });

  it('opens the sections a link names: ?open=sources', async () => {
    await renderApp('?country=mali&open=sources');
    expect(openness()).toEqual({ 'Funding through time': 'false', 'Across editions': 'false', 'Regional context': 'false', 'Sources and notes': 'true', Datasets: 'false' });
    const sources = screen.getByRole('region', { name: 'Sources and notes' });
    expect(sources).toHaveTextContent('2018 edition (the 17th), FY2015–FY2017: 35 country tables');
    expect(within(sources).getByRole('heading', { level: 3, name: 'Glossary' })).toBeInTheDocument();
    expect(window.location.search).toBe('?country=mali&open=sources');
    expect(screen.queryByText(/were not recognised/)).toBeNull();
  });

  it('names a section a link asks for that does not open, and shows the page as it is', async () => {
    const { user } = await renderApp('?country=mali&open=nonsense');
    const notice = screen.getByText('Some settings in the link were not recognised and were left out.').parentElement;
    expect(notice).toHaveTextContent('Ignored section “nonsense”: the sections that open are trend, editions, region, sources, datasets.');
    expect(window.location.search).toBe('?country=mali');
    expect(openness()).toEqual({ 'Funding through time': 'false', 'Across editions': 'false', 'Regional context': 'false', 'Sources and notes': 'false', Datasets: 'false' });
    // Nothing else is touched: the figures are there, and a section still opens.
    expect(screen.getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$3,052K');
    const region = await openSection(user, 'Regional context');
    expect(within(region).getByRole('article', { name: /Leahy War Victims Fund/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?country=mali&open=region');
  });

  it('keeps the good words of a link and names the bad: ?open=region,nonsense', async () => {
    await renderApp('?country=mali&open=region,nonsense');
    expect(screen.getByText('Some settings in the link were not recognised and were left out.').parentElement).toHaveTextContent('Ignored section “nonsense”');
    expect(openness()).toEqual({ 'Funding through time': 'false', 'Across editions': 'false', 'Regional context': 'true', 'Sources and notes': 'false', Datasets: 'false' });
    expect(window.location.search).toBe('?country=mali&open=region');
  });

  it('opens the section a link into it points at: #glossary on arrival, #editions-heading later', async () => {
    await renderApp('?country=mali#glossary');
    const glossary = await screen.findByRole('heading', { level: 3, name: 'Glossary' });
    expect(within(screen.getByRole('region', { name: 'Sources and notes' })).getByRole('heading', { level: 3, name: 'Glossary' })).toBe(glossary);
    expect(sectionToggle('Sources and notes')).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => {
      expect(glossary).toHaveFocus();
    });
    expect(window.location.search).toBe('?country=mali&open=sources');
    expect(window.location.hash).toBe('#glossary');
    // A link followed on the page, to a section still closed.
    act(() => {
      window.location.hash = '#editions-heading';
    });
    await waitFor(() => {
      expect(sectionToggle('Across editions')).toHaveAttribute('aria-expanded', 'true');
    });
    expect(within(screen.getByRole('region', { name: 'Across editions' })).getByRole('table')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 2, name: 'Across editions' })).toHaveFocus();
    });
    expect(window.location.search).toBe('?country=mali&open=editions,sources');
  });

  it('on paper, shows every section open and every chart drawn, and closes them again after', async () => {
    await renderApp();
    // The cumulative comparison is drawn with the chart code on screen (the lines by fiscal year never are).
    const cumulative = await screen.findByRole('figure', { name: 'The cumulative comparison' });
    await waitFor(() => {
      expect(cumulative.querySelector('.recharts-responsive-container')).not.toBeNull();
    });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(openness()).toEqual({ 'Funding through time': 'true', 'Across editions': 'true', 'Regional context': 'true', 'Sources and notes': 'true', Datasets: 'true' });
    expect(screen.getByRole('heading', { level: 3, name: 'Glossary' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Across editions' })).getByRole('table')).toBeInTheDocument();
    // Every chart is drawn at once by its own SVG plot, with no chart code to wait for.
    for (const figure of screen.getAllByRole('figure')) {
      expect(figure.querySelector('.recharts-responsive-container'), figure.getAttribute('aria-label') ?? '').toBeNull();
      expect(figure.querySelector('svg[viewBox]'), figure.getAttribute('aria-label') ?? '').not.toBeNull();
    }
    // Printing opens nothing in the address.
    expect(window.location.search).toBe('?country=mali');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(openness()).toEqual({ 'Funding through time': 'false', 'Across editions': 'false', 'Regional context': 'false', 'Sources and notes': 'false', Datasets: 'false' });
    await waitFor(() => {
      expect(screen.getByRole('figure', { name: 'The cumulative comparison' }).querySelector('.recharts-responsive-container')).not.toBeNull();
    });
  });
});
