import type { BarChartDescription } from './chartDescription';
import { chartSummary } from './chartSummary';
import type { FontFace } from './composeSvg';
import { atMostLines, formatDate, GRID, INK, MUTED, round, svgDocument, text } from './svgDraw';
import { estimateTextWidth, wrapText, type MeasureText } from '../lib/export/textMeasure';
import { BRIEF_HEIGHT, BRIEF_TYPE, BRIEF_WIDTH, MAX_BRIEF_RESULTS, MIN_BRIEF_RESULTS } from './briefSizes';
import { briefPlot, fitLine, sizeToFit } from './briefChart';

export interface BriefResult {
  /** "More than 27,990", as the tile shows it. */
  value: string;
  label: string;
  /** Calendar period, partner and funder: "2015–2017 · MAG · Department of State". */
  meta: string;
}

/**
 * One description of the country brief, built from the same descriptions as the page (the funding
 * chart's, the result tiles'), so that the slide's figures cannot differ from the screen's.
 */
export interface BriefDescription {
  fileBase: string;
  /** "Mali: U.S. Conventional Weapons Destruction assistance". */
  title: string;
  /** The view in words: years, lines, edition. */
  subtitle: string;
  headline: { label: string; value: string; note: string | null };
  /** The funding chart exactly as the page describes it (stacked by line). */
  chart: BarChartDescription;
  /** Every result in view, in the page's order; the slide shows the first three to five that fit. */
  results: BriefResult[];
  /** Why there are no results to show, when there are none. */
  noResults: string;
  partners: string[];
  /** Footnotes and flags that apply to the figures shown. */
  notes: string[];
  source: string;
}

export interface BriefOptions {
  exportedAt: Date;
  viewUrl: string;
  fonts?: readonly FontFace[];
  measure?: MeasureText;
}

function layoutResults(results: readonly BriefResult[], width: number, height: number, measure: MeasureText) {
  const { body } = BRIEF_TYPE;
  const lineHeight = body * 1.2;
  const laid: { lines: { text: string; bold: boolean }[]; meta: string[] }[] = [];
  let used = 0;
  for (const result of results.slice(0, MAX_BRIEF_RESULTS)) {
    // The figure in bold, then the label, wrapped, at most three lines.
    const words = wrapText(`${result.value} ${result.label}`, width, body, measure, 700);
    const lines = atMostLines(words, 3, width, (t) => measure(t, body, 700));
    const metaSize = BRIEF_TYPE.body - 8;
    const meta = atMostLines(wrapText(result.meta, width, metaSize, measure), 2, width, (t) => measure(t, metaSize));
    const needs = lines.length * lineHeight + meta.length * metaSize * 1.3 + 22;
    if (laid.length >= MIN_BRIEF_RESULTS && used + needs > height) break;
    used += needs;
    laid.push({ lines: lines.map((t) => ({ text: t, bold: true })), meta });
  }
  return laid;
}

/**
 * The country brief as a complete, self-contained SVG, 1920 × 1080: title and the view in words; the
 * headline funding with its period; the funding chart with values on every segment; the first three to
 * five results with period, partner and funder; the partners; notes, source, the view's address and the
 * export date. A pure function of its inputs.
 */
export function composeBriefSvg(brief: BriefDescription, options: BriefOptions): string {
  const W = BRIEF_WIDTH;
  const H = BRIEF_HEIGHT;
  const pad = 72;
  const measure = options.measure ?? estimateTextWidth;
  const T = BRIEF_TYPE;
  const parts: string[] = [];

  // A long name or view shrinks to fit its line (down to a size still read across a room) before it is cut.
  const titleSize = sizeToFit(brief.title, W - 2 * pad, T.title, 44, measure, 700) ?? 44;
  parts.push(text(fitLine(brief.title, W - 2 * pad, (t) => measure(t, titleSize, 700)), { x: pad, y: 108, size: titleSize, weight: 700 }));
  const subtitleSize = sizeToFit(brief.subtitle, W - 2 * pad, T.body, 30, measure) ?? 30;
  parts.push(text(fitLine(brief.subtitle, W - 2 * pad, (t) => measure(t, subtitleSize)), { x: pad, y: 162, size: subtitleSize, fill: MUTED }));
  parts.push(`<line x1="${pad}" y1="192" x2="${W - pad}" y2="192" stroke="${GRID}" stroke-width="2"/>`);

  // Footer, bottom up: notes (at most two lines), source, and where and when the brief was made.
  const small = T.smallPrint;
  const footerWidth = W - 2 * pad;
  const footer: { text: string; fill: string }[] = [];
  const notes = brief.notes.join(' ');
  if (notes) for (const line of atMostLines(wrapText(notes, footerWidth, small, measure), 2, footerWidth, (t) => measure(t, small))) footer.push({ text: line, fill: INK });
  for (const line of atMostLines(wrapText(brief.source, footerWidth, small, measure), 2, footerWidth, (t) => measure(t, small))) footer.push({ text: line, fill: MUTED });
  const made = `Exported ${formatDate(options.exportedAt)} from the CWD dashboard · ${options.viewUrl}`;
  for (const line of atMostLines(wrapText(made, footerWidth, small, measure), 2, footerWidth, (t) => measure(t, small))) footer.push({ text: line, fill: MUTED });
  const footerLine = small * 1.3;
  const footerTop = H - 36 - footer.length * footerLine;
  parts.push(`<line x1="${pad}" y1="${round(footerTop - 8)}" x2="${W - pad}" y2="${round(footerTop - 8)}" stroke="${GRID}" stroke-width="2"/>`);
  footer.forEach((line, i) => {
    parts.push(text(line.text, { x: pad, y: footerTop + small + i * footerLine, size: small, fill: line.fill }));
  });

  // Left column: the headline funding, then the chart.
  const leftRight = 1010;
  let y = 250;
  const headLabel = atMostLines(wrapText(brief.headline.label, leftRight - pad, T.body, measure), 2, leftRight - pad, (t) => measure(t, T.body));
  for (const line of headLabel) {
    parts.push(text(line, { x: pad, y, size: T.body, fill: MUTED }));
    y += T.body * 1.2;
  }
  y += T.headline - T.body * 0.4;
  parts.push(text(brief.headline.value, { x: pad, y, size: T.headline, weight: 700 }));
  if (brief.headline.note) {
    y += T.body * 0.2;
    for (const line of atMostLines(wrapText(brief.headline.note, leftRight - pad, T.body, measure), 2, leftRight - pad, (t) => measure(t, T.body))) {
      y += T.body * 1.2;
      parts.push(text(line, { x: pad, y, size: T.body }));
    }
  }
  y += 44;
  parts.push(...briefPlot(brief.chart, { left: pad, right: leftRight, top: y, bottom: footerTop - 28 }, measure));

  // Right column: results, then partners.
  const rightLeft = 1090;
  const rightWidth = W - pad - rightLeft;
  let ry = 250;
  const partnersLines = brief.partners.length > 0 ? atMostLines(wrapText(`Partners: ${brief.partners.join(', ')}`, rightWidth, T.body, measure), 2, rightWidth, (t) => measure(t, T.body)) : [];
  const partnersHeight = partnersLines.length * T.body * 1.2 + (partnersLines.length > 0 ? 24 : 0);
  const laid = layoutResults(brief.results, rightWidth, footerTop - 40 - partnersHeight - (ry + 20), measure);
  const heading = brief.results.length > laid.length ? `Results: ${laid.length} of ${brief.results.length} (all on the dashboard)` : 'Results';
  parts.push(text(heading, { x: rightLeft, y: ry, size: T.heading, weight: 700 }));
  ry += 20;
  if (laid.length === 0) {
    for (const line of atMostLines(wrapText(brief.noResults, rightWidth, T.body, measure), 3, rightWidth, (t) => measure(t, T.body))) {
      ry += T.body * 1.2;
      parts.push(text(line, { x: rightLeft, y: ry, size: T.body, fill: MUTED }));
    }
  }
  for (const result of laid) {
    for (const line of result.lines) {
      ry += T.body * 1.2;
      parts.push(text(line.text, { x: rightLeft, y: ry, size: T.body, weight: line.bold ? 700 : 400 }));
    }
    for (const line of result.meta) {
      ry += (T.body - 8) * 1.3;
      parts.push(text(line, { x: rightLeft, y: ry, size: T.body - 8, fill: MUTED }));
    }
    ry += 22;
  }
  let py = footerTop - 36 - partnersHeight + T.body + 24;
  for (const line of partnersLines) {
    parts.push(text(line, { x: rightLeft, y: py, size: T.body }));
    py += T.body * 1.2;
  }

  const description = [
    brief.subtitle,
    `${brief.headline.label}: ${brief.headline.value}${brief.headline.note ? ` (${brief.headline.note})` : ''}.`,
    chartSummary(brief.chart),
    ...laid.map((r) => `${r.lines.map((l) => l.text).join(' ')} (${r.meta.join(' ')}).`),
    brief.partners.length > 0 ? `Partners: ${brief.partners.join(', ')}.` : '',
    ...brief.notes,
    brief.source,
  ]
    .filter(Boolean)
    .join(' ');
  return svgDocument({ id: 'brief', width: W, height: H, title: brief.title, description, fonts: options.fonts, parts });
}
