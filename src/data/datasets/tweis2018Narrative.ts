import type { NarrativeFiles } from '../editions/fromFundingTables';
import groups from './tweis-2018-narrative/groups.json';

/**
 * The 2018 edition's narrative: one file per page in tweis-2018-narrative/
 * (its README gives the rules), gathered in file-name order. Read through
 * Vite (the dev server, the tests, and the build's check in
 * scripts/bundledDatasetPlugin.ts), never shipped as it is.
 */
const countries = import.meta.glob<NarrativeFiles['countries'][number]>('./tweis-2018-narrative/countries/*.json', { eager: true, import: 'default' });
const programs = import.meta.glob<unknown>('./tweis-2018-narrative/programs/*.json', { eager: true, import: 'default' });

const inFileOrder = <T>(files: Record<string, T>): T[] =>
  Object.keys(files)
    .sort()
    .map((name) => files[name] as T);

export const narrative2018: NarrativeFiles = { countries: inFileOrder(countries), programs: inFileOrder(programs), groups };
