import { createCanvasMeasure } from '../lib/export/canvasMeasure';
import { composeBriefSvg, type BriefDescription } from './composeBrief';
import { BRIEF_HEIGHT, BRIEF_WIDTH } from './briefSizes';
import { downloadBlob } from '../lib/export/download';
import { loadEmbeddedFonts } from '../lib/export/embeddedFonts';
import { rasterizeSvg } from '../lib/export/rasterize';
import { stripUnsafe } from '../lib/safeText';

/** The brief as a self-contained SVG, fonts embedded, text measured by the browser. */
export async function buildBriefSvg(brief: BriefDescription, viewUrl: string, exportedAt = new Date()): Promise<string> {
  const [fonts, measure] = await Promise.all([loadEmbeddedFonts(), createCanvasMeasure()]);
  return composeBriefSvg(brief, { exportedAt, viewUrl, fonts, measure });
}

export async function downloadBriefSvg(brief: BriefDescription, viewUrl: string): Promise<string> {
  const name = `${brief.fileBase}.svg`;
  downloadBlob(new Blob([await buildBriefSvg(brief, viewUrl)], { type: 'image/svg+xml;charset=utf-8' }), name);
  return name;
}

/** 1920 × 1080: a full-screen slide at projector resolution. */
export async function downloadBriefPng(brief: BriefDescription, viewUrl: string): Promise<string> {
  const name = `${brief.fileBase}.png`;
  downloadBlob(await rasterizeSvg(await buildBriefSvg(brief, viewUrl), BRIEF_WIDTH, BRIEF_HEIGHT, 1), name);
  return name;
}

/**
 * One 16:9 page (13.33 × 7.5 in, 960 × 540 pt): the brief drawn as vectors with real text (see
 * svgToPdf), laid out with the PDF font's own widths, so the words can be searched, copied and read
 * aloud. It carries its title, subject and language, shows its title in the viewer, and draws in reading
 * order. jsPDF is fetched only here.
 */
export async function briefPdf(brief: BriefDescription, viewUrl: string, exportedAt = new Date()): Promise<Blob> {
  const [{ jsPDF }, { drawSvgOnPdf, pdfMeasure, standardFontText }] = await Promise.all([import('jspdf'), import('./svgToPdf')]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [960, 540], compress: true });
  const clean = (t: string) => standardFontText(stripUnsafe(t));
  doc.setProperties({
    title: clean(brief.title),
    subject: clean(`${brief.subtitle}. ${brief.source}`),
    author: 'CWD dashboard',
    keywords: clean(viewUrl),
    creator: 'CWD dashboard',
  });
  doc.setLanguage('en-US');
  doc.viewerPreferences({ DisplayDocTitle: true });
  const svg = composeBriefSvg(brief, { exportedAt, viewUrl, measure: pdfMeasure(doc) });
  drawSvgOnPdf(doc, svg, 960 / BRIEF_WIDTH);
  // A link over the footer's address, so the PDF leads back to the view.
  doc.link(36, 500, 888, 36, { url: viewUrl });
  return doc.output('blob');
}

export async function downloadBriefPdf(brief: BriefDescription, viewUrl: string): Promise<string> {
  const name = `${brief.fileBase}.pdf`;
  downloadBlob(await briefPdf(brief, viewUrl), name);
  return name;
}
