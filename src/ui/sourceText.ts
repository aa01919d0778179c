import type { Country, DatasetSource } from '../data/model/schema';

/** "To Walk the Earth in Safety, 2018 edition", or the report name alone when the edition is not known; "(imported)" when it came from a file. */
export function reportTitle(source: DatasetSource): string {
  const title = source.edition ? `${source.report}, ${source.edition} edition` : source.report;
  return source.imported ? `${title} (imported)` : title;
}

/** The source line printed under a chart: publisher, report, edition and the country pages, as far as they are known. */
export function sourceLine(source: DatasetSource, countries: readonly Pick<Country, 'name' | 'source'>[]): string {
  const pages = countries.map((c) => (c.source ? `${c.name} page (${c.source})` : c.name));
  const parts = [source.publisher, reportTitle(source), pages.length === 1 ? pages[0] : `country pages for ${pages.join(', ')}`];
  return `Source: ${parts.filter(Boolean).join(', ')}.`;
}

/**
 * The header's first line: what the dashboard is and whose figures these are. The same words open the
 * page's shell before the app runs (index.html), so the first thing painted is the line that stays.
 */
export const ABOUT_DASHBOARD = 'U.S. Conventional Weapons Destruction assistance by country: funding, results and partners as the State Department reports them';
