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
