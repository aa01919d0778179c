/*
 * The report's regions as a sentence names them: "in the Middle East and North Africa", "its African peers".
 * A region not listed here is written as the dataset names it.
 */

const IN_A_SENTENCE: Readonly<Record<string, string>> = {
  'East Asia and Pacific': 'East Asia and the Pacific',
  'Middle East and North Africa': 'the Middle East and North Africa',
  'Western Hemisphere': 'the Western Hemisphere',
};

const ADJECTIVE: Readonly<Record<string, string>> = {
  Africa: 'African',
  Europe: 'European',
  'South and Central Asia': 'South and Central Asian',
};

/** After "in" or "of": "Africa", "the Western Hemisphere". */
export function regionInSentence(region: string): string {
  return IN_A_SENTENCE[region] ?? region;
}

/** Before a noun: "African", "European", "Middle East and North Africa". */
export function regionAdjective(region: string): string {
  return ADJECTIVE[region] ?? region;
}
