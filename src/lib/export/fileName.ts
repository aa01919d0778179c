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

/** The longest file base written: with its extension, a name any system and mail client keeps whole. */
export const MAX_FILE_BASE = 96;

/** Joins name parts into a file base, dropping empty ones; cut at a hyphen to at most MAX_FILE_BASE characters. */
export function fileBase(parts: readonly string[]): string {
  const base = parts.map(slug).filter(Boolean).join('-');
  if (base.length <= MAX_FILE_BASE) return base;
  const cut = base.slice(0, MAX_FILE_BASE);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > MAX_FILE_BASE / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}
