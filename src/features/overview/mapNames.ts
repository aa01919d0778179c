import { COUNTRY_ALIASES } from '../../data/model/countryNames';

/**
 * The name the map's outlines (Natural Earth, via world-atlas) give a country where it is not the
 * report's: the 110m outlines abbreviate some names and use others' (Myanmar for Burma).
 */
const ATLAS_NAMES: Readonly<Record<string, string>> = {
  'bosnia-and-herzegovina': 'Bosnia and Herz.',
  burma: 'Myanmar',
  'democratic-republic-of-the-congo': 'Dem. Rep. Congo',
  'kyrgyz-republic': 'Kyrgyzstan',
  'solomon-islands': 'Solomon Is.',
  'south-sudan': 'S. Sudan',
  'central-african-republic': 'Central African Rep.',
  'dominican-republic': 'Dominican Rep.',
  'equatorial-guinea': 'Eq. Guinea',
  'western-sahara': 'W. Sahara',
  'north-macedonia': 'Macedonia',
  'south-korea': 'South Korea',
  'cote-d-ivoire': "Côte d'Ivoire",
};

/** The outline's name for a country of the dataset: the table above, else its own name, else an alias. */
export function atlasNameCandidates(country: { id: string; name: string }): string[] {
  return [ATLAS_NAMES[country.id], country.name, ...(COUNTRY_ALIASES[country.id] ?? [])].filter((n): n is string => n !== undefined);
}
