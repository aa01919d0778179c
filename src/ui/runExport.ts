import type { BarChartDescription } from '../figures/chartDescription';
import type { Scale } from '../figures/exportChart';

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

type ChartExporter = typeof import('../figures/exportChart');

interface ExportFormat {
  /** What the export menu says. */
  label: string;
  /** Loads what the format needs (each writer is fetched only when first asked for) and runs it; returns what to say. */
  run: (chart: BarChartDescription, scale: Scale, viewUrl: string) => Promise<string>;
}

const exporter = (): Promise<ChartExporter> => import('../figures/exportChart');

/**
 * Every way a chart leaves the page, in menu order: a new format is one entry here (and its writer in
 * src/figures). The export menu lists these; the preview dialog comes first, from the menu itself.
 */
export const EXPORT_FORMATS = {
  png: { label: 'Download PNG', run: async (chart, scale, viewUrl) => `Downloaded ${await (await exporter()).downloadPng(chart, viewUrl, scale)}.` },
  svg: { label: 'Download SVG', run: async (chart, _scale, viewUrl) => `Downloaded ${await (await exporter()).downloadSvg(chart, viewUrl)}.` },
  csv: { label: 'Download CSV', run: async (chart) => `Downloaded ${(await exporter()).downloadCsv(chart)}.` },
  // PowerPoint's writer is the largest export library: fetched only for a slide.
  pptx: { label: 'Download slide (.pptx)', run: async (chart, _scale, viewUrl) => `Downloaded ${await (await import('../figures/slide')).downloadChartSlide(chart, viewUrl)}.` },
  'copy-image': {
    label: 'Copy image',
    run: async (chart, scale, viewUrl) => {
      await (await exporter()).copyImage(chart, viewUrl, scale);
      return 'Image copied to the clipboard.';
    },
  },
  'copy-link': {
    label: 'Copy link',
    run: async (_chart, _scale, viewUrl) => {
      await (await exporter()).copyLink(viewUrl);
      return 'Link to this view copied to the clipboard.';
    },
  },
} satisfies Record<string, ExportFormat>;

export type ExportAction = keyof typeof EXPORT_FORMATS;

async function run(action: ExportAction, chart: BarChartDescription, scale: Scale, viewUrl: string): Promise<ExportOutcome> {
  const format: ExportFormat = EXPORT_FORMATS[action];
  return { ok: true, message: await format.run(chart, scale, viewUrl) };
}
