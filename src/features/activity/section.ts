import type { SectionRecord } from '../../ui/section';

export const activitySection: SectionRecord = { id: 'activity-heading', title: 'Partner activity', menu: 'Activity', what: 'The partner activity', prints: true };
