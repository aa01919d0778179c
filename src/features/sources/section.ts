import type { SectionRecord } from '../../ui/section';

export const sourcesSection: SectionRecord = {
  id: 'sources-heading',
  title: 'Sources and notes',
  menu: null,
  what: 'The sources and notes',
  prints: true,
  closed: { key: 'sources', holds: 'Where each figure is printed, what the page gives and leaves out, the footnotes, and a glossary of the terms used.' },
};

/** The glossary, the last part of the sources panel, has a menu entry of its own. */
export const glossarySection: SectionRecord = {
  id: 'glossary',
  title: 'Glossary',
  menu: null,
  what: 'The glossary',
  prints: true,
  closed: { key: 'sources', holds: 'The terms used on this page.' },
};
