import type { AgencyId, Program } from '../data/model/schema';

/**
 * Okabe–Ito colour-blind-safe palette, as hex so the screen and exported
 * images use the same colours. State's two program lines get two blues.
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  skyBlue: '#56B4E9',
  orange: '#E69F00',
  green: '#009E73',
  reddishPurple: '#CC79A7',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  black: '#000000',
} as const;

export function seriesColour(agency: AgencyId, program: Program): string {
  switch (agency) {
    case 'dos':
      return program === 'other' ? OKABE_ITO.skyBlue : OKABE_ITO.blue;
    case 'dod':
      return OKABE_ITO.orange;
    case 'usaid':
      return OKABE_ITO.green;
    case 'cdc':
      return OKABE_ITO.reddishPurple;
  }
}

/** Colours for countries side by side: the chosen country first, in blue. Okabe–Ito order. */
export const COUNTRY_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
] as const;

export function countryColour(index: number): string {
  return COUNTRY_COLOURS[index % COUNTRY_COLOURS.length] ?? OKABE_ITO.black;
}
