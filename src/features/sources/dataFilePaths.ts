/**
 * Where the build publishes the funding tables as files (CSV and JSON), relative to the site's base:
 * the Sources panel links to them and the build writes them (scripts/dataFiles.ts), from these
 * names alone.
 */
export type DataFormat = 'csv' | 'json';

export const DATA_FOLDER = 'data';
/** The folder of the series across editions (each year from the latest edition that prints it). */
export const SERIES_FOLDER = 'series';

export const dataFilePaths = {
  /** Every file published, with its title, edition and country. */
  index: `${DATA_FOLDER}/index.json`,
  /** What each column holds, in which unit. */
  schema: `${DATA_FOLDER}/schema.json`,
  /** Every country's table in one edition (or the series). */
  edition: (editionId: string, format: DataFormat) => `${DATA_FOLDER}/${editionId}/funding.${format}`,
  /** One country's table in one edition (or the series). */
  country: (editionId: string, countryId: string, format: DataFormat) => `${DATA_FOLDER}/${editionId}/countries/${countryId}.${format}`,
};
