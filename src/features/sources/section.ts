import type { SectionRecord } from '../../ui/section';

export const sourcesSection: SectionRecord = { id: 'sources-heading', menu: 'Sources', what: 'The sources and notes', prints: true };

/** The glossary, the last part of the sources panel, has a menu entry of its own. */
export const glossarySection: SectionRecord = { id: 'glossary', menu: 'Glossary', what: 'The glossary', prints: true };
