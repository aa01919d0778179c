import type { SectionRecord } from '../../ui/section';

export const resultsSection: SectionRecord = { id: 'results-heading', title: 'Results', menu: 'Results', what: 'The results', prints: true };
