import { stripUnsafe } from '../lib/safeText';
import type { FontFace } from '../lib/export/embeddedFonts';

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


/** Lines of one text, each a <tspan> `gap` below the last, centred on `o.y` (a name broken over two lines reads as one). */
export function textLines(lines: readonly string[], o: TextOptions, gap: number): string {
  if (lines.length <= 1) return text(lines[0] ?? '', o);
  const first = o.y - (gap * (lines.length - 1)) / 2;
  const spans = lines.map((line, i) => `<tspan x="${round(o.x)}" y="${round(first + i * gap)}">${escapeXml(line)}</tspan>`).join('');
  return text('', o).replace(/<\/text>$/, `${spans}</text>`);
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


/** The embedded fonts as @font-face rules ('' for none). */
export function fontFaceCss(fonts: readonly FontFace[] | undefined): string {
  return (fonts ?? []).map((f) => `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:normal;src:url(${f.dataUrl}) format('woff2');}`).join('');
}

/** The SVG element around drawn parts: its size, its title and description for screen readers, its fonts and a white ground. */
export function svgDocument(o: { id: string; width: number; height: number; title: string; description: string; fonts?: readonly FontFace[]; parts: readonly string[] }): string {
  const fontCss = fontFaceCss(o.fonts);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-labelledby="${o.id}-title ${o.id}-desc">`,
    `<title id="${o.id}-title">${escapeXml(o.title)}</title>`,
    `<desc id="${o.id}-desc">${escapeXml(o.description)}</desc>`,
    fontCss ? `<style>${fontCss}</style>` : '',
    `<rect width="${o.width}" height="${o.height}" fill="${BACKGROUND}"/>`,
    ...o.parts,
    '</svg>',
  ].join('\n');
}
