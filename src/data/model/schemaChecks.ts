import { readingOf } from '../../lib/lookAlike.ts';
import { quoteShort } from '../../lib/safeText.ts';
import type { z } from './zod.ts';

/* Checks across a whole dataset that no one field's schema can make: names that read alike, fiscal-year keys. */

/**
 * Two countries whose names read alike ("Mali" and "Mаli" with a Cyrillic "а", or the same name twice)
 * would look like one on the page, in a picker and in every chart: refused, naming both.
 */
export function checkCountryNames(countries: readonly { id: string; name: string }[], ctx: z.RefinementCtx) {
  const read = new Map<string, number>();
  countries.forEach((country, c) => {
    const reading = readingOf(country.name);
    const first = read.get(reading);
    const other = first === undefined ? undefined : countries[first];
    if (first === undefined || !other) {
      read.set(reading, c);
      return;
    }
    // A repeated id is refused as such.
    if (other.id === country.id) return;
    // The problem adds the name found here, so the message names the other.
    const message =
      other.name === country.name
        ? `is also the name of countries[${first}]; each country needs a name of its own`
        : `reads the same as ${quoteShort(other.name)}, the name of countries[${first}]; each country needs a name that reads differently`;
    ctx.addIssue({ code: 'custom', message, path: ['countries', c, 'name'] });
  });
}

/** A list of years or keys in a message: at most twelve, however many the file gives. */
function listShort(items: readonly string[]): string {
  const shown = items.slice(0, 12).map((item) => (/^\d{4}$/.test(item) ? item : quoteShort(item)));
  return items.length > 12 ? `${shown.join(', ')} and ${items.length - 12} more` : shown.join(', ');
}

/** Every row of a table, and its printed total, must give exactly the fiscal years its edition prints. */
export function checkYearKeys(
  table: { rows: readonly { byFiscalYear: Record<string, number | null> }[]; printedTotal: { byFiscalYear: Record<string, number | null> } | null },
  years: readonly number[],
  path: readonly PropertyKey[],
  ctx: z.RefinementCtx,
) {
  const expected = years.map(String).sort();
  const cells = [
    ...table.rows.map((row, r) => ({ keys: row.byFiscalYear, at: [...path, 'rows', r, 'byFiscalYear'] })),
    ...(table.printedTotal ? [{ keys: table.printedTotal.byFiscalYear, at: [...path, 'printedTotal', 'byFiscalYear'] }] : []),
  ];
  for (const { keys, at } of cells) {
    const found = Object.keys(keys).sort();
    if (found.join() !== expected.join()) {
      ctx.addIssue({ code: 'custom', message: `expected fiscal years ${listShort(expected)}, found ${listShort(found) || 'none'}`, path: at });
    }
  }
}
