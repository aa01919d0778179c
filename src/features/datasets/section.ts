import type { SectionRecord } from '../../ui/section';

/** Managing datasets is a task on screen, not a figure: it stays off the printout. */
export const datasetsSection: SectionRecord = {
  id: 'datasets-heading',
  title: 'Datasets',
  menu: null,
  what: 'The datasets panel',
  prints: false,
  closed: { key: 'datasets', holds: "Import your office's figures (Excel, CSV or JSON), switch between datasets, or download the data." },
};
