import { createCanvasMeasure } from '../lib/export/canvasMeasure';
import type { BarChartDescription } from './chartDescription';
import { copyPng, copyText } from '../lib/export/clipboard';
import { composeBarChartSvg, svgSize } from './composeSvg';
import { tableToCsv } from '../lib/export/csv';
import { downloadBlob } from '../lib/export/download';
import { loadEmbeddedFonts } from '../lib/export/embeddedFonts';
import { rasterizeSvg } from '../lib/export/rasterize';

/**
 * The browser side of export: the pure pieces (compose, CSV) wired to fonts,
 * canvas, downloads and the clipboard. Loaded only when an officer exports.
 */

export type Scale = 1 | 2 | 3;

/** The figure as a self-contained SVG string, with fonts embedded and text measured by the browser. */
export async function buildSvg(chart: BarChartDescription, viewUrl: string, exportedAt = new Date()): Promise<string> {
  const [fonts, measure] = await Promise.all([loadEmbeddedFonts(), createCanvasMeasure()]);
  return composeBarChartSvg(chart, { exportedAt, viewUrl, fonts, measure });
}

export async function buildPng(chart: BarChartDescription, viewUrl: string, scale: Scale): Promise<Blob> {
  const svg = await buildSvg(chart, viewUrl);
  // A figure with long notes is taller than the usual 16:9; the PNG takes the SVG's own size.
  const { width, height } = svgSize(svg);
  return rasterizeSvg(svg, width, height, scale);
}

export async function downloadPng(chart: BarChartDescription, viewUrl: string, scale: Scale): Promise<string> {
  const name = `${chart.fileBase}${scale === 2 ? '' : `@${scale}x`}.png`;
  downloadBlob(await buildPng(chart, viewUrl, scale), name);
  return name;
}

export async function downloadSvg(chart: BarChartDescription, viewUrl: string): Promise<string> {
  const name = `${chart.fileBase}.svg`;
  downloadBlob(new Blob([await buildSvg(chart, viewUrl)], { type: 'image/svg+xml;charset=utf-8' }), name);
  return name;
}

export function downloadCsv(chart: BarChartDescription): string {
  const name = `${chart.fileBase}.csv`;
  downloadBlob(new Blob([tableToCsv(chart.table)], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

export async function copyImage(chart: BarChartDescription, viewUrl: string, scale: Scale): Promise<void> {
  await copyPng(() => buildPng(chart, viewUrl, scale));
}

export async function copyLink(viewUrl: string): Promise<void> {
  await copyText(viewUrl);
}
