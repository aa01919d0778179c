import { COUNTRY_SECTIONS, MORE_ID } from './sections';

/** The sections always on the page with a menu entry, in page order; then one link to those one step away. */
const SECTIONS = COUNTRY_SECTIONS.flatMap((s) => (s.menu === null || s.closed ? [] : [{ id: s.id, label: s.menu }]));
const HAS_MORE = COUNTRY_SECTIONS.some((s) => s.closed);

/**
 * A short menu of the country page's sections. Following a link moves focus to the section's heading
 * (so the keyboard goes on from there) without putting a fragment in the address, which holds the view.
 */
export function SectionMenu({ countryName }: { countryName: string }) {
  const entries = HAS_MORE ? [...SECTIONS, { id: MORE_ID, label: `More about ${countryName}` }] : SECTIONS;
  return (
    <nav className="section-menu" aria-label="Sections of this page">
      <ul>
        {entries.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              onClick={(event) => {
                const target = document.getElementById(s.id);
                if (!target) return; // not loaded yet: the browser follows the fragment instead
                event.preventDefault();
                if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                target.focus({ preventScroll: true });
                // Not every environment scrolls (jsdom has no scrollIntoView); focus has moved either way.
                if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
              }}
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
