import { LINE_AGENCY, lineNames } from '../data/model/lines';
import type { ViewFilters } from '../data/selectors/viewFilters';

/**
 * The lines in force in words: "All agencies (DOS NADR-CWD, DoD)" with no
 * line filter, "State, all lines (DOS NADR-CWD, DOS Other)" when exactly
 * State's lines are chosen, else the chosen lines: "DOS NADR-CWD, DoD".
 */
export function linesLabel(filters: ViewFilters): string {
  const names = lineNames(filters.lines);
  if (filters.allLines) return `All agencies (${names})`;
  const stateLines = filters.available.filter((l) => LINE_AGENCY[l] === 'dos');
  const onlyState = filters.lines.every((l) => LINE_AGENCY[l] === 'dos') && filters.lines.length === stateLines.length && stateLines.length > 1;
  return onlyState ? `State, all lines (${names})` : names;
}
