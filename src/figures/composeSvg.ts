import { EXPORT_HEIGHT, EXPORT_WIDTH, type BarChartDescription } from './chartDescription';
import { chartSummary } from './chartSummary';
import { chartRoundingNote } from './markLabels';
import { CATEGORY_LINE, categoryLines, columnPlot, RANKED_ROW, rankedPlot } from './svgPlots';
import { linePlot, multiplesHeight } from './linePlot';
import { atMostLines, escapeXml, fontFaceCss, formatDate, GRID, INK, MUTED, round, svgDocument, text } from './svgDraw';

export { fontFaceCss };
import { estimateTextWidth, wrapText, type MeasureText } from '../lib/export/textMeasure';
import type { FontFace } from '../lib/export/embeddedFonts';

export type { FontFace };
export { escapeXml };

export interface ComposeOptions {
  width?: number;
  height?: number;
  exportedAt: Date;
  /** Address of the view the figure came from, printed in the footer. */
  viewUrl?: string;
  fonts?: readonly FontFace[];
  measure?: MeasureText;
}

/** The plot's least height in the figure, so bars and axis labels stay readable however long the notes. */
export const MIN_PLOT_HEIGHT = 300;

/** A ranking's names and values in the figure, at most (rows grow to fill the plot, and type with them up to this). */
const RANKED_MAX_SIZE = 18;

/**
 * Lines of text wrapped to a width; a word wider than the line (a long address) is broken where it
 * must, so nothing runs off the image and nothing is cut.
 */
function wrapToWidth(content: string, maxWidth: number, size: number, measure: MeasureText): string[] {
  return wrapText(content, maxWidth, size, measure).flatMap((line) => {
    if (measure(line, size) <= maxWidth) return [line];
    const pieces: string[] = [];
    let piece = '';
    for (const ch of line) {
      if (piece && measure(piece + ch, size) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += ch;
    }
    return piece ? [...pieces, piece] : pieces;
  });
}

/** The size an SVG this module wrote declares (it may be taller than asked, to fit its notes). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg [^>]*width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(m?.[1] ?? EXPORT_WIDTH), height: Number(m?.[2] ?? EXPORT_HEIGHT) };
}

/**
 * Composes a complete, self-contained SVG figure: title, subtitle (filters and
 * units), legend, bars with axis and totals, notes, source and export date.
 * A pure function of its inputs; no DOM, no CSS variables, no foreignObject.
 */
export function composeBarChartSvg(chart: BarChartDescription, options: ComposeOptions): string {
  const width = options.width ?? EXPORT_WIDTH;
  // The figure grows taller when its notes need the room: the plot never shrinks below MIN_PLOT_HEIGHT.
  let height = options.height ?? EXPORT_HEIGHT;
  const measure = options.measure ?? estimateTextWidth;
  const pad = 48;
  const contentWidth = width - 2 * pad;
  const parts: string[] = [];

  // Header: title and subtitle, wrapped.
  let y = 40;
  for (const line of atMostLines(wrapText(chart.title, contentWidth, 28, measure, 700), 2, contentWidth, (t) => measure(t, 28, 700))) {
    y += 30;
    parts.push(text(line, { x: pad, y, size: 28, weight: 700 }));
  }
  y += 6;
  for (const line of atMostLines(wrapText(chart.subtitle, contentWidth, 18, measure), 2, contentWidth, (t) => measure(t, 18))) {
    y += 24;
    parts.push(text(line, { x: pad, y, size: 18, fill: MUTED }));
  }

  // Legend, drawn in the image (Recharts draws its own as HTML outside the SVG). A ranking has one
  // series, which its subtitle names: it needs none.
  const ranked = chart.layout === 'ranked';
  // Small multiples name each panel: no legend.
  const multiples = chart.layout === 'line' && chart.multiples === true;
  const line = chart.layout === 'line';
  if (!ranked && !multiples) {
    y += 20;
    let legendX = pad;
    let legendY = y;
    for (const s of chart.series) {
      const itemWidth = 14 + 8 + measure(s.name, 16) + 28;
      if (legendX > pad && legendX + itemWidth > width - pad) {
        legendX = pad;
        legendY += 26;
      }
      if (line) {
        parts.push(`<line x1="${round(legendX - 3)}" y1="${round(legendY + 7)}" x2="${round(legendX + 17)}" y2="${round(legendY + 7)}" stroke="${escapeXml(s.colour)}" stroke-width="2.5"/>`);
        parts.push(`<circle cx="${round(legendX + 7)}" cy="${round(legendY + 7)}" r="4" fill="${escapeXml(s.colour)}"/>`);
      } else parts.push(`<rect x="${round(legendX)}" y="${round(legendY)}" width="14" height="14" rx="2" fill="${escapeXml(s.colour)}"/>`);
      parts.push(text(s.name, { x: legendX + 22, y: legendY + 12.5, size: 16 }));
      legendX += itemWidth;
    }
    y = legendY + 14;
  }

  // Footer, bottom up: its height decides how much room the plot gets.
  const footerLines: { text: string; size: number; fill: string }[] = [];
  const rounding = chartRoundingNote(chart, 'the CSV');
  for (const note of [...chart.notes, ...(rounding ? [rounding] : [])]) for (const line of wrapToWidth(note, contentWidth, 14, measure)) footerLines.push({ text: line, size: 14, fill: INK });
  for (const line of wrapToWidth(chart.source, contentWidth, 14, measure)) footerLines.push({ text: line, size: 14, fill: MUTED });
  const exported = `Exported ${formatDate(options.exportedAt)} from the CWD dashboard${options.viewUrl ? ` · ${options.viewUrl}` : ''}`;
  for (const line of wrapToWidth(exported, contentWidth, 13, measure)) footerLines.push({ text: line, size: 13, fill: MUTED });
  const lineHeight = 19;
  // Under a column plot, the category names: a line each, or two for a long name.
  const namesRoom = ranked || multiples ? 0 : 52 + (categoryLines(chart, contentWidth, measure) - 1) * CATEGORY_LINE;
  const plotTop = ranked || multiples ? y + 24 : y + 44;
  // A ranking needs a row per country (and its axis, 40 px); small multiples a row of panels per few
  // series; other charts a plot of at least MIN_PLOT_HEIGHT.
  const plotNeeds = ranked ? chart.categories.length * RANKED_ROW + 24 + 30 : multiples ? multiplesHeight(chart, contentWidth, measure) + 12 : MIN_PLOT_HEIGHT + namesRoom;
  height = Math.max(height, Math.ceil(plotTop + plotNeeds + footerLines.length * lineHeight + 28));
  const footerTop = height - 28 - footerLines.length * lineHeight;
  parts.push(`<line x1="${pad}" y1="${round(footerTop - 6)}" x2="${width - pad}" y2="${round(footerTop - 6)}" stroke="${GRID}" stroke-width="1"/>`);
  footerLines.forEach((line, i) => {
    parts.push(text(line.text, { x: pad, y: footerTop + 14 + i * lineHeight, size: line.size, fill: line.fill }));
  });

  if (ranked) {
    // The rows fill the plot, however few: a short ranking leaves no blank band above the footer.
    parts.push(...rankedPlot(chart, { left: pad, right: width - pad, top: plotTop, bottom: footerTop - 30 }, measure, 1, { maxRow: Infinity, maxSize: RANKED_MAX_SIZE }));
    return finish(chart, parts, width, height, options);
  }

  if (multiples) {
    // The panels fill the plot down to the footer: a short grid leaves no blank band above it.
    parts.push(...linePlot(chart, { left: pad, right: width - pad, top: plotTop, bottom: footerTop - 30 }, measure));
    return finish(chart, parts, width, height, options);
  }
  const plot = line ? linePlot : columnPlot;
  parts.push(...plot(chart, { left: pad, right: width - pad, top: plotTop, bottom: footerTop - namesRoom }, measure));
  return finish(chart, parts, width, height, options);
}

/** Wraps the drawn parts in the SVG element, with its title, description and fonts. */
function finish(chart: BarChartDescription, parts: readonly string[], width: number, height: number, options: ComposeOptions): string {
  const description = [chartSummary(chart), ...chart.notes, chart.source].join(' ');
  return svgDocument({ id: 'chart', width, height, title: chart.title, description, fonts: options.fonts, parts });
}
