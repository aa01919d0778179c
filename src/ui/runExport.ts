import type { BarChartDescription } from '../figures/chartDescription';
import type { Scale } from '../figures/exportChart';

export type ExportAction = 'png' | 'svg' | 'csv' | 'pptx' | 'copy-image' | 'copy-link';

export interface ExportOutcome {
  ok: boolean;
  message: string;
}

/** Loads the export library on first use (it stays out of the first chunk) and runs one action. */
export async function runExport(action: ExportAction, chart: BarChartDescription, scale: Scale): Promise<ExportOutcome> {
  const viewUrl = window.location.href;
  // Marks for the benchmark (npm run bench): time from the click to the file handed to the browser.
  performance.mark(`export:${action}:start`);
  try {
    const outcome = await run(action, chart, scale, viewUrl);
    performance.measure(`export:${action}`, `export:${action}:start`);
    return outcome;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : `Export failed: ${String(error)}` };
  }
}

async function run(action: ExportAction, chart: BarChartDescription, scale: Scale, viewUrl: string): Promise<ExportOutcome> {
  if (action === 'pptx') {
    // PowerPoint's writer is the largest export library: fetched only for a slide.
    const slide = await import('../figures/slide');
    return { ok: true, message: `Downloaded ${await slide.downloadChartSlide(chart, viewUrl)}.` };
  }
  const exporter = await import('../figures/exportChart');
  switch (action) {
    case 'png':
      return { ok: true, message: `Downloaded ${await exporter.downloadPng(chart, viewUrl, scale)}.` };
    case 'svg':
      return { ok: true, message: `Downloaded ${await exporter.downloadSvg(chart, viewUrl)}.` };
    case 'csv':
      return { ok: true, message: `Downloaded ${exporter.downloadCsv(chart)}.` };
    case 'copy-image':
      await exporter.copyImage(chart, viewUrl, scale);
      return { ok: true, message: 'Image copied to the clipboard.' };
    case 'copy-link':
      await exporter.copyLink(viewUrl);
      return { ok: true, message: 'Link to this view copied to the clipboard.' };
  }
}
