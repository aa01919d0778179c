import type { AgencyId, Country, Period } from '../model/schema';
import { LINE_AGENCY, LINE_IDS, lineOf, linesOfAgency, type LineId } from '../model/lines';

/** The filters in force, resolved against what the country and dataset offer. */
export interface ViewFilters {
  /** Selected fiscal years, ascending. */
  years: readonly number[];
  /** Selected funding lines, in the app's line order. */
  lines: readonly LineId[];
  /** Every line the country has, in order: what "all" means here. */
  available: readonly LineId[];
  /** True when the default years, the dataset's own edition's, are selected (no year filter in force). */
  allYears: boolean;
  /** True when every line the country has is selected (no line filter in force). */
  allLines: boolean;
}

/**
 * Funding lines that appear anywhere in a country's data, in a fixed order.
 * A result or activity credited to an agency with no row of its own counts
 * as that agency's first line, so the filter can still reach it.
 */
export function countryLines(country: Country): LineId[] {
  const present = new Set<LineId>(country.funding.rows.map(lineOf));
  const credited = [...country.activities.map((a) => a.agency), ...country.results.map((r) => r.agency)];
  for (const agency of credited) {
    if (agency && !linesOfAgency(agency).some((l) => present.has(l))) present.add(linesOfAgency(agency)[0] ?? 'dos-nadr-cwd');
  }
  return LINE_IDS.filter((id) => present.has(id));
}

/**
 * null means "no filter": the dataset's own edition's fiscal years, every line
 * on offer. `offeredYears` adds the years earlier editions print (FY2013,
 * FY2014), which a selection may name.
 */
export function resolveViewFilters(
  selection: { years: readonly number[] | null; lines: readonly LineId[] | null },
  fiscalYears: readonly number[],
  available: readonly LineId[],
  offeredYears: readonly number[] = fiscalYears,
): ViewFilters {
  const years = selection.years ? offeredYears.filter((y) => selection.years?.includes(y)) : [...fiscalYears];
  const lines = selection.lines ? available.filter((l) => selection.lines?.includes(l)) : [...available];
  const yearsOrAll = years.length > 0 ? years : [...fiscalYears];
  const linesOrAll = lines.length > 0 ? lines : [...available];
  return {
    years: yearsOrAll,
    lines: linesOrAll,
    available,
    allYears: yearsOrAll.length === fiscalYears.length && yearsOrAll.every((y) => fiscalYears.includes(y)),
    allLines: linesOrAll.length === available.length,
  };
}

/** Agencies with at least one selected line. */
export function selectedAgencies(filters: ViewFilters): AgencyId[] {
  return [...new Set(filters.lines.map((l) => LINE_AGENCY[l]))];
}

/**
 * How a calendar-year period relates to the selected years:
 * "within" (every year of it is selected), "partly" (it overlaps but also
 * covers years not selected) or "outside". A period with no stated start
 * runs up to its end: it can only partly match a year filter.
 */
export type PeriodMatch = 'within' | 'partly' | 'outside';

export function matchPeriod(period: Period, filters: ViewFilters): PeriodMatch {
  if (filters.allYears) return 'within';
  if (period.from === null) return filters.years.some((y) => y <= period.to) ? 'partly' : 'outside';
  let selected = 0;
  for (let y = period.from; y <= period.to; y += 1) if (filters.years.includes(y)) selected += 1;
  if (selected === 0) return 'outside';
  return selected === period.to - period.from + 1 ? 'within' : 'partly';
}

/**
 * A figure credited to an agency matches if all of that agency's lines (that
 * the country has) are selected, partly if only some are (the report does
 * not say which of State's lines paid), and not if none is. A figure the page
 * credits to the United States as a whole matches only partly unless every
 * line is selected.
 */
export function matchAgency(agency: AgencyId | null, filters: ViewFilters): PeriodMatch {
  if (agency === null) return filters.allLines ? 'within' : 'partly';
  const lines = filters.available.filter((l) => LINE_AGENCY[l] === agency);
  const chosen = lines.filter((l) => filters.lines.includes(l));
  if (chosen.length === 0) return 'outside';
  return chosen.length === lines.length ? 'within' : 'partly';
}
