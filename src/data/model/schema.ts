import { quoteShort } from '../../lib/safeText';
import { z } from './zod';
import { agencyIdSchema, idSchema, MAX_NOTE_CHARS, nameSchema, noteSchema, shownText, titleSchema, urlSchema, yearSchema } from './schemaBasics.ts';
import { checkCountryNames, checkYearKeys } from './schemaChecks.ts';
import { boundSchema, checkResultLinks, contextFigureSchema, countryPageFields, coverageSchema, figureUnitSchema, investmentSchema, resultSchema, activitySchema } from './pageSchema.ts';

/**
 * The dataset's shape, defined once. Every type the app uses for data is
 * inferred from these schemas, so the validator and the types cannot drift.
 */


/** Program lines the report prints under an agency (DOS has two). */
export const programSchema = z.enum(['nadr-cwd', 'other']).nullable();

/**
 * Dollar amounts in the funding tables are USD thousands. The ceiling
 * (USD 100 billion) is far above any CWD figure and refuses absurd input.
 */
export const MAX_AMOUNT_THOUSANDS = 100_000_000;
const amountSchema = z
  .number()
  .nonnegative({ error: 'must not be negative' })
  .max(MAX_AMOUNT_THOUSANDS, { error: `must be at most ${MAX_AMOUNT_THOUSANDS} (USD thousands)` });


/**
 * Amounts keyed by fiscal year ("2015": 1200). Keys are checked against the
 * dataset's fiscalYears; null is a year the source does not report (a blank
 * CSV cell), never 0.
 */
const byFiscalYearSchema = z.record(z.string().regex(/^\d{4}$/), amountSchema.nullable(), {
  error: (issue) => (issue.code === 'invalid_key' ? 'keys must be four-digit fiscal years, such as "2017"' : undefined),
});

const fundingRowSchema = z.object({
  agency: agencyIdSchema,
  program: programSchema,
  /** The row label exactly as printed ("DOS NADR - CWD"). */
  label: nameSchema,
  byFiscalYear: byFiscalYearSchema,
  /** Cumulative since the country's first CWD funding: its own figure, never the sum of the year columns. */
  cumulative: amountSchema,
});

const printedTotalSchema = z.object({
  label: nameSchema,
  byFiscalYear: byFiscalYearSchema,
  cumulative: amountSchema,
});


/** A country as the app holds it: its page, and its table in the dataset's latest edition. */
const countrySchema = z
  .object({
    ...countryPageFields,
    /** The country page's address; null for imported data that gives none. */
    source: urlSchema.nullable(),
    /** First year of CWD funding covered by the cumulative column; null where the page gives none. */
    cumulativeFrom: yearSchema.nullable(),
    funding: z.object({
      rows: z.array(fundingRowSchema).min(1, 'must have at least one funding row'),
      printedTotal: printedTotalSchema.nullable(),
    }),
  })
  .superRefine(checkResultLinks);

/** A page about a program rather than a country: the region's "Other U.S. Support", USAID's Leahy War Victims Fund. */
const programPageSchema = z
  .object({
    id: idSchema,
    title: titleSchema,
    source: urlSchema,
    /** The region page it sits beside; null for a page across regions. */
    regionId: idSchema.nullable(),
    coverage: coverageSchema,
    investment: investmentSchema.nullable(),
    /** The page's other money figures, such as one project's cost. */
    funding: z.array(resultSchema),
    partners: z.array(nameSchema),
    results: z.array(resultSchema),
    context: z.array(contextFigureSchema),
    activities: z.array(activitySchema),
  })
  .superRefine(checkResultLinks);

const regionSchema = z.object({
  id: idSchema,
  name: nameSchema,
  source: urlSchema,
  /** Cumulative CWD funding to the region, USD millions, as printed. */
  cumulativeUsdMillions: z.number().nonnegative({ error: 'must not be negative' }),
  cumulativeFrom: yearSchema,
  cumulativeTo: yearSchema,
  /** Each country's percent share of the regional total, names as printed (asterisks included). */
  countryShares: z.array(z.object({ name: nameSchema, percent: z.number().min(0).max(100) })),
  /** False where the page's list is cut short. */
  countrySharesComplete: z.boolean(),
});

/**
 * An earlier edition of the report, its tables as printed: each prints its
 * own three fiscal years and a cumulative through its last. The dataset's own
 * `source`, `fiscalYears` and country tables are the latest edition; these
 * sit beside it, so a year two editions print is shown with both figures.
 */
/** One edition's table for one country, as printed. */
const editionTableSchema = z.object({
  countryId: idSchema,
  page: urlSchema.nullable(),
  cumulativeFrom: yearSchema.nullable(),
  /** The heading row, where the page printed one ("Funding FY13 FY14 FY15 FY02–15 TOTAL"). */
  headerAsPrinted: noteSchema.nullable(),
  rows: z.array(fundingRowSchema).min(1),
  printedTotal: printedTotalSchema.nullable(),
});

/** Marks figures that came into this browser from a file (an office's own figures, say), not from the report as bundled. */
const importedSchema = z.boolean().default(false);

const earlierEditionSchema = z.object({
  id: idSchema,
  report: titleSchema,
  edition: yearSchema,
  editionNumber: z.number().int().positive().nullable(),
  publisher: titleSchema.nullable(),
  fiscalYears: z.array(yearSchema).min(1),
  /** False where only some of the edition's country pages could be found. */
  complete: z.boolean(),
  coverageNote: noteSchema.nullable(),
  imported: importedSchema,
  tables: z.array(editionTableSchema),
});

/** A group of countries named in the text (e.g. G5 Sahel), used as a default comparison set. */
const groupSchema = z.object({
  id: idSchema,
  name: nameSchema,
  members: z.array(idSchema).min(2),
  note: shownText(MAX_NOTE_CHARS).nullable(),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: idSchema,
    /** Where the figures come from; imported files may not say (null). */
    source: z.object({
      report: titleSchema,
      edition: yearSchema.nullable(),
      editionNumber: z.number().int().positive().nullable(),
      publisher: titleSchema.nullable(),
      imported: importedSchema,
      /** False where the file holds only some of the edition's country tables. */
      complete: z.boolean().default(true),
      coverageNote: noteSchema.nullable().default(null),
    }),
    units: z.object({ funding: z.literal('usd-thousands'), regional: z.literal('usd-millions') }),
    fiscalYears: z.array(yearSchema).min(1, 'must list at least one fiscal year'),
    countries: z.array(countrySchema).min(1, 'must have at least one country'),
    regions: z.array(regionSchema),
    programs: z.array(programPageSchema).default([]),
    earlierEditions: z.array(earlierEditionSchema).default([]),
    groups: z.array(groupSchema),
  })
  .superRefine((dataset, ctx) => {
    const years = dataset.fiscalYears;
    if (new Set(years).size !== years.length || years.some((y, i) => i > 0 && y <= (years[i - 1] ?? y))) {
      ctx.addIssue({ code: 'custom', message: 'must be in increasing order without repeats', path: ['fiscalYears'] });
    }
    const regionNames = new Set(dataset.regions.map((r) => r.name));
    const seen = new Set<string>();
    dataset.countries.forEach((country, c) => {
      if (seen.has(country.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate country id ${quoteShort(country.id)}`, path: ['countries', c, 'id'] });
      }
      seen.add(country.id);
      if (dataset.regions.length > 0 && !regionNames.has(country.region)) {
        ctx.addIssue({ code: 'custom', message: `region ${quoteShort(country.region)} is not one of the dataset's regions`, path: ['countries', c, 'region'] });
      }
      checkYearKeys(country.funding, years, ['countries', c, 'funding'], ctx);
    });
    checkCountryNames(dataset.countries, ctx);
    const ids = new Set(dataset.countries.map((c) => c.id));
    dataset.earlierEditions.forEach((edition, e) => {
      if (dataset.source.edition !== null && edition.edition >= dataset.source.edition) {
        ctx.addIssue({ code: 'custom', message: `must be earlier than the dataset's own edition, ${dataset.source.edition}`, path: ['earlierEditions', e, 'edition'] });
      }
      edition.tables.forEach((table, t) => {
        if (!ids.has(table.countryId)) {
          ctx.addIssue({ code: 'custom', message: 'is not a country of this dataset', path: ['earlierEditions', e, 'tables', t, 'countryId'] });
        }
        checkYearKeys(table, edition.fiscalYears, ['earlierEditions', e, 'tables', t], ctx);
      });
    });
    dataset.groups.forEach((group, g) => {
      group.members.forEach((member, m) => {
        if (!ids.has(member)) ctx.addIssue({ code: 'custom', message: `unknown country id ${quoteShort(member)}`, path: ['groups', g, 'members', m] });
      });
    });
  });


/** The edition that is a dataset's latest: one with no year (an office's own figures) else the latest year. */
export function latestEditionIndex(editions: readonly { edition: number | null }[]): number {
  let best = 0;
  editions.forEach((e, i) => {
    const b = editions[best]?.edition;
    if (b === null) return;
    if (e.edition === null || (b !== undefined && e.edition > b)) best = i;
  });
  return best;
}

/**
 * Schema version 2, the file format the dashboard writes: editions are the
 * model. Each edition lists its fiscal years and its country tables as
 * printed, each table's cumulative running through the edition's last fiscal
 * year; the countries hold what their pages say besides the table. Version 1
 * files (the latest edition inline, `earlierEditions` beside it) still load.
 */
const fileEditionSchema = z.object({
  id: idSchema,
  report: titleSchema,
  /** The edition's year; null for figures that are not a report edition (an office's file), taken as later than every edition. */
  edition: yearSchema.nullable(),
  editionNumber: z.number().int().positive().nullable(),
  publisher: titleSchema.nullable(),
  fiscalYears: z.array(yearSchema).min(1, 'must list at least one fiscal year'),
  complete: z.boolean(),
  coverageNote: noteSchema.nullable(),
  imported: importedSchema,
  tables: z.array(editionTableSchema),
});

export const datasetFileSchema = z
  .object({
    schemaVersion: z.literal(2),
    id: idSchema,
    units: z.object({ funding: z.literal('usd-thousands'), regional: z.literal('usd-millions') }),
    editions: z.array(fileEditionSchema).min(1, 'must have at least one edition'),
    countries: z.array(z.object(countryPageFields).superRefine(checkResultLinks)).min(1, 'must have at least one country'),
    regions: z.array(regionSchema),
    programs: z.array(programPageSchema).default([]),
    groups: z.array(groupSchema),
  })
  .superRefine((file, ctx) => {
    const ids = new Set(file.countries.map((c) => c.id));
    const editionIds = new Set<string>();
    const editionYears = new Set<number | null>();
    file.editions.forEach((edition, e) => {
      const years = edition.fiscalYears;
      if (new Set(years).size !== years.length || years.some((y, i) => i > 0 && y <= (years[i - 1] ?? y))) {
        ctx.addIssue({ code: 'custom', message: 'must be in increasing order without repeats', path: ['editions', e, 'fiscalYears'] });
      }
      if (editionIds.has(edition.id)) ctx.addIssue({ code: 'custom', message: `a second edition with id ${quoteShort(edition.id)}`, path: ['editions', e, 'id'] });
      editionIds.add(edition.id);
      if (editionYears.has(edition.edition)) {
        ctx.addIssue({
          code: 'custom',
          message: edition.edition === null ? 'a second edition without a year; only the latest figures may have none' : `a second ${edition.edition} edition`,
          path: ['editions', e, 'edition'],
        });
      }
      editionYears.add(edition.edition);
      const tabled = new Set<string>();
      edition.tables.forEach((table, t) => {
        if (!ids.has(table.countryId)) ctx.addIssue({ code: 'custom', message: 'is not a country of this dataset', path: ['editions', e, 'tables', t, 'countryId'] });
        if (tabled.has(table.countryId)) ctx.addIssue({ code: 'custom', message: `a second table for ${quoteShort(table.countryId)} in this edition`, path: ['editions', e, 'tables', t, 'countryId'] });
        tabled.add(table.countryId);
        checkYearKeys(table, edition.fiscalYears, ['editions', e, 'tables', t], ctx);
      });
    });
    const latest = latestEditionIndex(file.editions);
    const inLatest = new Set(file.editions[latest]?.tables.map((t) => t.countryId));
    file.countries.forEach((country, c) => {
      if (!inLatest.has(country.id)) {
        ctx.addIssue({ code: 'custom', message: `has no table in the latest edition (${quoteShort(file.editions[latest]?.id ?? '')}); every country needs one`, path: ['countries', c, 'id'] });
      }
    });
    checkCountryNames(file.countries, ctx);
  });

export type DatasetFile = z.infer<typeof datasetFileSchema>;
export type DatasetFileInput = z.input<typeof datasetFileSchema>;

export type AgencyId = z.infer<typeof agencyIdSchema>;
export type Program = z.infer<typeof programSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Country = Dataset['countries'][number];
export type FundingRow = Country['funding']['rows'][number];
export type PrintedTotal = NonNullable<Country['funding']['printedTotal']>;
export type Result = Country['results'][number];
export type Activity = Country['activities'][number];
export type Period = Result['period'];
export type ContextFigure = Country['context'][number];
export type Investment = NonNullable<Country['investment']>;
export type Coverage = NonNullable<Country['coverage']>;
export type ProgramPage = Dataset['programs'][number];
export type EarlierEdition = Dataset['earlierEditions'][number];
export type Bound = z.infer<typeof boundSchema>;
export type FigureUnit = z.infer<typeof figureUnitSchema>;
export type Footnote = Country['footnotes'][number];
export type DatasetSource = Dataset['source'];
export type Region = Dataset['regions'][number];
export type CountryGroup = Dataset['groups'][number];
