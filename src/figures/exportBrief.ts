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
 * One 16:9 page (13.33 × 7.5 in) holding the brief drawn at twice 1920 × 1080, so it prints sharp. The
 * page is the picture: its text is not selectable (the SVG and the slide carry the text). jsPDF is
 * fetched only here.
 */
export async function briefPdf(brief: BriefDescription, viewUrl: string, exportedAt = new Date()): Promise<Blob> {
  const [{ jsPDF }, svg] = await Promise.all([import('jspdf'), buildBriefSvg(brief, viewUrl, exportedAt)]);
  const png = await rasterizeSvg(svg, BRIEF_WIDTH, BRIEF_HEIGHT, 2);
  const bytes = new Uint8Array(await png.arrayBuffer());
  const doc = new jsPDF({ orientation: 'landscape', unit: 'in', format: [13.333, 7.5], compress: true });
  doc.setProperties({
    title: stripUnsafe(brief.title),
    subject: stripUnsafe(`${brief.subtitle}. ${brief.source}`),
    author: 'CWD dashboard',
    keywords: stripUnsafe(viewUrl),
    creator: 'CWD dashboard',
  });
  doc.addImage(bytes, 'PNG', 0, 0, 13.333, 7.5, undefined, 'FAST');
  // A link over the footer's address, so the PDF leads back to the view.
  doc.link(0.5, 6.9, 12.33, 0.5, { url: viewUrl });
  return doc.output('blob');
}

export async function downloadBriefPdf(brief: BriefDescription, viewUrl: string): Promise<string> {
  const name = `${brief.fileBase}.pdf`;
  downloadBlob(await briefPdf(brief, viewUrl), name);
  return name;
}
