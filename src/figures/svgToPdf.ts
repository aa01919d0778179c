import type { jsPDF } from 'jspdf';
import type { MeasureText } from '../lib/export/textMeasure';

/*
 * Draws the figures this project composes as SVG onto a PDF page, as vectors and real text: the PDF's
 * words can be searched, copied and read aloud, and it stays small. Only what the composers write is
 * drawn: <rect> (with rx and a dashed outline), <line> and <text> (size, weight, fill, anchor), in
 * document order, which is the order a reader takes them in. Hover titles, descriptions and styles are
 * for the SVG alone. The text is set in Helvetica, one of the PDF standard fonts (nothing embedded); the
 * figure is laid out with Helvetica's own widths (`pdfMeasure`), so nothing runs past its frame.
 */

/** Characters a PDF standard font cannot write, as it can write them. */
const STANDARD_FONT_EQUIVALENTS: Record<string, string> = { '−': '-', '≈': '~', '→': '->', '≥': '>=', '≤': '<=', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ' };

/** Text as the PDF's standard font writes it: the few characters it lacks replaced by their plain equivalents. */
export function standardFontText(text: string): string {
  return text.replace(/[−≈→≥≤\u00a0\u202f\u2009]/g, (ch) => STANDARD_FONT_EQUIVALENTS[ch] ?? ch);
}

/** Text widths in Helvetica, as the PDF sets it: px at `size` px. */
export function pdfMeasure(doc: jsPDF): MeasureText {
  return (text, size, weight = 400) => {
    doc.setFont('helvetica', weight >= 600 ? 'bold' : 'normal');
    return doc.getStringUnitWidth(standardFontText(text)) * size;
  };
}

function colour(value: string | null): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value ?? '');
  if (!m) return null;
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/**
 * Draws `svg` (one of this project's figures) onto the current page of `doc`, scaled by `scale` (PDF
 * units per SVG px), its top left at (0, 0).
 */
export function drawSvgOnPdf(doc: jsPDF, svg: string, scale: number): void {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const s = (v: number) => v * scale;
  for (const el of Array.from(root.querySelectorAll('rect, line, text'))) {
    switch (el.tagName) {
      case 'rect': {
        const fill = colour(el.getAttribute('fill'));
        const stroke = colour(el.getAttribute('stroke'));
        const [x, y, w, h, rx] = [num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height'), num(el, 'rx')];
        if (w <= 0 || h <= 0) break;
        if (fill) doc.setFillColor(...fill);
        if (stroke) {
          doc.setDrawColor(...stroke);
          doc.setLineWidth(s(num(el, 'stroke-width') || 1));
          const dash = (el.getAttribute('stroke-dasharray') ?? '').split(/[\s,]+/).filter(Boolean).map((d) => s(Number(d)));
          doc.setLineDashPattern(dash, 0);
        }
        const style = fill && stroke ? 'FD' : stroke ? 'S' : 'F';
        if (rx > 0) doc.roundedRect(s(x), s(y), s(w), s(h), s(rx), s(rx), style);
        else doc.rect(s(x), s(y), s(w), s(h), style);
        if (stroke) doc.setLineDashPattern([], 0);
        break;
      }
      case 'line': {
        const stroke = colour(el.getAttribute('stroke')) ?? [0, 0, 0];
        doc.setDrawColor(...stroke);
        doc.setLineWidth(s(num(el, 'stroke-width') || 1));
        doc.line(s(num(el, 'x1')), s(num(el, 'y1')), s(num(el, 'x2')), s(num(el, 'y2')));
        break;
      }
      case 'text': {
        const content = standardFontText(el.textContent);
        if (!content.trim()) break;
        const weight = Number(el.getAttribute('font-weight') ?? 400);
        doc.setFont('helvetica', weight >= 600 ? 'bold' : 'normal');
        // SVG font sizes are px; the page's units are the figure's px times `scale`.
        doc.setFontSize(s(num(el, 'font-size')) * doc.internal.scaleFactor);
        doc.setTextColor(...(colour(el.getAttribute('fill')) ?? [0, 0, 0]));
        const anchor = el.getAttribute('text-anchor');
        doc.text(content, s(num(el, 'x')), s(num(el, 'y')), { align: anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left', baseline: 'alphabetic' });
        break;
      }
    }
  }
}
