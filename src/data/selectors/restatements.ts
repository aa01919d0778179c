import type { EditionFigure, Restatement } from '../editions/merge';

/**
 * Which restatements to tell a reader about, and what each changed, from the merge's own list
 * (`Restatement`: every edition's figure, earliest first; `difference`, the latest less the earliest).
 */

/**
 * The restatements worth a sentence: every funding line's, and the printed total's only for a year where no
 * line was restated (there the total moved with its lines, and telling both would count one change twice).
 * In the order given.
 */
export function restatementsToTell(restatements: readonly Restatement[]): Restatement[] {
  const lineYears = new Set(restatements.filter((r) => r.key !== 'total').map((r) => r.fiscalYear));
  return restatements.filter((r) => r.key !== 'total' || !lineYears.has(r.fiscalYear));
}

/** What a restatement changed: the figure now, the one first printed, and the editions that printed each. */
export interface RestatementChange {
  restatement: Restatement;
  /** The latest edition's figure: the one the page shows. */
  latest: EditionFigure;
  /** The earliest figure, which the change is measured from. */
  earliest: EditionFigure;
  /** Every edition before the latest that printed the earliest figure, earliest first. */
  earlierEditions: EditionFigure[];
  /** Latest less earliest, USD thousands (the merge's `difference`). */
  difference: number;
}

export function restatementChange(restatement: Restatement): RestatementChange {
  const { figures } = restatement;
  const latest = figures[figures.length - 1];
  const earliest = figures[0];
  // The merge lists a restatement only where two editions print the year, so both ends are there.
  if (!latest || !earliest) throw new Error(`a restatement of FY${restatement.fiscalYear} with no figures`);
  return {
    restatement,
    latest,
    earliest,
    earlierEditions: figures.slice(0, -1).filter((f) => f.value === earliest.value),
    difference: restatement.difference,
  };
}

/** The restatement that changed its figure most, in dollars either way (the first of equals). */
export function largestRestatement(restatements: readonly Restatement[]): Restatement | null {
  return restatements.reduce<Restatement | null>((best, r) => (best === null || Math.abs(r.difference) > Math.abs(best.difference) ? r : best), null);
}
