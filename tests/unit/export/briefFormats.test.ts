import JSZip from 'jszip';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { briefDescription } from '../../../src/app/brief/briefDescription';
import { parseDataset } from '../../../src/data/model/parseDataset';
import { selectCountryView } from '../../../src/data/selectors/countryView';
import { BRIEF_HEIGHT, BRIEF_WIDTH } from '../../../src/figures/briefSizes';
import { BRIEF_MARGIN, composeBriefSvg, type BriefDescription } from '../../../src/figures/composeBrief';
import { briefSlide } from '../../../src/figures/slide';
import { drawSvgOnPdf, pdfMeasure, standardFontText } from '../../../src/figures/svgToPdf';
import { estimateTextWidth, type MeasureText } from '../../../src/lib/export/textMeasure';
import { fullDatasetJson } from '../../fixtures/datasets';

/* The country brief in every format, from one description: the same words, inside the frame, in officers' terms. */

const { dataset } = parseDataset(fullDatasetJson());
const exportedAt = new Date('2026-12-07T12:00:00Z');
const viewUrl = 'https://example.test/cwd/?country=afghanistan&years=2015,2016,2017';

function brief(countryId: string): BriefDescription {
  const country = dataset.countries.find((c) => c.id === countryId);
  if (!country) throw new Error(countryId);
  return briefDescription(selectCountryView(dataset, country, { years: null, lines: null }));
}

interface Drawn {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  anchor: string;
}

function drawnTexts(svg: string): Drawn[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return Array.from(doc.querySelectorAll('text'), (t) => ({
    text: t.textContent,
    x: Number(t.getAttribute('x')),
    y: Number(t.getAttribute('y')),
    size: Number(t.getAttribute('font-size')),
    weight: t.getAttribute('font-weight') === '700' ? 700 : 400,
    anchor: t.getAttribute('text-anchor') ?? 'start',
  }));
}

/** Each text's box, as the measure that laid it out sees it, lies within the margins. */
function expectInsideFrame(svg: string, measure: MeasureText, what: string) {
  for (const t of drawnTexts(svg)) {
    const width = measure(t.text, t.size, t.weight);
    const left = t.anchor === 'middle' ? t.x - width / 2 : t.anchor === 'end' ? t.x - width : t.x;
    const box = `${what}: "${t.text}" at x ${left.toFixed(1)}–${(left + width).toFixed(1)}, y ${t.y}`;
    expect(left, box).toBeGreaterThanOrEqual(BRIEF_MARGIN - 0.5);
    expect(left + width, box).toBeLessThanOrEqual(BRIEF_WIDTH - BRIEF_MARGIN + 0.5);
    expect(t.y - t.size * 0.8, box).toBeGreaterThanOrEqual(0);
    expect(t.y + t.size * 0.25, box).toBeLessThanOrEqual(BRIEF_HEIGHT);
  }
}

/** The words of a slide, run by run. */
async function slideText(blob: Blob): Promise<string> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const xml = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  return Array.from(xml.matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) => m[1] ?? '')
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

/** Windows-1252's characters at 0x80–0x9F, where it differs from Latin-1. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.split('');

/** The strings a PDF page shows, from its uncompressed content stream (the standard font's bytes are Windows-1252). */
function pdfStrings(doc: jsPDF): string[] {
  const raw = Array.from(doc.output(), (ch) => WINDOWS_1252[ch.charCodeAt(0) - 0x80] ?? ch).join('');
  return Array.from(raw.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g), (m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'));
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
/** Words officers do not brief with, and money written in thousands. */
const TOOL_WORDS = /in view|computed here|the table's own|no agency named|no partner named|\$[\d,.]+K\b/;

describe.each(['mali', 'afghanistan', 'angola'])('the %s brief in every format', (countryId) => {
  const b = brief(countryId);

  it('leads with the funding for the chart’s years, the cumulative named beside it', () => {
    expect(b.headline.label).toMatch(/^U\.S\. CWD funding, FY\d{4}(–FY\d{4})? \(all agencies\)$/);
    expect(b.cumulative.label).toMatch(/^Cumulative (since|through) FY\d{4}$/);
    expect(b.headline.value).toMatch(/^\$[\d,.]+( million| billion)?$/);
  });

  it('keeps every text inside the margins, laid out for the image and for the PDF', () => {
    expectInsideFrame(composeBriefSvg(b, { exportedAt, viewUrl, measure: estimateTextWidth }), estimateTextWidth, 'image');
    const measure = pdfMeasure(new jsPDF({ unit: 'pt', format: [960, 540], orientation: 'landscape' }));
    expectInsideFrame(composeBriefSvg(b, { exportedAt, viewUrl, measure }), measure, 'PDF');
  });

  it('lists the same results in the image, the PDF and the slide, and no others', async () => {
    const listed = b.results.slice(0, b.shown);
    const left = b.results.slice(b.shown);
    const image = squash(drawnTexts(composeBriefSvg(b, { exportedAt, viewUrl })).map((t) => t.text).join(' '));
    const doc = new jsPDF({ unit: 'pt', format: [960, 540], orientation: 'landscape', compress: false });
    const pdfSvg = composeBriefSvg(b, { exportedAt, viewUrl, measure: pdfMeasure(doc) });
    drawSvgOnPdf(doc, pdfSvg, 0.5);
    const pdf = squash(pdfStrings(doc).join(' '));
    const slide = await slideText(await briefSlide(b, viewUrl, exportedAt));
    for (const r of listed) {
      const words = squash(`${r.value} ${r.label}`);
      expect(image, 'image').toContain(words);
      expect(pdf, 'PDF').toContain(squash(standardFontText(words)));
      expect(slide, 'slide').toContain(words);
    }
    for (const r of left) {
      const words = squash(`${r.value} ${r.label}`);
      expect(image).not.toContain(words);
      expect(slide).not.toContain(words);
    }
    // Every word the PDF's layout draws is on its page, as text.
    for (const t of drawnTexts(pdfSvg)) expect(pdf).toContain(squash(standardFontText(t.text)));
  });

  it('uses no tool wording and no money in thousands, in any format', async () => {
    const image = drawnTexts(composeBriefSvg(b, { exportedAt, viewUrl })).map((t) => t.text).join(' ');
    expect(image).not.toMatch(TOOL_WORDS);
    const slide = await slideText(await briefSlide(b, viewUrl, exportedAt));
    expect(slide).not.toMatch(TOOL_WORDS);
    for (const r of b.results) expect(r.meta).not.toMatch(/ · $|^ · |( · ){2}/);
  });
});

describe('the PDF', () => {
  it('writes text the standard font lacks in its plain equivalents', () => {
    expect(standardFontText('−$400,000 ≈ → x')).toBe('-$400,000 ~ -> x');
  });
});
