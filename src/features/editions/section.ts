import type { SectionRecord } from '../../ui/section';

export const editionsSection: SectionRecord = { id: 'editions-heading', menu: 'Editions', what: 'The comparison across editions', prints: true };
