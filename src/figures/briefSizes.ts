/* The brief's frame and type sizes, and how many results it shows: shared by its composer, chart and slide. */

/** The brief is a 16:9 slide: 1920 × 1080 CSS px (its PNG is at least this; its PDF page this shape). */
export const BRIEF_WIDTH = 1920;
export const BRIEF_HEIGHT = 1080;

/**
 * Type sizes in px at 1920 px wide. A 1920 px figure filling a 13.33 in (16:9) slide is 144 px per inch,
 * so 36 px is 18 pt: the least for anything read from the back of a room. Only the footer (source,
 * address, date, notes) is smaller, as a slide's small print.
 */
export const BRIEF_TYPE = { title: 60, headline: 88, heading: 40, body: 36, chart: 32, smallPrint: 24 } as const;

export const MAX_BRIEF_RESULTS = 5;
/** About how much result text the brief's column holds at its type size (figure, label and attribution). */
const RESULT_CHARACTERS = 560;
/** From this many years on, the brief draws one horizontal bar per year (columns get too narrow to label). */
export const ROWS_FROM = 4;
export const MIN_BRIEF_RESULTS = 3;

/**
 * How many results every format of the brief lists: the first three to five, as many as the column
 * holds. Decided once, from the words alone, so the PNG, SVG, PDF and slide list the same results.
 */
export function briefResultsShown(results: readonly { value: string; label: string; meta: string }[]): number {
  let used = 0;
  let shown = 0;
  for (const r of results.slice(0, MAX_BRIEF_RESULTS)) {
    used += r.value.length + r.label.length + r.meta.length * 0.7;
    if (shown >= MIN_BRIEF_RESULTS && used > RESULT_CHARACTERS) break;
    shown += 1;
  }
  return shown;
}
