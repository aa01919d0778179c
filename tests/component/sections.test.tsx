import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTRY_SECTIONS } from '../../src/app/sections';
import { renderApp } from './renderApp';

describe('the country page, built from its features’ section records', () => {
  it('has a heading for every record, a menu entry for each that asks for one, and keeps off paper what does not print', async () => {
    await renderApp();
    // The last section below the first view has arrived: every panel is on the page.
    await screen.findByRole('heading', { level: 2, name: 'Datasets' }, { timeout: 60_000 });
    for (const section of COUNTRY_SECTIONS) {
      const heading = document.getElementById(section.id);
      expect(heading, `${section.id} is on the page`).not.toBeNull();
      // A section that does not print sits inside something the print stylesheet hides; one that prints does not.
      expect(heading?.closest('.screen-only') !== null, `${section.id} prints: ${String(section.prints)}`).toBe(!section.prints);
    }
    // The page shows them in the order the list gives.
    const headings = COUNTRY_SECTIONS.map((section) => document.getElementById(section.id));
    for (const [i, heading] of headings.slice(1).entries()) {
      const before = headings[i];
      expect(before && heading ? before.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING : 0, `${COUNTRY_SECTIONS[i + 1]?.id ?? ''} follows`).toBeTruthy();
    }
    const menu = screen.getByRole('navigation', { name: 'Sections of this page' });
    const links = within(menu).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(COUNTRY_SECTIONS.filter((s) => s.menu !== null).map((s) => `#${s.id}`));
    expect(links.map((a) => a.textContent)).toEqual(COUNTRY_SECTIONS.flatMap((s) => (s.menu === null ? [] : [s.menu])));
  }, 120_000);
});
