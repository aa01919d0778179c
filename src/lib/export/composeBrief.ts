import type { BarChartDescription } from './chartDescription';
import { chartSummary, formatChartValue } from './chartSummary';
import { atMostLines, escapeXml, fontFaceCss, formatDate, GRID, INK, MUTED, RESTATED_STROKE, round, text, type FontFace } from './composeSvg';
import { estimateTextWidth, wrapText, type MeasureText } from './textMeasure';

/** The brief is a 16:9 slide: 1920 × 1080 CSS px (its PNG is at least this; its PDF page this shape). */
export const BRIEF_WIDTH = 1920;
export const BRIEF_HEIGHT = 1080;

/**
 * Type sizes in px at 1920 px wide. A 1920 px figure filling a 13.33 in (16:9) slide is 144 px per inch,
 * so 36 px is 18 pt: the least for anything read from the back of a room. Only the footer (source,
 * address, date, notes) is smaller, as a slide's small print.
 */
export const BRIEF_TYPE = { title: 60, headline: 88, heading: 40, body: 36, chart: 32, smallPrint: 24 } as const;

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

export const MAX_BRIEF_RESULTS = 5;
/** From this many years on, the brief draws one horizontal bar per year (columns get too narrow to label). */
export const ROWS_FROM = 4;
export const MIN_BRIEF_RESULTS = 3;

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const channel = (h: string | undefined) => {
    const c = parseInt(h ?? 'ff', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/** White or ink on a fill, whichever contrasts more. */
export function labelColourOn(fill: string): string {
  const l = luminance(fill);
  const onWhite = 1.05 / (l + 0.05);
  const onInk = (l + 0.05) / (luminance(INK) + 0.05);
  return onWhite >= onInk ? '#ffffff' : INK;
}

/** One line cut to a width with "…" (a cut is never silent). */
function fitLine(line: string, maxWidth: number, width: (t: string) => number): string {
  if (width(line) <= maxWidth) return line;
  let cut = line;
  while (cut.length > 1 && width(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The legend, one row or more, at the top of the box; returns where the plot may begin. */
function briefLegend(chart: BarChartDescription, box: { left: number; right: number; top: number }, measure: MeasureText, parts: string[]): number {
  const size = BRIEF_TYPE.chart;
  let lx = box.left;
  let ly = box.top;
  for (const s of chart.series) {
    const w = 28 + 12 + measure(s.name, size) + 36;
    if (lx > box.left && lx + w > box.right) {
      lx = box.left;
      ly += size + 12;
    }
    parts.push(`<rect x="${round(lx)}" y="${round(ly)}" width="28" height="28" rx="3" fill="${escapeXml(s.colour)}"/>`);
    parts.push(text(s.name, { x: lx + 40, y: ly + 25, size }));
    lx += w;
  }
  return ly + 28;
}

/** The largest size, from `size` down to `min`, at which `label` fits `width`; null when none does. */
function sizeToFit(label: string, width: number, size: number, min: number, measure: MeasureText, weight: 400 | 700 = 400): number | null {
  const at = measure(label, size, weight);
  if (at <= width) return size;
  const fitted = Math.floor((size * width) / Math.max(1, at));
  return fitted >= min ? fitted : null;
}

/**
 * Four or more years: one horizontal stacked bar per year, so that every bar is long enough to carry its
 * figures. A segment's value sits inside it when it fits; the others follow the bar's total, named by line
 * ("$23,444K · DoD $744K"), so no figure is dropped and none overlaps another.
 */
function briefPlotRows(chart: BarChartDescription, box: { left: number; right: number; top: number; bottom: number }, measure: MeasureText): string[] {
  const parts: string[] = [];
  const size = BRIEF_TYPE.chart;
  const insideSize = size - 4;
  const plotTop = briefLegend(chart, box, measure, parts) + 20;
  const n = Math.max(1, chart.categories.length);
  const rowHeight = Math.min(96, Math.max(44, (box.bottom - plotTop) / n));
  const barHeight = Math.max(32, rowHeight - 16);
  const labelWidth = Math.max(...chart.categories.map((c) => measure(c, size)), 0) + 20;
  const totals = chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(0, ...totals);
  const barLeft = box.left + labelWidth;
  const full = box.right - barLeft;

  // First pass at a provisional scale to learn which segments need their figure after the bar.
  const trailing = (scale: number) =>
    chart.categories.map((_, i) => {
      const outside: string[] = [];
      for (const s of chart.series) {
        const value = s.values[i] ?? 0;
        if (value <= 0) continue;
        const label = formatChartValue(value, chart.unit);
        if (measure(label, insideSize, 700) > value * scale - 12 || barHeight < insideSize + 6) outside.push(`${s.name} ${label}`);
      }
      return [formatChartValue(totals[i] ?? 0, chart.unit), ...outside].join(' · ');
    });
  let scale = max > 0 ? (full * 0.7) / max : 0;
  let tails = trailing(scale);
  const tailWidth = Math.max(...tails.map((t) => measure(t, size, 700)), 0) + 16;
  if (max > 0) {
    scale = Math.max(full * 0.35, full - tailWidth) / max;
    tails = trailing(scale);
  }

  chart.categories.forEach((category, i) => {
    const rowTop = plotTop + i * rowHeight;
    const middle = rowTop + barHeight / 2;
    parts.push(text(category, { x: box.left, y: middle + size * 0.36, size }));
    if (chart.notReported?.[i]) {
      parts.push(text('not reported', { x: barLeft + 8, y: middle + size * 0.36, size: insideSize, fill: MUTED }));
      return;
    }
    let x = barLeft;
    for (const s of chart.series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const width = value * scale;
      const restated = s.restated?.[i] === true;
      const label = formatChartValue(value, chart.unit);
      parts.push(
        `<rect x="${round(x)}" y="${round(rowTop)}" width="${round(width)}" height="${round(barHeight)}" fill="${escapeXml(s.colour)}"${restated ? RESTATED_STROKE : ''}><title>${escapeXml(`${s.name}, ${category}: ${label}${restated ? ' (restated)' : ''}`)}</title></rect>`,
      );
      if (measure(label, insideSize, 700) <= width - 12 && barHeight >= insideSize + 6) {
        parts.push(text(label, { x: x + width / 2, y: middle + insideSize * 0.36, size: insideSize, weight: 700, fill: labelColourOn(s.colour), anchor: 'middle' }));
      }
      x += width;
    }
    const tail = tails[i] ?? '';
    const room = box.right - x - 12;
    const tailSize = sizeToFit(tail, room, size, 20, measure, 700) ?? 20;
    parts.push(text(fitLine(tail, room, (t) => measure(t, tailSize, 700)), { x: x + 12, y: middle + tailSize * 0.36, size: tailSize, weight: 700 }));
  });
  parts.push(`<line x1="${round(barLeft)}" y1="${round(plotTop - 8)}" x2="${round(barLeft)}" y2="${round(plotTop + n * rowHeight - 8)}" stroke="${INK}" stroke-width="2"/>`);
  return parts;
}

/**
 * The stacked funding bars of the brief, labelled directly: a value on every segment (inside when it fits,
 * else beside the bar), the total above each bar, no axis (every bar carries its figures).
 */
function briefPlot(chart: BarChartDescription, box: { left: number; right: number; top: number; bottom: number }, measure: MeasureText): string[] {
  if (chart.categories.length >= ROWS_FROM) return briefPlotRows(chart, box, measure);
  const parts: string[] = [];
  const size = BRIEF_TYPE.chart;
  const labelRow = size + 16;
  const plotTop = briefLegend(chart, box, measure, parts) + 24 + size + 8; // room for the totals above the tallest bar
  const plotBottom = box.bottom - labelRow;
  const totals = chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(0, ...totals);
  const plotHeight = Math.max(40, plotBottom - plotTop);
  const yOf = (v: number) => plotBottom - (max > 0 ? (v / max) * plotHeight : 0);
  const band = (box.right - box.left) / Math.max(1, chart.categories.length);
  const barWidth = Math.min(band * 0.5, 220);

  chart.categories.forEach((category, i) => {
    const centre = box.left + band * (i + 0.5);
    const barLeft = centre - barWidth / 2;
    const barRight = centre + barWidth / 2;
    parts.push(text(fitLine(category, band - 8, (t) => measure(t, size)), { x: centre, y: plotBottom + size + 8, size, anchor: 'middle' }));
    if (chart.notReported?.[i]) {
      parts.push(text('not reported', { x: centre, y: plotBottom - 12, size: BRIEF_TYPE.smallPrint + 4, fill: MUTED, anchor: 'middle' }));
      return;
    }
    // Labels that do not fit inside their segment go beside the bar, pushed apart so they never overlap.
    const beside: { y: number; label: string }[] = [];
    let base = 0;
    for (const s of chart.series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const top = yOf(base + value);
      const height = yOf(base) - top;
      const restated = s.restated?.[i] === true;
      const label = formatChartValue(value, chart.unit);
      parts.push(
        `<rect x="${round(barLeft)}" y="${round(top)}" width="${round(barWidth)}" height="${round(height)}" fill="${escapeXml(s.colour)}"${restated ? RESTATED_STROKE : ''}><title>${escapeXml(`${s.name}, ${category}: ${formatChartValue(value, chart.unit)}${restated ? ' (restated)' : ''}`)}</title></rect>`,
      );
      const insideSize = size - 4;
      if (height >= insideSize + 10 && measure(label, insideSize, 700) <= barWidth - 12) {
        parts.push(text(label, { x: centre, y: top + height / 2 + insideSize * 0.36, size: insideSize, weight: 700, fill: labelColourOn(s.colour), anchor: 'middle' }));
      } else {
        beside.push({ y: top + height / 2, label });
      }
      base += value;
    }
    const gap = size - 2;
    // Top down, each at least a line below the one above, and none below the baseline.
    beside.sort((a, b) => a.y - b.y);
    for (let k = 1; k < beside.length; k += 1) {
      const prev = beside[k - 1];
      const cur = beside[k];
      if (prev && cur && cur.y - prev.y < gap) cur.y = prev.y + gap;
    }
    const room = band - barWidth - 16;
    for (const b of beside) {
      const fitted = Math.max(20, Math.min(size - 4, Math.floor(((size - 4) * room) / Math.max(1, measure(b.label, size - 4)))));
      parts.push(text(b.label, { x: barRight + 8, y: Math.min(b.y, plotBottom - 4) + fitted * 0.36, size: fitted }));
    }
    parts.push(text(formatChartValue(totals[i] ?? 0, chart.unit), { x: centre, y: yOf(base) - 12, size, weight: 700, anchor: 'middle' }));
  });
  parts.push(`<line x1="${round(box.left)}" y1="${round(plotBottom)}" x2="${round(box.right)}" y2="${round(plotBottom)}" stroke="${INK}" stroke-width="2"/>`);
  return parts;
}

/** How many results the right column holds (three to five), and their lines. */
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
  const heading = brief.results.length > laid.length ? `Results: ${laid.length} of ${brief.results.length} in view` : 'Results';
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

  const fontCss = fontFaceCss(options.fonts);
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
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="brief-title brief-desc">`,
    `<title id="brief-title">${escapeXml(brief.title)}</title>`,
    `<desc id="brief-desc">${escapeXml(description)}</desc>`,
    fontCss ? `<style>${fontCss}</style>` : '',
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
