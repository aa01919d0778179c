import type { Dataset, Result } from '../model/schema';
import { classifyResult, type ResultKind } from './resultKinds';
import { regionParam } from './overviewParams';

/** Where a result is stated: a country's page, or a program page (the region's "Other U.S. Support", USAID's Leahy War Victims Fund). */
export type ResultPlace =
  | { type: 'country'; id: string; name: string; region: string }
  | { type: 'program'; id: string; name: string; region: string | null; source: string };

export interface AcrossResultRow {
  /** Unique across the table: the page's id and the result's. */
  key: string;
  place: ResultPlace;
  result: Result;
  kind: ResultKind;
}

/**
 * Every result the edition's pages state, country pages first in the dataset's order, then program pages;
 * each with its kind. Context figures (casualties, contamination) are not results and never appear.
 */
export function acrossResultRows(dataset: Dataset): AcrossResultRow[] {
  const rows: AcrossResultRow[] = [];
  for (const country of dataset.countries) {
    for (const result of country.results) {
      rows.push({ key: `${country.id}/${result.id}`, place: { type: 'country', id: country.id, name: country.name, region: country.region }, result, kind: classifyResult(result) });
    }
  }
  for (const program of dataset.programs) {
    const region = dataset.regions.find((r) => r.id === program.regionId)?.name ?? null;
    for (const result of program.results) {
      rows.push({
        key: `${program.id}/${result.id}`,
        place: { type: 'program', id: program.id, name: program.title, region, source: program.source },
        result,
        kind: classifyResult(result),
      });
    }
  }
  return rows;
}

/** The rows of one kind (null: every kind) in one region (null: every region; a program across regions is in none). */
export function filterAcrossRows(rows: readonly AcrossResultRow[], kind: ResultKind | null, region: string | null): AcrossResultRow[] {
  return rows.filter((row) => (kind === null || row.kind === kind) && (region === null || (row.place.region !== null && regionParam(row.place.region) === regionParam(region))));
}

/** How many distinct countries (and program pages) the rows come from. */
export function placesOf(rows: readonly AcrossResultRow[]): { countries: number; programs: number } {
  const countries = new Set(rows.filter((r) => r.place.type === 'country').map((r) => r.place.id));
  const programs = new Set(rows.filter((r) => r.place.type === 'program').map((r) => r.place.id));
  return { countries: countries.size, programs: programs.size };
}

/**
 * A calculated total: results of one kind, in the same unit and over the same calendar years, added up.
 * - `exact`: every figure is exact;
 * - `at-least`: some are "more than", "over" or "at least": the sum is a floor, never an exact figure;
 * - `not-added`: some are approximate, "nearly" or "less than": no sum is given, only the count of figures.
 */
export interface CalculatedTotal {
  unit: Result['unit'];
  from: number | null;
  to: number;
  rows: AcrossResultRow[];
  bound: 'exact' | 'at-least' | 'not-added';
  /** null when not added. */
  value: number | null;
}

const FLOOR_BOUNDS: readonly Result['bound'][] = ['more-than', 'at-least'];

/** One total for each unit and period that two or more results share; a lone figure is its own total and gets none. */
export function calculatedTotals(rows: readonly AcrossResultRow[]): CalculatedTotal[] {
  const groups = new Map<string, AcrossResultRow[]>();
  for (const row of rows) {
    const key = `${row.result.unit}|${row.result.period.from ?? ''}|${row.result.period.to}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const totals: CalculatedTotal[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first || group.length < 2) continue;
    const bounds = group.map((r) => r.result.bound);
    const bound = bounds.every((b) => b === 'exact') ? 'exact' : bounds.every((b) => b === 'exact' || FLOOR_BOUNDS.includes(b)) ? 'at-least' : 'not-added';
    totals.push({
      unit: first.result.unit,
      from: first.result.period.from,
      to: first.result.period.to,
      rows: group,
      bound,
      value: bound === 'not-added' ? null : group.reduce((sum, r) => sum + r.result.value, 0),
    });
  }
  // Latest years first, then the unit.
  return totals.sort((a, b) => b.to - a.to || (b.from ?? -Infinity) - (a.from ?? -Infinity) || a.unit.localeCompare(b.unit));
}
