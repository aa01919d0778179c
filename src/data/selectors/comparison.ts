import { regionalOnlyCountries } from '../model/countryNames';
import { countryView } from './countryView';
import { lineOf, type LineId } from '../model/lines';
import type { Country, Dataset } from '../model/schema';
import type { TotalMismatch } from '../model/totals';
import { countryLines, type ViewFilters } from './viewFilters';

import { MAX_COMPARED } from './comparisonLimit';

export { MAX_COMPARED } from './comparisonLimit';

/** A country's default peers, and what they are: a group the text names, or its region. */
export interface DefaultPeers {
  ids: string[];
  basis: { kind: 'group' | 'region'; name: string } | null;
  /** Peers with a table left off by the cap on compared countries, by name. */
  leftOut: string[];
  /** Countries of the region that a regional chart names but that have no table here, by name. */
  withoutTable: string[];
}

/**
 * Default comparison for a country: the other members of the groups the
 * text names it in (Mali: its G5 Sahel neighbours), else the other countries
 * of its region. Nobody is dropped without a word: those past the cap, and
 * those with no table, are named.
 */
export function defaultPeers(dataset: Dataset, countryId: string): DefaultPeers {
  const country = dataset.countries.find((c) => c.id === countryId);
  const groups = dataset.groups.filter((g) => g.members.includes(countryId));
  let candidates: Country[];
  let basis: DefaultPeers['basis'];
  if (groups.length > 0) {
    const members = new Set(groups.flatMap((g) => g.members));
    candidates = dataset.countries.filter((c) => c.id !== countryId && members.has(c.id));
    basis = { kind: 'group', name: groups.map((g) => g.name).join(', ') };
  } else if (country) {
    candidates = dataset.countries.filter((c) => c.id !== countryId && c.region === country.region);
    basis = candidates.length > 0 ? { kind: 'region', name: country.region } : null;
  } else {
    candidates = [];
    basis = null;
  }
  const withoutTable =
    basis?.kind === 'region' ? regionalOnlyCountries(dataset).filter((r) => r.region === basis.name).map((r) => r.name) : [];
  return {
    ids: candidates.slice(0, MAX_COMPARED).map((c) => c.id),
    basis,
    leftOut: candidates.slice(MAX_COMPARED).map((c) => c.name),
    withoutTable,
  };
}

export function defaultComparison(dataset: Dataset, countryId: string): string[] {
  return defaultPeers(dataset, countryId).ids;
}

/**
 * What the countries compared with one are, for a title: the other members of a group the report names,
 * countries of its own region (`whole` when every other country of the region with a table is there),
 * or countries from other regions too.
 */
export type PeerSet = { kind: 'group'; name: string } | { kind: 'region'; region: string; whole: boolean } | { kind: 'mixed' };

export function peerSet(dataset: Dataset, countryId: string, compareIds: readonly string[]): PeerSet {
  const peers = defaultPeers(dataset, countryId);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
  if (peers.basis?.kind === 'group' && same(compareIds, peers.ids)) return { kind: 'group', name: peers.basis.name };
  const country = dataset.countries.find((c) => c.id === countryId);
  const others = dataset.countries.filter((c) => compareIds.includes(c.id));
  if (!country || others.length === 0 || others.some((c) => c.region !== country.region)) return { kind: 'mixed' };
  const neighbours = dataset.countries.filter((c) => c.id !== countryId && c.region === country.region);
  return { kind: 'region', region: country.region, whole: neighbours.every((c) => compareIds.includes(c.id)) };
}

export interface ComparedCountry {
  country: Country;
  /** USD thousands per selected fiscal year, for the selected lines. */
  /** null where no edition prints any counted line for the year ("not reported"). */
  byYear: Record<number, number | null>;
  /** Cumulative for the selected lines: the printed total when no line filter is in force. */
  cumulative: number;
  cumulativeIsPrinted: boolean;
  /** Selected lines that have no row in this country's table (shown as "not in table", not as zero). */
  missingLines: LineId[];
  mismatches: TotalMismatch[];
}

/**
 * The country and the countries compared with it, side by side, under the
 * same fiscal-year and line filters. Each country's figures come from the
 * same view its own page shows (fundingByYear), so the year rule, the
 * editions and the cumulative rule (the printed COUNTRY TOTAL with every
 * line, else the sum of the lines' own cumulatives) are written once. With
 * every line selected each country counts every row of its own table.
 */
export function comparisonView(dataset: Dataset, countryIds: readonly string[], filters: ViewFilters): ComparedCountry[] {
  return countryIds.flatMap((id) => {
    const country = dataset.countries.find((c) => c.id === id);
    if (!country) return [];
    const own = filters.allLines ? { ...filters, lines: countryLines(country), available: countryLines(country) } : filters;
    const { funding: view, editions } = countryView(dataset, country, own);
    const printedYears = dataset.earlierEditions.length > 0 ? editions.series.fiscalYears : dataset.fiscalYears;
    const byYear = Object.fromEntries(
      view.years.map((y) => {
        // No row for the chosen lines: $0K (and said so in the notes) for a year the country's tables print.
        if (view.rows.length === 0) return [y.fiscalYear, printedYears.includes(y.fiscalYear) ? 0 : null];
        // As the bar on the country's own page: the lines reported that year (the notes name any that are not).
        return [y.fiscalYear, y.notReported ? null : Object.values(y.amounts).reduce((a, b) => a + b, 0)];
      }),
    );
    return [
      {
        country,
        byYear,
        cumulative: view.cumulative,
        cumulativeIsPrinted: view.cumulativeIsPrinted,
        missingLines: filters.allLines ? [] : filters.lines.filter((l) => !country.funding.rows.some((r) => lineOf(r) === l)),
        mismatches: view.mismatches,
      },
    ];
  });
}
