import { slug } from '../slug';

/** "fy2015-fy2017" for a run of years, "fy2015-and-fy2017" for others. */
export function fiscalYearsSlug(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return 'no-years';
  if (sorted.length === 1) return `fy${first}`;
  if (last - first === sorted.length - 1) return `fy${first}-fy${last}`;
  return sorted.map((y) => `fy${y}`).join('-and-');
}

/** Joins name parts into a file base, dropping empty ones. */
export function fileBase(parts: readonly string[]): string {
  return parts.map(slug).filter(Boolean).join('-');
}
