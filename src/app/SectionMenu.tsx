import { focusHeading } from '../ui/focusHeading';
import { COUNTRY_SECTIONS, MORE_ID } from './sections';

/** The sections always on the page with a menu entry, in page order; then one link to those one step away. */
const SECTIONS = COUNTRY_SECTIONS.flatMap((s) => (s.menu === null || s.closed ? [] : [{ id: s.id, label: s.menu }]));
const HAS_MORE = COUNTRY_SECTIONS.some((s) => s.closed);

/** A short menu of the country page's sections: a link moves the keyboard to the section's heading (focusHeading). */
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
                focusHeading(target);
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
