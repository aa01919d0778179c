import type { Country, Result } from '../model/schema';
import type { ViewFilters } from './viewFilters';
import { matchAgency, matchPeriod } from './viewFilters';

/**
 * How a result is shown under the filters:
 * - "plain": the filters cover the whole figure;
 * - "span-not-by-year": the figure spans years the filter leaves out; it is
 *   shown whole, marked as not reported by year, never as the selected year's;
 * - "all-agencies": the page credits the United States as a whole; it cannot be split by line;
 * - "line-not-stated": the agency's other line is not selected, and the page does not say which line paid.
 */
export type ResultMark = 'plain' | 'span-not-by-year' | 'all-agencies' | 'line-not-stated';

export interface ResultTileView {
  result: Result;
  marks: ResultMark[];
}

export interface ResultsView {
  tiles: ResultTileView[];
  /** Results left out because their period or agency lies wholly outside the filters. */
  hidden: { byYear: Result[]; byAgency: Result[] };
}

export function resultsView(country: Country, filters: ViewFilters): ResultsView {
  const tiles: ResultTileView[] = [];
  const hidden: ResultsView['hidden'] = { byYear: [], byAgency: [] };
  for (const result of country.results) {
    const agency = matchAgency(result.agency, filters);
    if (agency === 'outside') {
      hidden.byAgency.push(result);
      continue;
    }
    const period = matchPeriod(result.period, filters);
    if (period === 'outside') {
      hidden.byYear.push(result);
      continue;
    }
    const marks: ResultMark[] = [];
    if (period === 'partly') marks.push('span-not-by-year');
    if (agency === 'partly') marks.push(result.agency === null ? 'all-agencies' : 'line-not-stated');
    tiles.push({ result, marks: marks.length > 0 ? marks : ['plain'] });
  }
  return { tiles, hidden };
}
