import { cleanText } from '../../lib/safeText.ts';
import { z } from './zod.ts';
import { AGENCY_IDS } from './agencyIds.ts';

/* The parts every schema of the dataset is built from: agencies, years, and text (how long each kind may be, and how it is cleaned as it is read). */

export const agencyIdSchema = z.enum(AGENCY_IDS);

/**
 * The longest text a file may give, by kind: each far above anything the report prints (its longest
 * name is 104 characters, its longest note or summary 296), short enough that no heading, table, chart
 * or export is stretched by it.
 */
export const MAX_NAME_CHARS = 200;
/** A report's or a page's title, and a publisher. */
export const MAX_TITLE_CHARS = 300;
/** Footnotes, notes on a period or on coverage, summaries of an activity. */
export const MAX_NOTE_CHARS = 2000;
/** Ids are not shown, but name files and views; an import's id comes from its file name (up to 255 characters). */
export const MAX_ID_CHARS = 300;
export const MAX_URL_CHARS = 2000;

export const atMost = (max: number) => ({ error: `must be at most ${max} characters` });

/**
 * Text from a file that the page shows or writes, at most `max` characters. Control, bidirectional and
 * zero-width characters are dropped and the text composed (NFC) as it is read (see lib/safeText.ts),
 * so no heading, chart label, table or export can be broken or reordered by them ("Mali\u202Egnp.exe"),
 * wherever the text ends up.
 */
export function shownText(max: number) {
  return z.string().overwrite(cleanText).max(max, atMost(max));
}

export const nameSchema = shownText(MAX_NAME_CHARS).min(1);
export const titleSchema = shownText(MAX_TITLE_CHARS).min(1);
export const noteSchema = shownText(MAX_NOTE_CHARS).min(1);
export const idSchema = shownText(MAX_ID_CHARS).min(1);
export const urlSchema = z.url({ protocol: /^https?$/ }).max(MAX_URL_CHARS, atMost(MAX_URL_CHARS));

export const yearSchema = z.number().int().min(1990).max(2100);
/** Calendar years in page text reach further back than funding ("the 1975–1990 civil war"). */
export const calendarYearSchema = z.number().int().min(1900).max(2100);
