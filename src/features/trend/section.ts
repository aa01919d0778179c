import type { SectionRecord } from '../../ui/section';

export const trendSection: SectionRecord = { id: 'trend-heading', title: 'Funding through time', menu: 'Trend', what: 'The funding trend', prints: true };
