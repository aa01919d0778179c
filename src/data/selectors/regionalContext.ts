import { shareNameIsCountry } from '../model/countryNames';
import { cumulativeFor } from '../model/totals';
import type { Country, Dataset, Region } from '../model/schema';

/** USD thousands to USD millions: an exact change of unit (3,052 -> 3.052), no rounding. */
export function thousandsToMillions(thousands: number): number {
  return thousands / 1000;
}


export interface RegionalContext {
  region: Region;
  /** The country's cumulative (printed COUNTRY TOTAL, all agencies), USD thousands and millions. */
  countryCumulativeThousands: number;
  countryCumulativeMillions: number;
  /** The share the regional page prints for the country, if it lists it. */
  printedShare: { name: string; percent: number } | null;
  /** Country cumulative ÷ regional total × 100: our arithmetic, not the report's. */
  computedSharePercent: number;
}

export function regionalContext(dataset: Dataset, country: Country): RegionalContext | null {
  const region = dataset.regions.find((r) => r.name === country.region);
  if (!region) return null;
  const thousands = cumulativeFor(country, country.funding.rows, true).value;
  const millions = thousandsToMillions(thousands);
  const printedShare = region.countryShares.find((s) => shareNameIsCountry(s.name, country)) ?? null;
  return {
    region,
    countryCumulativeThousands: thousands,
    countryCumulativeMillions: millions,
    printedShare,
    computedSharePercent: region.cumulativeUsdMillions > 0 ? (millions / region.cumulativeUsdMillions) * 100 : 0,
  };
}
