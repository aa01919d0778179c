import { AGENCIES } from '../model/agencies';
import { GLOSSARY } from '../model/glossary';
import type { Activity, Country, Result } from '../model/schema';
import type { PeriodMatch, ViewFilters } from './viewFilters';
import { matchAgency, matchPeriod } from './viewFilters';
import { compareText } from '../../lib/compareText';

import type { ActivitySort } from './activitySorts';

export { ACTIVITY_SORTS, type ActivitySort } from './activitySorts';

export interface ActivityEntry {
  activity: Activity;
  results: Result[];
  periodMatch: Exclude<PeriodMatch, 'outside'>;
  /** "partly": the funder has other lines not selected, or the page names no agency. */
  agencyMatch: Exclude<PeriodMatch, 'outside'>;
}

export interface ActivityView {
  entries: ActivityEntry[];
  /** How many activities the year and agency filters allow before the text search. */
  inFilters: number;
}

/** The text an activity can be found by: partner (and its expansion), agency, summary, results. */
function searchableText(activity: Activity, results: readonly Result[]): string {
  const agency = activity.agency ? AGENCIES[activity.agency] : null;
  return [
    activity.partner ?? '',
    activity.partner ? (GLOSSARY[activity.partner] ?? '') : '',
    agency?.short ?? 'U.S. government',
    agency?.name ?? '',
    activity.summary,
    String(activity.period.from ?? ''),
    String(activity.period.to),
    ...results.map((r) => r.label),
  ]
    .join(' ')
    .toLocaleLowerCase('en-US');
}

function compare(sort: ActivitySort) {
  return (a: ActivityEntry, b: ActivityEntry): number => {
    const byPartner = compareText(a.activity.partner ?? '', b.activity.partner ?? '');
    const byEnd = a.activity.period.to - b.activity.period.to || (a.activity.period.from ?? 0) - (b.activity.period.from ?? 0);
    if (sort === 'partner') return byPartner || -byEnd;
    if (sort === 'oldest') return byEnd || byPartner;
    return -byEnd || byPartner;
  };
}

/** Activities under the global filters, narrowed by a text search (every word must match) and sorted. */
export function activityView(country: Country, filters: ViewFilters, query: string, sort: ActivitySort): ActivityView {
  const resultsById = new Map(country.results.map((r) => [r.id, r]));
  const inFilters: ActivityEntry[] = [];
  for (const activity of country.activities) {
    const agencyMatch = matchAgency(activity.agency, filters);
    if (agencyMatch === 'outside') continue;
    const periodMatch = matchPeriod(activity.period, filters);
    if (periodMatch === 'outside') continue;
    const results = activity.resultIds.flatMap((id) => {
      const r = resultsById.get(id);
      return r ? [r] : [];
    });
    inFilters.push({ activity, results, periodMatch, agencyMatch });
  }
  const words = query.toLocaleLowerCase('en-US').split(/\s+/).filter(Boolean);
  const entries = inFilters.filter((entry) => {
    const text = searchableText(entry.activity, entry.results);
    return words.every((w) => text.includes(w));
  });
  return { entries: entries.sort(compare(sort)), inFilters: inFilters.length };
}
