import type { SectionRecord } from '../../ui/section';

export const trendSection: SectionRecord = {
  id: 'trend-heading',
  title: 'Funding through time',
  menu: null,
  what: 'The funding trend',
  prints: true,
  closed: { key: 'trend', holds: 'Funding in every fiscal year the editions print, a line per funding line: restated figures marked, a year no edition prints left as a gap.' },
};
