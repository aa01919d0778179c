import { activitySection } from '../features/activity/section';
import { comparisonSection } from '../features/comparison/section';
import { datasetsSection } from '../features/datasets/section';
import { editionsSection } from '../features/editions/section';
import { fundingSection } from '../features/funding/section';
import { regionSection } from '../features/region/section';
import { resultsSection } from '../features/results/section';
import { glossarySection, sourcesSection } from '../features/sources/section';
import type { SectionRecord } from '../ui/section';

/** The country page's sections, in the order the page shows them: the section menu is built from this list. */
export const COUNTRY_SECTIONS: readonly SectionRecord[] = [
  resultsSection,
  fundingSection,
  editionsSection,
  comparisonSection,
  regionSection,
  activitySection,
  sourcesSection,
  glossarySection,
  datasetsSection,
];
