import type { AgencyId, Country, Period } from './schema';
import { AGENCY_IDS } from './agencyIds';

/** The filters in force, resolved against what the country and dataset offer. */
export interface ViewFilters {
  /** Selected fiscal years, ascending. */
  years: readonly number[];
  /** Selected agencies, in the app's agency order. */
  agencies: readonly AgencyId[];
  /** True when every fiscal year in the dataset is selected (no year filter in force). */
  allYears: boolean;
  /** True when every agency the country has is selected (no agency filter in force). */
  allAgencies: boolean;
}

/** Agencies that appear anywhere in a country's data, in a fixed order (DOS, DoD, USAID, CDC). */
export function countryAgencies(country: Country): AgencyId[] {
  const present = new Set<AgencyId>([
    ...country.funding.rows.map((r) => r.agency),
    ...country.activities.map((a) => a.agency),
    ...country.results.flatMap((r) => (r.agency ? [r.agency] : [])),
  ]);
  return AGENCY_IDS.filter((id) => present.has(id));
}

/** null means "no filter": everything on offer. */
export function resolveViewFilters(
  selection: { years: readonly number[] | null; agencies: readonly AgencyId[] | null },
  fiscalYears: readonly number[],
  available: readonly AgencyId[],
): ViewFilters {
  const years = selection.years ? fiscalYears.filter((y) => selection.years?.includes(y)) : [...fiscalYears];
  const agencies = selection.agencies ? available.filter((a) => selection.agencies?.includes(a)) : [...available];
  const yearsOrAll = years.length > 0 ? years : [...fiscalYears];
  const agenciesOrAll = agencies.length > 0 ? agencies : [...available];
  return {
    years: yearsOrAll,
    agencies: agenciesOrAll,
    allYears: yearsOrAll.length === fiscalYears.length,
    allAgencies: agenciesOrAll.length === available.length,
  };
}

/**
 * How a calendar-year period relates to the selected years:
 * "within" (every year of it is selected), "partly" (it overlaps but also
 * covers years not selected) or "outside".
 */
export type PeriodMatch = 'within' | 'partly' | 'outside';

export function matchPeriod(period: Period, filters: ViewFilters): PeriodMatch {
  if (filters.allYears) return 'within';
  let selected = 0;
  for (let y = period.from; y <= period.to; y += 1) if (filters.years.includes(y)) selected += 1;
  if (selected === 0) return 'outside';
  return selected === period.to - period.from + 1 ? 'within' : 'partly';
}

/** A figure for one agency matches if that agency is selected; a figure for all agencies only partly, unless all are. */
export function matchAgency(agency: AgencyId | null, filters: ViewFilters): 'within' | 'partly' | 'outside' {
  if (agency === null) return filters.allAgencies ? 'within' : 'partly';
  return filters.agencies.includes(agency) ? 'within' : 'outside';
}
