/*
 * Shares the report never prints: a country's figure as a percent of every country's, and of its region's.
 * Worked out from the exact USD thousands; rounding is for display (lib/format's formatShare).
 */

/** The wholes a share is of, in USD thousands: every country with a table, and each region. */
export interface ShareBases {
  /** The sum over every country with a figure (those not reported add nothing). */
  total: number;
  /** The sum over each region's countries with a figure, by region name. */
  byRegion: Readonly<Record<string, number>>;
}

/** A country's share of the whole and of its region, in percent (0–100); null where there is none to give. */
export interface CountryShare {
  ofTotal: number | null;
  ofRegion: number | null;
}

/** The bases of a set of figures: each country's value (null: not reported) and its region. */
export function shareBases(rows: readonly { value: number | null; country: { region: string } }[]): ShareBases {
  let total = 0;
  const byRegion: Record<string, number> = {};
  for (const row of rows) {
    const value = row.value ?? 0;
    total += value;
    byRegion[row.country.region] = (byRegion[row.country.region] ?? 0) + value;
  }
  return { total, byRegion };
}

/**
 * `part` as a percent of `base`: (48,000, 229,150) → 20.947… Null where the part is not reported, or the
 * base is $0 (no share of nothing).
 */
export function sharePercent(part: number | null, base: number): number | null {
  if (part === null || !(base > 0)) return null;
  return (part / base) * 100;
}

/** One country's shares of the bases. */
export function countryShare(row: { value: number | null; country: { region: string } }, bases: ShareBases): CountryShare {
  return { ofTotal: sharePercent(row.value, bases.total), ofRegion: sharePercent(row.value, bases.byRegion[row.country.region] ?? 0) };
}
