/**
 * Text from a file, made safe to show and to write. Control characters
 * (U+0000–U+001F but tab and line breaks, U+007F–U+009F), the
 * non-characters U+FFFE/U+FFFF, lone surrogates and the bidirectional
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F) cannot be seen, and
 * some break an SVG or reorder the text around them ("Mali‮gnp.exe"). The
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF) cannot be seen either,
 * and make two names that read alike differ ("Mali", "Mal\u200Bi"). Files the
 * dashboard writes drop them all; the page isolates names with <bdi>.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Text a file brings, as the page keeps it: those characters dropped, and accents composed (NFC), so one name is one string. */
export function cleanText(text: string): string {
  return stripUnsafe(text).normalize('NFC');
}

export function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** At most `max` characters of a text quoted in a message, marked where cut. */
export function quoteShort(text: string, max = 40): string {
  const points = Array.from(text);
  const cut = points.length > max ? `${points.slice(0, max).join('')}…` : text;
  return JSON.stringify(stripUnsafe(cut));
}
