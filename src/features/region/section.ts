import type { SectionRecord } from '../../ui/section';

export const regionSection: SectionRecord = {
  id: 'region-heading',
  title: 'Regional context',
  menu: null,
  what: 'The regional context',
  prints: true,
  closed: { key: 'region', holds: "The region's own page: its cumulative funding, this country's share of it, and the program pages that name the country." },
};
