/** Width in CSS px of a text at a font size and weight. */
export type MeasureText = (text: string, fontSize: number, weight?: 400 | 700) => number;

/**
 * An estimate for Public Sans without a browser (tests, or before fonts load):
 * average glyph widths in em. Wide enough that wrapped text never overflows.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, weight = 400) => {
  let em = 0;
  for (const ch of text) {
    if (/[il.,:;'|!\s]/.test(ch)) em += 0.3;
    else if (/[mwMW@%]/.test(ch)) em += 0.85;
    else if (/[A-Z0-9$]/.test(ch)) em += 0.66;
    else em += 0.55;
  }
  return em * fontSize * (weight === 700 ? 1.06 : 1);
};

/** Greedy word wrap to a width; a word longer than the line is left whole on its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText, weight: 400 | 700 = 400): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
