import type { SectionRecord } from '../../ui/section';

export const regionSection: SectionRecord = { id: 'region-heading', menu: 'Region', what: 'The regional context', prints: true };
