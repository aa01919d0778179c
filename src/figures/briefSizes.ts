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
/** From this many years on, the brief draws one horizontal bar per year (columns get too narrow to label). */
export const ROWS_FROM = 4;
export const MIN_BRIEF_RESULTS = 3;
