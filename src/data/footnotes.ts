import type { Country, Footnote } from './schema';
import type { ViewFilters } from './viewFilters';

/** Footnotes that qualify the figures shown: whole-table notes, and notes on a selected agency. */
export function footnotesInView(country: Country, filters: ViewFilters): Footnote[] {
  return country.footnotes.filter((f) => f.agency === null || filters.agencies.includes(f.agency));
}
