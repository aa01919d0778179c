import type { SectionRecord } from '../../ui/section';

/** Managing datasets is a task on screen, not a figure: it stays off the printout. */
export const datasetsSection: SectionRecord = { id: 'datasets-heading', menu: null, what: 'The datasets panel', prints: false };
