import type { AgencyId, Program } from './schema';

export interface AgencyInfo {
  id: AgencyId;
  short: string;
  name: string;
}

export const AGENCIES: Record<AgencyId, AgencyInfo> = {
  dos: { id: 'dos', short: 'DOS', name: 'Department of State' },
  dod: { id: 'dod', short: 'DoD', name: 'Department of Defense' },
  usaid: { id: 'usaid', short: 'USAID', name: 'U.S. Agency for International Development' },
  cdc: { id: 'cdc', short: 'CDC', name: 'Centers for Disease Control and Prevention' },
};

const PROGRAM_LABELS: Record<NonNullable<Program>, string> = {
  'nadr-cwd': 'NADR-CWD',
  other: 'Other',
};

/** "DOS NADR-CWD", "DoD": an agency with its program line, in our consistent spelling. */
export function fundingLineName(agency: AgencyId, program: Program): string {
  return program ? `${AGENCIES[agency].short} ${PROGRAM_LABELS[program]}` : AGENCIES[agency].short;
}
