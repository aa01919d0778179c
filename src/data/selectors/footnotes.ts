import type { Country, Footnote } from '../model/schema';
import { selectedAgencies, type ViewFilters } from './viewFilters';

/** Footnotes that qualify the figures shown: whole-table notes, and notes on an agency with a selected line. */
export function footnotesInView(country: Country, filters: ViewFilters): Footnote[] {
  const agencies = selectedAgencies(filters);
  return country.footnotes.filter((f) => f.agency === null || agencies.includes(f.agency));
}
