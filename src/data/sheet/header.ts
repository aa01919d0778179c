import { unitStated } from './units';
import type { AmountUnit } from './figures';

/**
 * The heading row of an officer's sheet, found among the rows at its top
 * (title and note rows above it are skipped), and what each column holds.
 * Headings are matched in the words officers use, with or without a unit:
 * "Country", "Agency" or "Funding line", "FY2016", "FY 2016", "FY16" or
 * "2016", "Cumulative", "Total". The dashboard's own CSV headings match too.
 */

export type ColumnRole =
  | { role: 'country' }
  | { role: 'region' }
  | { role: 'source' }
  | { role: 'edition' }
  | { role: 'line' }
  | { role: 'label' }
  | { role: 'year'; year: number; unit: AmountUnit | null }
  /** `total`: headed only "Total", which may be the sum of the years shown; `from`: a first year the heading names. */
  | { role: 'cumulative'; unit: AmountUnit | null; from: number | null; total: boolean }
  | { role: 'cumulativeFrom' }
  | { role: 'page' };

/** A heading without its unit or notes: "FY2016 (USD millions)" → "fy2016". */
function bare(heading: string): string {
  return heading
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/US\$|\$\s?0{3}s?|\$|\b(?:in|usd|dollars?|thousands?|millions?|billions?|mio|mill|tsd|mn|bn|k|m)\b\.?/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:*.,;]+$/, '')
    .toLowerCase();
}

const NAMES: [Exclude<ColumnRole['role'], 'year' | 'cumulative'>, RegExp][] = [
  ['country', /^(country|country name|country ?\/ ?territory|recipient|recipient country|partner country)$/],
  ['region', /^(region|region name)$/],
  ['source', /^(source|source of figures|report)$/],
  ['edition', /^edition( year)?$/],
  ['line', /^(agency line|agency|funding line|line|program|programme|account|funding agency|agency ?\/ ?program|agency and program|funding source|funder)$/],
  ['label', /^(printed label|label|row label)$/],
  ['cumulativeFrom', /^cumulative (from|since)$/],
  ['page', /^country page$/],
];

function yearOf(text: string): number | null {
  const m = /^(?:fy|fiscal year)\s*[-']?\s*(\d{4}|\d{2})$/.exec(text) ?? /^(\d{4})$/.exec(text);
  if (!m?.[1]) return null;
  const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** What a heading names, or null for a column the dashboard does not read. */
export function roleOf(heading: string): ColumnRole | null {
  const text = bare(heading);
  if (text === '') return null;
  for (const [role, pattern] of NAMES) if (pattern.test(text)) return { role };
  const unit = unitStated(heading);
  const year = yearOf(text);
  if (year !== null) return { role: 'year', year, unit };
  if (/^(cumulative|total since|total to date)/.test(text)) {
    const from = /FY\s?(\d{4})\s*[–-]|since\s+(?:FY\s?)?(\d{4})/i.exec(heading);
    return { role: 'cumulative', unit, from: from ? Number(from[1] ?? from[2]) : null, total: false };
  }
  if (/^(total|grand total|total funding)$/.test(text)) return { role: 'cumulative', unit, from: null, total: true };
  return null;
}

export interface HeaderColumns {
  /** Index of the heading row in the grid. */
  index: number;
  roles: (ColumnRole | null)[];
}

/** How many known columns a row's cells name. */
function known(roles: readonly (ColumnRole | null)[]): number {
  return roles.filter((r) => r !== null).length;
}

function isHeader(roles: readonly (ColumnRole | null)[]): boolean {
  const has = (role: ColumnRole['role']) => roles.some((r) => r?.role === role);
  return (has('country') || has('line') || has('label')) && (has('year') || has('cumulative'));
}

/** Rows searched for the heading row: a sheet's title and notes take a few at most. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * The first row, among the top ones, that names a country or funding line
 * and a year or cumulative column; otherwise the row that names the most
 * known columns, as `best` for the message.
 */
export function findHeader(rows: readonly (readonly string[])[]): HeaderColumns | { best: number } {
  let best = -1;
  let bestKnown = -1;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const roles = cells.map(roleOf);
    if (isHeader(roles)) return { index: i, roles };
    if (known(roles) > bestKnown) {
      best = i;
      bestKnown = known(roles);
    }
  }
  return { best: Math.max(best, 0) };
}

/** A column's letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
