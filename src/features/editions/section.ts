import type { SectionRecord } from '../../ui/section';

export const editionsSection: SectionRecord = {
  id: 'editions-heading',
  title: 'Across editions',
  menu: null,
  what: 'The comparison across editions',
  prints: true,
  closed: { key: 'editions', holds: "Each edition's table side by side, the figures a later edition changed, and whether each edition's total since first funding follows on from the one before." },
};
