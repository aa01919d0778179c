/** The agencies the report funds CWD through, in display order. A plain constant so the page shell need not load zod. */
export const AGENCY_IDS = ['dos', 'dod', 'usaid', 'cdc'] as const;
