/**
 * The printable ASCII characters in the order of the Unicode root collation,
 * which en-US uses: space and punctuation, symbols, digits, then letters, each
 * lower case just before its capital. Generated with
 * `[...chars].sort(new Intl.Collator('en-US').compare)` and checked against
 * Intl by tests/unit/compareText.test.ts.
 */
const ASCII_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ';

/** By character code (0x20–0x7e): [primary weight (letters ignore case), 1 for a capital letter]. */
const WEIGHTS: readonly (readonly [number, number])[] = (() => {
  const weights: [number, number][] = [];
  let primary = 0;
  for (const char of ASCII_ORDER) {
    const isCapital = char >= 'A' && char <= 'Z';
    if (!isCapital) primary += 1;
    weights[char.charCodeAt(0)] = [primary, isCapital ? 1 : 0];
  }
  return weights;
})();

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let collator: Intl.Collator | null = null;

/**
 * Orders two strings as `a.localeCompare(b, 'en-US')` does (its sign). Names
 * in printable ASCII, which is all the bundled data has, are compared here:
 * first by letters and symbols ignoring case, then lower case before capitals,
 * as the collation does. Anything else goes to one Intl.Collator, made on
 * first use: making it loads the locale's collation data, which took some
 * 25 ms on this machine, in the middle of the page's takeover of its first view.
 */
export function compareText(a: string, b: string): number {
  if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(b)) {
    collator ??= new Intl.Collator('en-US');
    return Math.sign(collator.compare(a, b));
  }
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const difference = (WEIGHTS[a.charCodeAt(i)]?.[0] ?? 0) - (WEIGHTS[b.charCodeAt(i)]?.[0] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < length; i += 1) {
    const difference = (WEIGHTS[a.charCodeAt(i)]?.[1] ?? 0) - (WEIGHTS[b.charCodeAt(i)]?.[1] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** How names are ordered everywhere (countries, partners, ties in a ranking): as compareText orders them. */
export const compareNames = compareText;
