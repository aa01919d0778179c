import type { SectionRecord } from '../../ui/section';

export const activitySection: SectionRecord = { id: 'activity-heading', menu: 'Partners', what: 'The partner activity', prints: true };
