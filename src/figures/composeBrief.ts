import type { BarChartDescription } from './chartDescription';
import { chartSummary } from './chartSummary';
import type { FontFace } from './composeSvg';
import { atMostLines, formatDate, GRID, INK, MUTED, round, svgDocument, text } from './svgDraw';
import { estimateTextWidth, wrapText, type MeasureText } from '../lib/export/textMeasure';
import { BRIEF_HEIGHT, BRIEF_TYPE, BRIEF_WIDTH } from './briefSizes';
import { briefPlot, fitLine, sizeToFit } from './briefChart';

export interface BriefResult {
  /** "More than 27,990", as the tile shows it. */
  value: string;
  label: string;
  /** What the page names of period, partner and funder: "2015–2017 · MAG · Department of State". */
  meta: string;
}

/**
 * One description of the country brief, built from the same descriptions as the page (the headline, the
 * funding chart's, the result tiles'), so that no format's figures can differ from the screen's. Every
 * format (PNG, SVG, PDF, slide) prints the same title, figures, results and notes from it.
 */
export interface BriefDescription {
  fileBase: string;
  /** "Mali: U.S. Conventional Weapons Destruction assistance". */
  title: string;
  /** The view in words: years, lines, edition. */
  subtitle: string;
  /** The funding for the chart's years, as the first screen gives it. */
  headline: { label: string; value: string; note: string | null };
  /** The report's cumulative, named, beside the headline. */
  cumulative: { label: string; value: string };
  /** The funding chart exactly as the page describes it (stacked by line). */
  chart: BarChartDescription;
  /** Every result the view shows, in the page's order. */
  results: BriefResult[];
  /** How many of them every format lists (the first `shown`). */
  shown: number;
  /** Why there are no results to show, when there are none. */
  noResults: string;
  partners: string[];
  /** Footnotes and flags that apply to the figures shown, and the rounding line where a figure is rounded. */
  notes: string[];
  source: string;
}

/** "Results", or how many of how many when the brief lists only the first. */
export function briefResultsHeading(brief: BriefDescription): string {
  const { shown, results } = brief;
  return results.length > shown ? `Results: ${shown} of ${results.length} (all ${results.length} on the dashboard)` : 'Results';
}

/** "Exported December 7, 2026 from the CWD dashboard · <address>". */
export function briefMadeLine(exportedAt: Date, viewUrl: string): string {
  return `Exported ${formatDate(exportedAt)} from the CWD dashboard · ${viewUrl}`;
}

export interface BriefOptions {
  exportedAt: Date;
  viewUrl: string;
  fonts?: readonly FontFace[];
  measure?: MeasureText;
}

/** The brief's outer margin, in px at 1920 wide: nothing is drawn past it. */
export const BRIEF_MARGIN = 72;

interface LaidResult {
  lines: string[];
  meta: string[];
}

/** The listed results in the right column at the largest type (44 px down to 26 px) at which all of them fit: a short list is set larger, so the column reads full. */
function layoutResults(results: readonly BriefResult[], width: number, height: number, measure: MeasureText): { size: number; laid: LaidResult[] } {
  let fallback: { size: number; laid: LaidResult[] } = { size: 26, laid: [] };
  for (let size: number = BRIEF_TYPE.body + 8; size >= 26; size -= 2) {
    const metaSize = size - 8;
    const laid = results.map((r) => ({
      lines: wrapText(`${r.value} ${r.label}`, width, size, measure, 700),
      meta: r.meta ? wrapText(r.meta, width, metaSize, measure) : [],
    }));
    const needs = laid.reduce((sum, r) => sum + r.lines.length * size * 1.2 + r.meta.length * metaSize * 1.3 + size * 0.6, 0);
    fallback = { size, laid };
    if (needs <= height) return fallback;
  }
  // At the least size the column still overflows: each result keeps its first lines, cut with "…".
  const size = fallback.size;
  const each = Math.max(1, Math.floor(height / Math.max(1, results.length) / (size * 1.2)) - 1);
  return {
    size,
    laid: fallback.laid.map((r) => ({
      lines: atMostLines(r.lines, each, width, (t) => measure(t, size, 700)),
      meta: atMostLines(r.meta, 1, width, (t) => measure(t, size - 8)),
    })),
  };
}

/**
 * The country brief as a complete, self-contained SVG, 1920 × 1080: the title and the view in words;
 * the funding for the chart's years with the report's cumulative beside it; the funding chart with a
 * value on every segment; the listed results with what the page names of period, partner and funder;
 * the partners; notes, source, the view's address and the export date. Drawn in reading order (the PDF
 * keeps it), nothing past the margin. A pure function of its inputs.
 */
export function composeBriefSvg(brief: BriefDescription, options: BriefOptions): string {
  const W = BRIEF_WIDTH;
  const H = BRIEF_HEIGHT;
  const pad = BRIEF_MARGIN;
  const measure = options.measure ?? estimateTextWidth;
  const T = BRIEF_TYPE;
  const parts: string[] = [];
  const width = W - 2 * pad;

  // A long name or view shrinks to fit its line (down to a size still read across a room) before it is cut.
  const titleSize = sizeToFit(brief.title, width, T.title, 44, measure, 700) ?? 44;
  parts.push(text(fitLine(brief.title, width, (t) => measure(t, titleSize, 700)), { x: pad, y: 108, size: titleSize, weight: 700 }));
  const subtitleSize = sizeToFit(brief.subtitle, width, T.body, 26, measure) ?? 26;
  parts.push(text(fitLine(brief.subtitle, width, (t) => measure(t, subtitleSize)), { x: pad, y: 162, size: subtitleSize, fill: MUTED }));
  parts.push(`<line x1="${pad}" y1="192" x2="${W - pad}" y2="192" stroke="${GRID}" stroke-width="2"/>`);

  // The footer is measured first (its height bounds the columns) and drawn last, as it is read.
  const small = T.smallPrint;
  const footer: { text: string; fill: string }[] = [];
  const notes = brief.notes.join(' ');
  if (notes) for (const line of atMostLines(wrapText(notes, width, small, measure), 3, width, (t) => measure(t, small))) footer.push({ text: line, fill: INK });
  for (const line of atMostLines(wrapText(brief.source, width, small, measure), 2, width, (t) => measure(t, small))) footer.push({ text: line, fill: MUTED });
  for (const line of atMostLines(wrapText(briefMadeLine(options.exportedAt, options.viewUrl), width, small, measure), 2, width, (t) => measure(t, small))) footer.push({ text: line, fill: MUTED });
  const footerLine = small * 1.3;
  const footerTop = H - 36 - footer.length * footerLine;

  // Left column: the funding for the chart's years, the cumulative beside it, then the chart.
  const leftRight = 1010;
  const leftWidth = leftRight - pad;
  let y = 246;
  const labelSize = sizeToFit(brief.headline.label, leftWidth, T.body, 26, measure) ?? 26;
  for (const line of atMostLines(wrapText(brief.headline.label, leftWidth, labelSize, measure), 2, leftWidth, (t) => measure(t, labelSize))) {
    parts.push(text(line, { x: pad, y, size: labelSize, fill: MUTED }));
    y += labelSize * 1.2;
  }
  y += T.headline * 0.78;
  const valueSize = sizeToFit(brief.headline.value, leftWidth * 0.55, T.headline, 56, measure, 700) ?? 56;
  parts.push(text(brief.headline.value, { x: pad, y, size: valueSize, weight: 700 }));
  // Beside it, the report's cumulative, named: a smaller figure, never mistaken for the period's.
  const besideX = pad + measure(brief.headline.value, valueSize, 700) + 56;
  const besideWidth = leftRight - besideX;
  const cumulativeSize = sizeToFit(brief.cumulative.label, besideWidth, T.chart - 4, 22, measure) ?? 22;
  parts.push(text(fitLine(brief.cumulative.label, besideWidth, (t) => measure(t, cumulativeSize)), { x: besideX, y: y - 44, size: cumulativeSize, fill: MUTED }));
  const cumulativeValueSize = sizeToFit(brief.cumulative.value, besideWidth, 44, 28, measure, 700) ?? 28;
  parts.push(text(brief.cumulative.value, { x: besideX, y, size: cumulativeValueSize, weight: 700 }));
  if (brief.headline.note) {
    const noteSize = T.chart - 4;
    y += 8;
    for (const line of atMostLines(wrapText(brief.headline.note, leftWidth, noteSize, measure), 2, leftWidth, (t) => measure(t, noteSize))) {
      y += noteSize * 1.3;
      parts.push(text(line, { x: pad, y, size: noteSize, fill: MUTED }));
    }
  }
  y += 40;
  parts.push(...briefPlot(brief.chart, { left: pad, right: leftRight, top: y, bottom: footerTop - 28 }, measure));

  // Right column: the listed results, then the partners.
  const rightLeft = 1090;
  const rightWidth = W - pad - rightLeft;
  let ry = 246;
  const partnersLines = brief.partners.length > 0 ? atMostLines(wrapText(`Partners: ${brief.partners.join(', ')}`, rightWidth, T.body, measure), 2, rightWidth, (t) => measure(t, T.body)) : [];
  const partnersHeight = partnersLines.length * T.body * 1.2 + (partnersLines.length > 0 ? 24 : 0);
  const heading = briefResultsHeading(brief);
  const headingSize = sizeToFit(heading, rightWidth, T.heading, 26, measure, 700) ?? 26;
  parts.push(text(fitLine(heading, rightWidth, (t) => measure(t, headingSize, 700)), { x: rightLeft, y: ry, size: headingSize, weight: 700 }));
  ry += 16;
  const listed = brief.results.slice(0, brief.shown);
  const { size, laid } = layoutResults(listed, rightWidth, footerTop - 40 - partnersHeight - ry, measure);
  if (laid.length === 0) {
    for (const line of atMostLines(wrapText(brief.noResults, rightWidth, T.body, measure), 3, rightWidth, (t) => measure(t, T.body))) {
      ry += T.body * 1.2;
      parts.push(text(line, { x: rightLeft, y: ry, size: T.body, fill: MUTED }));
    }
  }
  for (const result of laid) {
    for (const line of result.lines) {
      ry += size * 1.2;
      parts.push(text(line, { x: rightLeft, y: ry, size, weight: 700 }));
    }
    for (const line of result.meta) {
      ry += (size - 8) * 1.3;
      parts.push(text(line, { x: rightLeft, y: ry, size: size - 8, fill: MUTED }));
    }
    ry += size * 0.6;
  }
  // The partners follow the results.
  let py = ry + 24;
  for (const line of partnersLines) {
    py += T.body * 1.2;
    parts.push(text(line, { x: rightLeft, y: py, size: T.body }));
  }

  parts.push(`<line x1="${pad}" y1="${round(footerTop - 8)}" x2="${W - pad}" y2="${round(footerTop - 8)}" stroke="${GRID}" stroke-width="2"/>`);
  footer.forEach((line, i) => {
    parts.push(text(line.text, { x: pad, y: footerTop + small + i * footerLine, size: small, fill: line.fill }));
  });

  const description = [
    brief.subtitle,
    `${brief.headline.label}: ${brief.headline.value}${brief.headline.note ? ` (${brief.headline.note})` : ''}.`,
    `${brief.cumulative.label}: ${brief.cumulative.value}.`,
    chartSummary(brief.chart),
    ...listed.map((r) => `${r.value} ${r.label}${r.meta ? ` (${r.meta})` : ''}.`),
    brief.partners.length > 0 ? `Partners: ${brief.partners.join(', ')}.` : '',
    ...brief.notes,
    brief.source,
  ]
    .filter(Boolean)
    .join(' ');
  return svgDocument({ id: 'brief', width: W, height: H, title: brief.title, description, fonts: options.fonts, parts });
}
