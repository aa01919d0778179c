import type { AgencyId } from './schema';

/**
 * The funding lines the report's tables print, in display order: State's two
 * program lines, then DoD, USAID and CDC. A plain constant so the page shell
 * need not load zod. The filter, the URL (`lines=`) and the exports use these.
 */
export const LINE_IDS = ['dos-nadr-cwd', 'dos-other', 'dod', 'usaid', 'cdc'] as const;
export type LineId = (typeof LINE_IDS)[number];

export const LINE_AGENCY: Readonly<Record<LineId, AgencyId>> = {
  'dos-nadr-cwd': 'dos',
  'dos-other': 'dos',
  dod: 'dod',
  usaid: 'usaid',
  cdc: 'cdc',
};

/** Our consistent spelling of each line; the printed label stays with the row. */
export const LINE_NAMES: Readonly<Record<LineId, string>> = {
  'dos-nadr-cwd': 'DOS NADR-CWD',
  'dos-other': 'DOS Other',
  dod: 'DoD',
  usaid: 'USAID',
  cdc: 'CDC',
};

/** The line of a table row: its agency and, for State, its program. */
export function lineOf(row: { agency: AgencyId; program: 'nadr-cwd' | 'other' | null }): LineId {
  if (row.agency === 'dos') return row.program === 'other' ? 'dos-other' : 'dos-nadr-cwd';
  return row.agency;
}

/** The lines an agency's figures are printed on. */
export function linesOfAgency(agency: AgencyId): LineId[] {
  return LINE_IDS.filter((line) => LINE_AGENCY[line] === agency);
}

/** Lines by name, in the order given: "DOS NADR-CWD, DoD" (or joined otherwise, as "DOS NADR-CWD + DoD"). */
export function lineNames(lines: readonly LineId[], joiner = ', '): string {
  return lines.map((l) => LINE_NAMES[l]).join(joiner);
}
