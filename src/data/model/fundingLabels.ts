import type { AgencyId, Program } from './schema';

export interface FundingLine {
  agency: AgencyId;
  program: Program;
}

// Printed labels vary between pages ("DoD"/"DOD", "DOS Other"/"DOS OTHER"/"DOS-OTHER");
// they are compared in upper case with spaces and hyphens collapsed.
const LINES: Record<string, FundingLine> = {
  'DOS NADR CWD': { agency: 'dos', program: 'nadr-cwd' },
  'DOS OTHER': { agency: 'dos', program: 'other' },
  DOD: { agency: 'dod', program: null },
  USAID: { agency: 'usaid', program: null },
  CDC: { agency: 'cdc', program: null },
};

function normalise(label: string): string {
  return label.toUpperCase().replace(/[\s\-–]+/g, ' ').trim();
}

/** The agency and program line a printed row label stands for, or null for a label we do not know. */
export function mapFundingLabel(label: string): FundingLine | null {
  return LINES[normalise(label)] ?? null;
}

/** The agency a printed footnote is about, where it names one ("*Department of State FY13 funding …"). */
export function footnoteAgency(text: string): AgencyId | null {
  if (/Department of State|\bDOS\b/.test(text)) return 'dos';
  if (/Department of Defense|\bDoD\b/i.test(text)) return 'dod';
  if (/\bUSAID\b/.test(text)) return 'usaid';
  if (/\bCDC\b/.test(text)) return 'cdc';
  return null;
}
