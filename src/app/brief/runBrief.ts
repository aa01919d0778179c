import type { CountryView } from '../../data/selectors/countryView';
import { briefDescription } from './briefDescription';

export type BriefFormat = 'png' | 'svg' | 'pdf' | 'pptx';

/**
 * Builds the country brief for the view and downloads it in one format. Loaded on the first request
 * (src/app/PageTools.tsx); the PDF and PowerPoint writers load only for their own format.
 */
export async function runBrief(format: BriefFormat, view: CountryView): Promise<string> {
  const brief = briefDescription(view);
  const viewUrl = window.location.href;
  performance.mark(`brief:${format}:start`);
  let name: string;
  if (format === 'pptx') {
    name = await (await import('../../figures/slide')).downloadBriefSlide(brief, viewUrl);
  } else {
    const exporter = await import('../../figures/exportBrief');
    name =
      format === 'png'
        ? await exporter.downloadBriefPng(brief, viewUrl)
        : format === 'svg'
          ? await exporter.downloadBriefSvg(brief, viewUrl)
          : await exporter.downloadBriefPdf(brief, viewUrl);
  }
  performance.measure(`brief:${format}`, `brief:${format}:start`);
  return name;
}
