import { slug } from '../../lib/slug';
import type { Dataset } from '../model/schema';

/** What the countries are ranked by: one fiscal year, the sum of the chosen years, or the report's cumulative. */
export type Measure = { kind: 'year'; fiscalYear: number } | { kind: 'sum' } | { kind: 'cumulative' };

/** The measure as the address writes it: fy2017, sum, cumulative. */
export function measureParam(measure: Measure): string {
  return measure.kind === 'year' ? `fy${measure.fiscalYear}` : measure.kind;
}

/** The region as the address writes it: "Middle East and North Africa" → middle-east-and-north-africa. */
export const regionParam = slug;

/** Every region a country table sits in, in the order the dataset first names them. */
export function regionsOf(dataset: Dataset): string[] {
  return [...new Set(dataset.countries.map((c) => c.region))];
}


/** The measure an address names (already checked), else the edition's latest fiscal year. */
export function measureOf(param: string | null, fiscalYears: readonly number[]): Measure {
  if (param === 'sum' || param === 'cumulative') return { kind: param };
  const year = param === null ? NaN : Number(param.slice(2));
  return { kind: 'year', fiscalYear: Number.isInteger(year) ? year : (fiscalYears.at(-1) ?? 0) };
}

/** How many countries a ranking's chart draws: the top 10, the top 20, or every country with funding. */
export const RANKING_TOPS = [10, 20, 'all'] as const;
export type RankingTop = (typeof RANKING_TOPS)[number];
/** The chart, on screen and exported, draws the top 10 unless asked for more. */
export const DEFAULT_TOP: RankingTop = 10;

/** The choice as the address writes it: 10, 20, all. */
export function topParam(top: RankingTop): string {
  return String(top);
}

/** The choice an address names (`top=20`), or null for a value that is not one of them. */
export function topOf(value: string): RankingTop | null {
  const wanted = value.trim().toLowerCase();
  return RANKING_TOPS.find((t) => topParam(t) === wanted) ?? null;
}
