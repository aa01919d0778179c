/**
 * A section of the country page, as its feature declares it (in the feature's own `section.ts`). The
 * page's order, the section menu, the error boundaries' names and what the printout leaves off are all
 * built from these records (src/app/sections.ts), so a new section is one record and its panel.
 */
export interface SectionRecord {
  /** The id of the section's heading: its address on the page ("#funding-heading") and the menu's link. */
  id: string;
  /** The section's heading, as the page shows it. */
  title: string;
  /** The word in the section menu; null keeps the section out of the menu. */
  menu: string | null;
  /** What the section is called when it fails: "The funding panel could not be shown." */
  what: string;
  /** Whether the printout includes the section. */
  prints: boolean;
  /**
   * A section one step away: the word that opens it in the address (`?open=editions`), and one line on what it holds. Absent for a section the page always shows. A link to its
   * heading (`#editions-heading`) opens it too.
   */
  closed?: { key: string; holds: string };
}

/** The sections one step away, by address word, in page order. */
export function closedKeys(sections: readonly SectionRecord[]): string[] {
  return [...new Set(sections.flatMap((s) => (s.closed ? [s.closed.key] : [])))];
}

/** The class that keeps a section off paper, when its record says it does not print. */
export function printClass(section: SectionRecord): string | undefined {
  return section.prints ? undefined : 'screen-only';
}
