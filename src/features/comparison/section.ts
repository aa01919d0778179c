import type { SectionRecord } from '../../ui/section';

export const comparisonSection: SectionRecord = { id: 'comparison-heading', menu: 'Comparison', what: 'The comparison', prints: true };
