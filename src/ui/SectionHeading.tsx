import { createContext, useContext } from 'react';
import type { SectionRecord } from './section';

/** Set around a section one step away: whether it is open, and how to open or close it. */
export const SectionToggleContext = createContext<{ open: boolean; toggle: () => void } | null>(null);

/**
 * A section's heading, with its record's id and title. In a section one step away it is also the button
 * that opens and closes it (a disclosure: the heading says what it is, the button whether it is open).
 */
export function SectionHeading({ section }: { section: SectionRecord }) {
  const toggle = useContext(SectionToggleContext);
  if (!toggle) return <h2 id={section.id}>{section.title}</h2>;
  return (
    <h2 id={section.id} className="section-heading">
      <button type="button" className="section-toggle" aria-expanded={toggle.open} onClick={toggle.toggle}>
        {section.title}
      </button>
    </h2>
  );
}
