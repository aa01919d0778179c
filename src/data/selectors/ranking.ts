import { compareNames } from '../../lib/compareText';
import { LINE_IDS, type LineId } from '../model/lines';
import type { Country, Dataset } from '../model/schema';
import { comparisonView, type ComparedCountry } from './comparison';
import { regionsOf, type Measure } from './overviewParams';
import { sharePercent, shareBases, type ShareBases } from './shares';

export { DEFAULT_TOP, measureOf, measureParam, regionParam, regionsOf, RANKING_TOPS, type Measure, type RankingTop } from './overviewParams';

export interface RankedCountry {
  country: Country;
  /** USD thousands; null where no edition prints a figure for the measure ("not reported"). */
  value: number | null;
  /** Standard competition rank (1, 2, 2, 4): equal values share a rank. null when not reported. */
  rank: number | null;
  /** Whether another country has the same value (and so the same rank). */
  tied: boolean;
  /** For a sum: chosen years with no figure, left out of it (the sum is of the years reported). */
  yearsNotReported: number[];
  /** For the cumulative: whether it is the printed COUNTRY TOTAL (every line), not a sum of lines' cumulatives. */
  cumulativeIsPrinted: boolean;
  /** Chosen lines with no row in the country's table. */
  missingLines: LineId[];
  /** Whether the country's printed total disagrees with its rows somewhere. */
  flagged: boolean;
}

export interface RankingQuery {
  measure: Measure;
  /** The fiscal years a sum adds up, ascending. */
  years: readonly number[];
  /** Lines counted; null for every line (each country's printed total where it has one). */
  lines: readonly LineId[] | null;
  /** A region's name, or null for every country of the edition. */
  region: string | null;
}

// Each country's figures for every fiscal year, once per dataset and line choice: a change of measure,
// years or region then only picks, adds and sorts (the overview's measure change must paint within 50 ms
// at 100 times the report's countries).
const figuresCache = new WeakMap<Dataset, Map<string, ComparedCountry[]>>();
function figures(dataset: Dataset, years: readonly number[], lines: readonly LineId[] | null): ComparedCountry[] {
  const key = `${years.join(',')}|${lines?.join(',') ?? 'all'}`;
  let byKey = figuresCache.get(dataset);
  if (!byKey) {
    byKey = new Map();
    figuresCache.set(dataset, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const filters = {
    years,
    lines: lines ?? LINE_IDS,
    available: LINE_IDS,
    allYears: years.length === dataset.fiscalYears.length && years.every((y) => dataset.fiscalYears.includes(y)),
    allLines: lines === null,
  };
  // In name order once, so that a ranking sorts numbers only (a stable sort keeps equal figures by name).
  const result = comparisonView(
    dataset,
    dataset.countries.map((c) => c.id),
    filters,
  ).sort((a, b) => compareNames(a.country.name, b.country.name));
  byKey.set(key, result);
  return result;
}

/**
 * Every country of the edition (or of one region) ranked for the measure, highest first; countries with
 * no figure for it come last, unranked. Figures are each country's own page's (comparisonView), so the
 * ranking cannot disagree with the country view.
 */
export function rankCountries(dataset: Dataset, offeredYears: readonly number[], query: RankingQuery): RankedCountry[] {
  const all = figures(dataset, offeredYears, query.lines);
  const inScope = query.region === null ? all : all.filter((c) => c.country.region === query.region);
  const valued = inScope.map((c): Omit<RankedCountry, 'rank' | 'tied'> => {
    const base = { country: c.country, cumulativeIsPrinted: false, missingLines: c.missingLines, flagged: c.mismatches.length > 0, yearsNotReported: [] as number[] };
    if (query.measure.kind === 'cumulative') return { ...base, value: c.cumulative, cumulativeIsPrinted: c.cumulativeIsPrinted };
    if (query.measure.kind === 'year') return { ...base, value: c.byYear[query.measure.fiscalYear] ?? null };
    const reported = query.years.filter((y) => c.byYear[y] !== null && c.byYear[y] !== undefined);
    const value = reported.length === 0 ? null : reported.reduce((total, y) => total + (c.byYear[y] ?? 0), 0);
    return { ...base, value, yearsNotReported: query.years.filter((y) => !reported.includes(y)) };
  });
  // Highest first; equal figures (and no figure, last) stay in name order: the sort is stable.
  valued.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  const counts = new Map<number, number>();
  for (const v of valued) if (v.value !== null) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
  let rank = 0;
  return valued.map((v, i) => {
    if (v.value === null) return { ...v, rank: null, tied: false };
    if (i === 0 || valued[i - 1]?.value !== v.value) rank = i + 1;
    return { ...v, rank, tied: (counts.get(v.value) ?? 0) > 1 };
  });
}

/**
 * The wholes the ranking's shares are of: the same measure and lines summed over every country with a
 * table (whatever region the ranking shows), and over each region. Calculated; the report prints none.
 */
export function rankingShareBases(dataset: Dataset, offeredYears: readonly number[], query: Omit<RankingQuery, 'region'>): ShareBases {
  return shareBases(rankCountries(dataset, offeredYears, { ...query, region: null }));
}

export interface RegionYear {
  /** The sum across the country tables of the lines chosen (every line: each table's own rows), USD thousands: calculated. */
  total: number;
  /** The sum of each line, whatever lines are chosen. */
  byLine: Record<LineId, number>;
  /** Countries with a figure for the year on the lines chosen. */
  reporting: number;
  /** `total` as a percent of the same sum over every country with a table; null where that is $0. */
  shareOfAll: number | null;
}

export interface RegionTotals {
  /** The region's name; null for the row of every country. */
  region: string | null;
  /** Countries with a table in the edition. */
  countries: number;
  /** Per fiscal year, the sums across the country tables (calculated, not printed). */
  byYear: Record<number, RegionYear>;
  /** The sum of the countries' cumulatives, every line (each the printed COUNTRY TOTAL where printed), USD thousands: calculated. */
  cumulativeOfTables: number;
  /** The regional page's own cumulative, as printed, where the dataset has that page. */
  printed: { usdMillions: number; from: number; to: number } | null;
}

/**
 * Totals the report never adds up: per region (and for the whole edition) and fiscal year, the sum of its
 * country tables for the lines chosen (null: every line) and by line, with the number of countries and the
 * region's share of every country's sum; beside each region, its regional page's own cumulative. Every
 * figure here but `printed` is calculated.
 */
export function regionTotals(dataset: Dataset, offeredYears: readonly number[], lines: readonly LineId[] | null = null): RegionTotals[] {
  const perLine = new Map(LINE_IDS.map((line) => [line, new Map(figures(dataset, offeredYears, [line]).map((c) => [c.country.id, c]))]));
  const allLines = figures(dataset, offeredYears, null);
  const chosen = lines === null ? allLines : figures(dataset, offeredYears, lines);
  const sumsFor = (region: string | null) => {
    const members = chosen.filter((c) => region === null || c.country.region === region);
    return Object.fromEntries(
      offeredYears.map((y) => {
        const reporting = members.filter((c) => c.byYear[y] !== null && c.byYear[y] !== undefined);
        return [y, { total: reporting.reduce((total, c) => total + (c.byYear[y] ?? 0), 0), reporting: reporting.length }];
      }),
    ) as Record<number, { total: number; reporting: number }>;
  };
  const everyCountry = sumsFor(null);
  const totalsFor = (region: string | null): RegionTotals => {
    const members = allLines.filter((c) => region === null || c.country.region === region);
    const sums = region === null ? everyCountry : sumsFor(region);
    const byYear = Object.fromEntries(
      offeredYears.map((y) => {
        const byLine = Object.fromEntries(
          LINE_IDS.map((line) => [line, members.reduce((total, c) => total + (perLine.get(line)?.get(c.country.id)?.byYear[y] ?? 0), 0)]),
        ) as Record<LineId, number>;
        const { total, reporting } = sums[y] ?? { total: 0, reporting: 0 };
        return [y, { total, byLine, reporting, shareOfAll: sharePercent(total, everyCountry[y]?.total ?? 0) }];
      }),
    );
    const page = region === null ? undefined : dataset.regions.find((r) => r.name === region);
    return {
      region,
      countries: members.length,
      byYear,
      cumulativeOfTables: members.reduce((total, c) => total + c.cumulative, 0),
      printed: page ? { usdMillions: page.cumulativeUsdMillions, from: page.cumulativeFrom, to: page.cumulativeTo } : null,
    };
  };
  return [...regionsOf(dataset).map(totalsFor), totalsFor(null)];
}
