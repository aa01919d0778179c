import type { Restatement, SeriesKey } from '../data/editions/merge';
import { LINE_NAMES } from '../data/model/lines';
import { withArticle } from '../data/selectors/acrossEditions';
import { largestRestatement, restatementChange, restatementsToTell } from '../data/selectors/restatements';
import { fiscalYearLabel, formatPercentChange, listInWords, readableThousands } from '../lib/format';

/*
 * A restatement in an officer's words, once: the first screen's sentence, the "Across editions" list and
 * the notes of its chart all say it this way. Money follows the one money rule (readableThousands); the
 * percent is of the figure first printed, worked out from the exact thousands.
 */

type EditionName = (editionId: string) => string;

const money = (thousands: number) => readableThousands(thousands).text;

/** A line or the printed total, as a list or a chart names it: "DOS NADR-CWD", "Printed total". */
export function seriesName(key: SeriesKey): string {
  return key === 'total' ? 'Printed total' : LINE_NAMES[key];
}

/** An edition's name at the start of a sentence: "The 2018 edition" (an office's figures keep their own name). */
function opening(label: string): string {
  return label.replace(/^the /, 'The ');
}

/** A change and its share of the earlier figure: "+$15.9 million (+106%)"; no percent of $0. */
export function changeText(difference: number, from: number): string {
  const amount = readableThousands(difference, { signed: true }).text;
  const percent = formatPercentChange(difference, from);
  return percent === null ? amount : `${amount} (${percent})`;
}

/**
 * "$30.9 million: a change of +$15.9 million (+106%) from the $15.0 million the 2017 edition printed"; with
 * `naming`, the edition of the figure now is said after it ("$30.9 million in the 2018 edition: …").
 */
function changedTo(r: Restatement, editionName: EditionName, naming = false): string {
  const c = restatementChange(r);
  const earlier = listInWords(c.earlierEditions.map((f) => withArticle(editionName(f.editionId))));
  const now = naming ? `${money(c.latest.value)} in ${withArticle(editionName(c.latest.editionId))}` : money(c.latest.value);
  return `${now}: a change of ${changeText(c.difference, c.earliest.value)} from the ${money(c.earliest.value)} ${earlier} printed`;
}

/**
 * The first screen's one sentence on the restatements among the figures shown (null when there are none):
 * "The 2018 edition restates Iraq's FY2016 funding (DOS NADR-CWD) at $30.9 million: a change of +$15.9 million
 * (+106%) from the $15.0 million the 2017 edition printed." With several, how many and the largest. A printed
 * total that moved with its restated line is not counted again.
 */
export function restatementSentence(countryName: string, restatements: readonly Restatement[], editionName: EditionName): string | null {
  const told = restatementsToTell(restatements);
  const largest = largestRestatement(told);
  if (!largest) return null;
  const what = `${fiscalYearLabel(largest.fiscalYear)} funding (${largest.key === 'total' ? 'all agencies' : LINE_NAMES[largest.key]})`;
  // The edition (or editions) whose figures differ from those printed before.
  const restating = [...new Set(told.map((r) => restatementChange(r).latest.editionId))];
  const subject = restating.length === 1 ? opening(withArticle(editionName(restating[0] ?? ''))) : 'Later editions';
  if (told.length === 1) return `${subject} restates ${countryName}'s ${what} at ${changedTo(largest, editionName)}.`;
  const verb = restating.length === 1 ? 'restates' : 'restate';
  return `${subject} ${verb} ${told.length} of ${countryName}'s figures shown; the largest change, ${what}, is now ${changedTo(largest, editionName, restating.length > 1)}.`;
}

/**
 * A restatement with every edition's figure, for the "Across editions" list and its chart's notes:
 * "FY2016, DOS NADR-CWD: the 2017 edition prints $2.00 million; the 2018 edition prints $300,000: a change of
 * −$1.70 million (−85%)."
 */
export function restatementListText(r: Restatement, editionName: EditionName): string {
  const c = restatementChange(r);
  const figures = r.figures.map((f) => `${withArticle(editionName(f.editionId))} prints ${money(f.value)}`).join('; ');
  return `${fiscalYearLabel(r.fiscalYear)}, ${seriesName(r.key)}: ${figures}: a change of ${changeText(c.difference, c.earliest.value)}.`;
}
