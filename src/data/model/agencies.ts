import type { AgencyId } from './schema';

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
