/**
 * Stands in for jsPDF's optional helpers (html2canvas, DOMPurify, canvg), which only its html() and
 * SVG-to-canvas methods use. The dashboard draws its own images and hands jsPDF a PNG, so those
 * libraries (about 100 KB gzip) are left out of the build; calling one says so.
 */
export default function notBundled(): never {
  throw new Error('This part of the PDF library is not included in the dashboard.');
}
