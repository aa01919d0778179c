import type { LineId } from '../model/lines';

/**
 * Several editions of the report as one series. Each edition prints three
 * fiscal years and a cumulative through its last one; a later edition may
 * print a different figure for a year an earlier one gave (a restatement).
 * Pure: the same tables in any order give the same series.
 */

/** One edition's table for one country, as printed. A year the edition does not print is absent, never 0. */
export interface EditionTable {
  editionId: string;
  /** The edition's year (2018); orders editions, later wins. */
  edition: number;
  /** The fiscal years the edition prints. */
  fiscalYears: readonly number[];
  countryId: string;
  /** The page the table is on. */
  page: string | null;
  rows: readonly { line: LineId; byFiscalYear: Readonly<Record<string, number | null>>; cumulative: number | null }[];
  printedTotal: { byFiscalYear: Readonly<Record<string, number | null>>; cumulative: number | null } | null;
}

/** What a figure is: a funding line, or the printed COUNTRY TOTAL. */
export type SeriesKey = LineId | 'total';

export interface EditionFigure {
  editionId: string;
  edition: number;
  page: string | null;
  value: number;
}

/** Editions that print different figures for the same year, country and line. */
export interface Restatement {
  countryId: string;
  key: SeriesKey;
  fiscalYear: number;
  /** Every edition's figure, earliest first. */
  figures: EditionFigure[];
  /** Latest figure less the earliest: what the restatement changed. */
  difference: number;
}

/** One year's figure in the merged series: the latest edition's, with its source and any other edition's figures. */
export interface MergedCell extends EditionFigure {
  /** Other editions' figures for the same year, earliest first, where they differ or agree. */
  others: EditionFigure[];
  restated: boolean;
}

/** Whether an edition's cumulative, less the years it adds, meets the previous edition's cumulative. */
export interface ChainCheck {
  countryId: string;
  key: SeriesKey;
  earlier: EditionFigure & { through: number };
  later: EditionFigure & { through: number };
  /** Later cumulative less the later edition's figures for the years after the earlier's last. */
  expected: number;
  /** expected − earlier cumulative: 0 when the chain holds. */
  gap: number;
  status: 'holds' | 'explained' | 'break' | 'cannot-check';
  /** Restatements whose differences add up to the gap exactly, when status is "explained". */
  explainedBy: Restatement[];
}

export interface MergedSeries {
  countryId: string;
  /** Every fiscal year some edition prints for this country, ascending. */
  fiscalYears: number[];
  /** Per key, per fiscal year: the merged cell, or null where no edition prints it ("not reported"). */
  cells: Map<SeriesKey, Map<number, MergedCell | null>>;
  /** The latest edition's cumulative per key, with its edition. */
  cumulative: Map<SeriesKey, (EditionFigure & { through: number }) | null>;
  restatements: Restatement[];
  chain: ChainCheck[];
}

function byEdition(a: { edition: number; editionId: string }, b: { edition: number; editionId: string }): number {
  return a.edition - b.edition || (a.editionId < b.editionId ? -1 : a.editionId > b.editionId ? 1 : 0);
}

function figureAt(table: EditionTable, key: SeriesKey, year: number): number | null {
  if (!table.fiscalYears.includes(year)) return null;
  const source = key === 'total' ? table.printedTotal : table.rows.find((r) => r.line === key);
  const value = source?.byFiscalYear[String(year)];
  return typeof value === 'number' ? value : null;
}

function cumulativeOf(table: EditionTable, key: SeriesKey): number | null {
  const source = key === 'total' ? table.printedTotal : table.rows.find((r) => r.line === key);
  return source?.cumulative ?? null;
}

const lastYear = (table: EditionTable) => Math.max(...table.fiscalYears);

/** The merged series of one country from its tables in any number of editions (in any order). */
export function mergeCountry(countryId: string, tables: readonly EditionTable[]): MergedSeries {
  const mine = tables.filter((t) => t.countryId === countryId).sort(byEdition);
  const fiscalYears = [...new Set(mine.flatMap((t) => t.fiscalYears))].sort((a, b) => a - b);
  const keys: SeriesKey[] = [...new Set(mine.flatMap((t) => t.rows.map((r) => r.line)))];
  if (mine.some((t) => t.printedTotal)) keys.push('total');

  const cells = new Map<SeriesKey, Map<number, MergedCell | null>>();
  const cumulative = new Map<SeriesKey, (EditionFigure & { through: number }) | null>();
  const restatements: Restatement[] = [];
  for (const key of keys) {
    const byYear = new Map<number, MergedCell | null>();
    for (const year of fiscalYears) {
      const figures: EditionFigure[] = mine.flatMap((t) => {
        const value = figureAt(t, key, year);
        return value === null ? [] : [{ editionId: t.editionId, edition: t.edition, page: t.page, value }];
      });
      const latest = figures[figures.length - 1];
      if (!latest) {
        byYear.set(year, null);
        continue;
      }
      const restated = new Set(figures.map((f) => f.value)).size > 1;
      if (restated) {
        const first = figures[0] ?? latest;
        restatements.push({ countryId, key, fiscalYear: year, figures, difference: latest.value - first.value });
      }
      byYear.set(year, { ...latest, others: figures.slice(0, -1), restated });
    }
    cells.set(key, byYear);
    const withCumulative = mine.filter((t) => cumulativeOf(t, key) !== null);
    const last = withCumulative[withCumulative.length - 1];
    cumulative.set(key, last ? { editionId: last.editionId, edition: last.edition, page: last.page, value: cumulativeOf(last, key) ?? 0, through: lastYear(last) } : null);
  }
  return { countryId, fiscalYears, cells, cumulative, restatements, chain: chainChecks(countryId, mine, keys, restatements) };
}

/**
 * Consecutive editions' cumulatives should chain: the later one, less its
 * figures for the years it adds, is the earlier one. A gap that the
 * restatements of the overlapping years add up to exactly is explained.
 */
function chainChecks(countryId: string, mine: readonly EditionTable[], keys: readonly SeriesKey[], restatements: readonly Restatement[]): ChainCheck[] {
  const checks: ChainCheck[] = [];
  for (const key of keys) {
    const withCumulative = mine.filter((t) => cumulativeOf(t, key) !== null);
    for (let i = 1; i < withCumulative.length; i += 1) {
      const earlier = withCumulative[i - 1];
      const later = withCumulative[i];
      if (!earlier || !later) continue;
      const earlierThrough = lastYear(earlier);
      const laterThrough = lastYear(later);
      const earlierCumulative = cumulativeOf(earlier, key) ?? 0;
      const laterCumulative = cumulativeOf(later, key) ?? 0;
      const added: number[] = [];
      for (let y = earlierThrough + 1; y <= laterThrough; y += 1) added.push(y);
      const addedFigures = added.map((y) => figureAt(later, key, y));
      const base = {
        countryId,
        key,
        earlier: { editionId: earlier.editionId, edition: earlier.edition, page: earlier.page, value: earlierCumulative, through: earlierThrough },
        later: { editionId: later.editionId, edition: later.edition, page: later.page, value: laterCumulative, through: laterThrough },
      };
      if (added.length === 0 || addedFigures.some((v) => v === null)) {
        checks.push({ ...base, expected: laterCumulative, gap: 0, status: 'cannot-check', explainedBy: [] });
        continue;
      }
      const expected = laterCumulative - addedFigures.reduce<number>((s, v) => s + (v ?? 0), 0);
      const gap = expected - earlierCumulative;
      if (gap === 0) {
        checks.push({ ...base, expected, gap, status: 'holds', explainedBy: [] });
        continue;
      }
      // Restatements of years both editions print, later figure less earlier.
      const overlap = restatements.filter((r) => r.key === key && earlier.fiscalYears.includes(r.fiscalYear) && later.fiscalYears.includes(r.fiscalYear));
      const explained = overlap.reduce((s, r) => {
        const a = r.figures.find((f) => f.editionId === earlier.editionId)?.value ?? 0;
        const b = r.figures.find((f) => f.editionId === later.editionId)?.value ?? 0;
        return s + (b - a);
      }, 0);
      checks.push({ ...base, expected, gap, status: overlap.length > 0 && explained === gap ? 'explained' : 'break', explainedBy: explained === gap ? overlap : [] });
    }
  }
  return checks;
}
