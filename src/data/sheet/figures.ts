/**
 * Figures as office files write them, read exactly. A cell's text is read
 * under both decimal conventions ("1,200.5" and "1.200,5"); the file as a
 * whole decides which holds (see numberFormat.ts). Amounts are carried as
 * exact decimal strings and converted between units by moving the decimal
 * point, never by multiplying floats: 1.7 million is 1,700 thousand.
 */

/** Which mark separates decimals: "1,200.5" (point) or "1.200,5" (comma). */
export type DecimalMark = 'point' | 'comma';

/** A cell of a figure column, read under both conventions. */
export type FigureCell =
  | { kind: 'blank' }
  /** A dash, as Excel's accounting format writes zero; neither 0 nor "not reported" can be assumed. */
  | { kind: 'dash' }
  | { kind: 'percent' }
  | { kind: 'text' }
  /** `point`/`comma`: the exact decimal under each convention, or null where the text is not a number under it. */
  | { kind: 'number'; negative: boolean; point: string | null; comma: string | null };

// Characters that group thousands besides the other convention's mark: space, no-break space, narrow no-break space, apostrophe.
const SPACE_GROUPS = [' ', '\u00A0', '\u202F', "'", '\u2019'];

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS: Record<DecimalMark, RegExp[]> = {
  point: patternsFor('.', [',', ...SPACE_GROUPS]),
  comma: patternsFor(',', ['.', ...SPACE_GROUPS]),
};

/** Whole part ungrouped ("1200") or grouped in threes by one mark ("1,200,000"; a group never starts "0,"), then decimals. */
function patternsFor(decimal: string, groups: string[]): RegExp[] {
  const d = escape(decimal);
  return [new RegExp(`^(\\d+)(?:${d}(\\d+))?$`), ...groups.map((g) => new RegExp(`^([1-9]\\d{0,2}(?:${escape(g)}\\d{3})+)(?:${d}(\\d+))?$`))];
}

/** The text as an exact decimal under one convention ("1.200,5" under comma → "1200.5"), or null. */
function readUnder(text: string, mark: DecimalMark): string | null {
  for (const pattern of PATTERNS[mark]) {
    const m = pattern.exec(text);
    if (m?.[1] !== undefined) return normaliseDecimal(m[1].replace(/\D/g, ''), m[2] ?? '');
  }
  return null;
}

/** "0012", "500" → "12.5" style: no leading zeros in the whole part, none trailing in the decimals. */
function normaliseDecimal(whole: string, fraction: string): string {
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}

const CURRENCY = /^(?:US\s?\$|USD|\$)\s*|\s*(?:US\s?\$|USD|\$)$/gi;

/** Reads one cell's text as a figure, under both conventions. */
export function readFigureText(raw: string): FigureCell {
  let text = raw.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
  if (text === '') return { kind: 'blank' };
  if (/^[-–—]$/.test(text) || /^(?:US\s?\$|USD|\$)\s*[-–—]\s*$/i.test(text)) return { kind: 'dash' };
  if (/%$/.test(text)) return { kind: 'percent' };
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed?.[1] !== undefined) {
    negative = true;
    text = bracketed[1].trim();
  }
  text = text.replace(CURRENCY, '').trim();
  if (/^[-\u2212]/.test(text)) {
    negative = true;
    text = text.slice(1).replace(CURRENCY, '').trim();
  }
  const point = readUnder(text, 'point');
  const comma = readUnder(text, 'comma');
  if (point === null && comma === null) return { kind: 'text' };
  return { kind: 'number', negative, point, comma };
}

/** A number a workbook holds, as the decimal Excel shows: 15 significant digits, so 0.1 + 0.2 is 0.3. */
export function decimalOfNumber(value: number): string {
  const shown = Number(value.toPrecision(15));
  const text = String(Math.abs(shown));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m?.[1]) return text;
  const plain = normaliseDecimal(m[1], m[2] ?? '');
  return m[3] ? shiftDecimal(plain, Number(m[3])) : plain;
}

/** Moves the decimal point `places` to the right (left when negative): exact, on the digits. */
export function shiftDecimal(decimal: string, places: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const digits = whole + fraction;
  const point = whole.length + places;
  if (point <= 0) return normaliseDecimal('0', '0'.repeat(-point) + digits);
  if (point >= digits.length) return normaliseDecimal(digits + '0'.repeat(point - digits.length), '');
  return normaliseDecimal(digits.slice(0, point), digits.slice(point));
}

/** What a figure column's numbers count. */
export type AmountUnit = 'thousands' | 'millions' | 'billions' | 'dollars';

/** Powers of ten from each unit to the dataset's USD thousands. */
const TO_THOUSANDS_PLACES: Record<AmountUnit, number> = { dollars: -3, thousands: 0, millions: 3, billions: 6 };

/** An exact decimal in `unit` as USD thousands: the nearest number to the exact result. */
export function toThousands(decimal: string, unit: AmountUnit): number {
  return Number(shiftDecimal(decimal, TO_THOUSANDS_PLACES[unit]));
}

/** The unit's words in a reading: "USD millions". */
export const UNIT_WORDS: Record<AmountUnit, string> = {
  thousands: 'USD thousands',
  millions: 'USD millions',
  billions: 'USD billions',
  dollars: 'US dollars',
};
