import { activitySection } from '../features/activity/section';
import { comparisonSection } from '../features/comparison/section';
import { datasetsSection } from '../features/datasets/section';
import { editionsSection } from '../features/editions/section';
import { fundingSection } from '../features/funding/section';
import { regionSection } from '../features/region/section';
import { resultsSection } from '../features/results/section';
import { glossarySection, sourcesSection } from '../features/sources/section';
import { trendSection } from '../features/trend/section';
import { closedKeys, type SectionRecord } from '../ui/section';

/**
 * The country page's sections, in the order the page shows them: first what an officer reads every time,
 * then, one step away (closed until opened, by a click, a link or `?open=`), the rest. The section menu
 * is built from this list.
 */
export const COUNTRY_SECTIONS: readonly SectionRecord[] = [
  fundingSection,
  resultsSection,
  comparisonSection,
  activitySection,
  trendSection,
  editionsSection,
  regionSection,
  sourcesSection,
  glossarySection,
  datasetsSection,
];

/** The words that open sections in the address (`?open=editions,sources`), in page order. */
export const CLOSED_SECTION_KEYS: readonly string[] = closedKeys(COUNTRY_SECTIONS);

/** The heading over the sections one step away, and the menu's link to it. */
export const MORE_ID = 'more-heading';

/** The section a link to `#id` opens, if it is one step away. */
export function sectionOpenedBy(id: string): string | null {
  return COUNTRY_SECTIONS.find((s) => s.id === id)?.closed?.key ?? null;
}
