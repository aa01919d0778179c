import type { AgencyId, Country, Dataset } from './schema';
import type { TotalMismatch } from './totals';
import { checkPrintedTotals } from './totals';
import type { ViewFilters } from './viewFilters';

/** The most countries on a comparison chart: one colour each from an eight-colour palette. */
export const MAX_COMPARED = 7;

/** Default comparison for a country: the other members of the groups it belongs to (Mali: its G5 Sahel neighbours). */
export function defaultComparison(dataset: Dataset, countryId: string): string[] {
  const ids = new Set<string>();
  for (const group of dataset.groups) {
    if (group.members.includes(countryId)) for (const member of group.members) if (member !== countryId) ids.add(member);
  }
  return dataset.countries.map((c) => c.id).filter((id) => ids.has(id)).slice(0, MAX_COMPARED);
}

export interface ComparedCountry {
  country: Country;
  /** USD thousands per selected fiscal year, for the selected agencies. */
  byYear: Record<number, number>;
  /** Cumulative for the selected agencies: the printed total when no agency filter is in force. */
  cumulative: number;
  cumulativeIsPrinted: boolean;
  /** Selected agencies that have no row in this country's table (shown as "not in table", not as zero). */
  missingAgencies: AgencyId[];
  mismatches: TotalMismatch[];
}

/**
 * The country and the countries compared with it, side by side, under the
 * same fiscal-year and agency filters. With every agency selected each
 * country counts every row of its own table.
 */
export function comparisonView(dataset: Dataset, countryIds: readonly string[], filters: ViewFilters): ComparedCountry[] {
  return countryIds.flatMap((id) => {
    const country = dataset.countries.find((c) => c.id === id);
    if (!country) return [];
    const rows = filters.allAgencies ? country.funding.rows : country.funding.rows.filter((r) => filters.agencies.includes(r.agency));
    const byYear = Object.fromEntries(filters.years.map((y) => [y, rows.reduce((sum, r) => sum + (r.byFiscalYear[String(y)] ?? 0), 0)]));
    const printed = country.funding.printedTotal;
    const usePrinted = filters.allAgencies && printed !== null;
    return [
      {
        country,
        byYear,
        cumulative: usePrinted ? printed.cumulative : rows.reduce((sum, r) => sum + r.cumulative, 0),
        cumulativeIsPrinted: usePrinted,
        missingAgencies: filters.allAgencies ? [] : filters.agencies.filter((a) => !country.funding.rows.some((r) => r.agency === a)),
        mismatches: checkPrintedTotals(country, dataset.fiscalYears),
      },
    ];
  });
}
