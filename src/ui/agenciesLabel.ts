import { AGENCIES } from '../data/agencies';
import type { ViewFilters } from '../data/viewFilters';

/** "All agencies (DOS, DoD)" with no agency filter, else the selected agencies: "DoD". */
export function agenciesLabel(filters: ViewFilters): string {
  const names = filters.agencies.map((a) => AGENCIES[a].short).join(', ');
  return filters.allAgencies ? `All agencies (${names})` : names;
}
