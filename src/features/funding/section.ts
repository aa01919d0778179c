import type { SectionRecord } from '../../ui/section';

export const fundingSection: SectionRecord = { id: 'funding-heading', title: 'Funding by agency', menu: 'Funding', what: 'The funding panel', prints: true };
