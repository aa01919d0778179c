import type { SectionRecord } from '../../ui/section';

export const comparisonSection: SectionRecord = { id: 'comparison-heading', title: 'Comparison', menu: 'Comparison', what: 'The comparison', prints: true };
