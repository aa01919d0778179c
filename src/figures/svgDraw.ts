import { stripUnsafe } from '../lib/safeText';

/* The SVG drawing primitives every exported figure shares: colours, text, escaping, dates. */

// Fixed colours: the image is the same whatever the page's theme.
export const INK = '#1b1b1b';
export const MUTED = '#565c65';
export const GRID = '#dfe1e2';
export const BACKGROUND = '#ffffff';
/** A restated figure's outline: dashed, in ink, so it reads on any series colour and in greyscale. */
export const RESTATED_STROKE = ` stroke="${INK}" stroke-width="2.5" stroke-dasharray="6 3"`;
const FONT_STACK = "'Public Sans', 'Helvetica Neue', Arial, sans-serif";

export function escapeXml(text: string): string {
  // Characters XML does not allow (U+0001, U+FFFF…) would make the SVG malformed and its PNG fail.
  return stripUnsafe(text).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  weight?: 400 | 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

export function text(content: string, o: TextOptions): string {
  return `<text x="${round(o.x)}" y="${round(o.y)}" font-family="${escapeXml(FONT_STACK)}" font-size="${o.size}" font-weight="${o.weight ?? 400}" fill="${o.fill ?? INK}"${o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : ''}>${escapeXml(content)}</text>`;
}


/** The first `max` lines; when there are more, the last one shown is cut to end in "…", so a cut is never silent. */
export function atMostLines(lines: string[], max: number, maxWidth: number, width: (text: string) => number): string[] {
  if (lines.length <= max) return lines;
  const shown = lines.slice(0, max);
  let last = `${shown[max - 1] ?? ''} ${lines[max] ?? ''}`;
  while (last.length > 1 && width(`${last}…`) > maxWidth) last = last.slice(0, -1);
  shown[max - 1] = `${last.trimEnd()}…`;
  return shown;
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

