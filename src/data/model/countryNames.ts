import type { Dataset } from './schema';

/**
 * Other names officers search by, per country id: common short forms, the
 * names other sources use, and the spelling of the report's regional charts
 * ("Bosnia & Herzegovina", "DRC"), which is how a share is matched to its table.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'democratic-republic-of-the-congo': ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  'bosnia-and-herzegovina': ['Bosnia & Herzegovina', 'BiH', 'Bosnia'],
  burma: ['Myanmar'],
  'kyrgyz-republic': ['Kyrgyzstan'],
  laos: ['Lao PDR', "Lao People's Democratic Republic"],
  vietnam: ['Viet Nam'],
  'south-sudan': ['S. Sudan'],
};

/** Names only the regional charts print, and what they stand for. */
const REGIONAL_NAME_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CAR: ['Central African Republic'],
  Congo: ['Republic of the Congo', 'Congo-Brazzaville'],
  Macedonia: ['North Macedonia'],
  'Czech Republic': ['Czechia'],
};

/** A share key as printed, without the asterisk that marks a footnote on the regional page. */
export function shareKeyName(printed: string): string {
  return printed.replace(/^\*+/, '').trim();
}

/** Whether a regional chart's name is this country's. */
export function shareNameIsCountry(printed: string, country: { id: string; name: string }): boolean {
  const name = shareKeyName(printed);
  return name === country.name || (COUNTRY_ALIASES[country.id] ?? []).includes(name);
}

/** A country named in a regional chart that has no country table in the dataset. */
export interface RegionalOnlyCountry {
  /** As printed, footnote asterisk removed. */
  name: string;
  aliases: readonly string[];
  region: string;
  regionPeriod: string;
  percent: number;
}

const regionalOnlyByDataset = new WeakMap<Dataset, RegionalOnlyCountry[]>();

/**
 * Every country the regional charts name without a table of its own, so the picker can list them honestly.
 * One pass over the countries' names and aliases, then one lookup per share (a file with 12,000 regions and
 * 6,000 countries once made this a 144-million-step loop on the main thread); cached per dataset.
 */
export function regionalOnlyCountries(dataset: Dataset): RegionalOnlyCountry[] {
  const cached = regionalOnlyByDataset.get(dataset);
  if (cached) return cached;
  const tabled = new Set<string>();
  for (const country of dataset.countries) {
    tabled.add(country.name);
    for (const alias of COUNTRY_ALIASES[country.id] ?? []) tabled.add(alias);
  }
  const result = dataset.regions.flatMap((region) =>
    region.countryShares
      .filter((share) => !tabled.has(shareKeyName(share.name)))
      .map((share) => ({
        name: shareKeyName(share.name),
        aliases: REGIONAL_NAME_ALIASES[shareKeyName(share.name)] ?? [],
        region: region.name,
        regionPeriod: `${region.cumulativeFrom}–${region.cumulativeTo}`,
        percent: share.percent,
      })),
  );
  regionalOnlyByDataset.set(dataset, result);
  return result;
}
