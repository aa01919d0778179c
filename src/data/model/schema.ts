import { readingOf } from '../../lib/lookAlike.ts';
import { cleanText, quoteShort } from '../../lib/safeText';
import { z } from './zod';

import { AGENCY_IDS } from './agencyIds.ts';

/**
 * The dataset's shape, defined once. Every type the app uses for data is
 * inferred from these schemas, so the validator and the types cannot drift.
 */

export const agencyIdSchema = z.enum(AGENCY_IDS);

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
 * The longest text a file may give, by kind: each far above anything the report prints (its longest
 * name is 104 characters, its longest note or summary 296), short enough that no heading, table, chart
 * or export is stretched by it.
 */
export const MAX_NAME_CHARS = 200;
/** A report's or a page's title, and a publisher. */
export const MAX_TITLE_CHARS = 300;
/** Footnotes, notes on a period or on coverage, summaries of an activity. */
export const MAX_NOTE_CHARS = 2000;
/** Ids are not shown, but name files and views; an import's id comes from its file name (up to 255 characters). */
export const MAX_ID_CHARS = 300;
export const MAX_URL_CHARS = 2000;

const atMost = (max: number) => ({ error: `must be at most ${max} characters` });

/**
 * Text from a file that the page shows or writes, at most `max` characters. Control, bidirectional and
 * zero-width characters are dropped and the text composed (NFC) as it is read (see lib/safeText.ts),
 * so no heading, chart label, table or export can be broken or reordered by them ("Mali\u202Egnp.exe"),
 * wherever the text ends up.
 */
function shownText(max: number) {
  return z.string().overwrite(cleanText).max(max, atMost(max));
}

const nameSchema = shownText(MAX_NAME_CHARS).min(1);
const titleSchema = shownText(MAX_TITLE_CHARS).min(1);
const noteSchema = shownText(MAX_NOTE_CHARS).min(1);
const idSchema = shownText(MAX_ID_CHARS).min(1);
const urlSchema = z.url({ protocol: /^https?$/ }).max(MAX_URL_CHARS, atMost(MAX_URL_CHARS));

const yearSchema = z.number().int().min(1990).max(2100);
/** Calendar years in page text reach further back than funding ("the 1975–1990 civil war"). */
const calendarYearSchema = z.number().int().min(1900).max(2100);

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

/**
 * A span of calendar years, as the page words it ("in 2017" is from = to =
 * 2017). `from` is null where the page gives no start ("to date", "as of
 * December 2017"): the figure runs up to `to`.
 */
export const periodSchema = z
  .object({
    from: calendarYearSchema.nullable(),
    to: calendarYearSchema,
    /** How the source words the period, e.g. "since MAG began PSSM operations in Mali in 2015". */
    note: noteSchema.nullable(),
  })
  .refine((p) => p.from === null || p.from <= p.to, { error: 'period "from" must not be after "to"', path: ['to'] });

/** How the page qualifies a figure: "more than" and "over" are more-than; "approximately", "about" and "some" are approximately. */
export const boundSchema = z.enum(['exact', 'more-than', 'at-least', 'approximately', 'nearly', 'less-than']);

/** What a figure counts or measures. For a count, what is counted is in the label. */
export const figureUnitSchema = z.enum(['count', 'square-meters', 'square-kilometers', 'metric-tons', 'percent', 'usd', 'usd-millions']);

const figureFields = {
  id: idSchema,
  /** Reads after the value: "weapons secured", "of land released". */
  label: nameSchema,
  value: z.number().nonnegative({ error: 'must not be negative' }),
  /** The figure's words exactly as printed ("more than 27,990", "two"); null for data that gives none. */
  valueText: nameSchema.nullable().default(null),
  bound: boundSchema,
  unit: figureUnitSchema,
  /** A conversion printed beside the figure ("399 acres"), as printed. */
  alsoPrinted: nameSchema.nullable().default(null),
  period: periodSchema,
};

/** What the program produced: weapons destroyed, land released, people trained. */
const resultSchema = z.object({
  ...figureFields,
  partner: nameSchema.nullable(),
  /** null: the page credits the United States without naming an agency. */
  agency: agencyIdSchema.nullable(),
});

/** A figure about the situation the program works in (casualties, contamination remaining): never a result. */
const contextFigureSchema = z.object(figureFields);

/** The page's own sentence on total U.S. investment: a funding summary, checked against the table's cumulative. */
export const investmentSchema = z.object({
  valueText: nameSchema,
  value: z.number().nonnegative({ error: 'must not be negative' }),
  bound: boundSchema,
  unit: z.enum(['usd', 'usd-millions']),
  from: yearSchema.nullable(),
  to: yearSchema,
});

/** How much of the page's text the dataset holds. */
export const coverageSchema = z.object({
  status: z.enum(['complete', 'likely-complete', 'partial']),
  /** What a page cut short lacks, in plain words. */
  missing: noteSchema.nullable(),
});

const activitySchema = z.object({
  id: idSchema,
  /** null where the page names no partner ("the United States supported …"). */
  partner: nameSchema.nullable(),
  agency: agencyIdSchema.nullable(),
  period: periodSchema,
  /** Our own words, not the report's. */
  summary: noteSchema,
  resultIds: z.array(idSchema),
});

/** Checks that every activity names results its page has. */
function checkResultLinks(page: { results: readonly { id: string }[]; activities: readonly { resultIds: readonly string[] }[] }, ctx: z.RefinementCtx) {
  const resultIds = new Set(page.results.map((r) => r.id));
  page.activities.forEach((activity, i) => {
    activity.resultIds.forEach((id, j) => {
      if (!resultIds.has(id)) {
        ctx.addIssue({ code: 'custom', message: `refers to result ${quoteShort(id)}, which this page does not have`, path: ['activities', i, 'resultIds', j] });
      }
    });
  });
}

const footnoteSchema = z.object({
  id: idSchema,
  /** Exactly as printed, marker included. */
  text: noteSchema,
  /** The agency whose figures it qualifies; null when it qualifies the whole table. */
  agency: agencyIdSchema.nullable(),
});

/** What a country page says besides its funding table: the same in every schema version. */
const countryPageFields = {
  id: z.string().max(MAX_ID_CHARS, atMost(MAX_ID_CHARS)).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "mali"'),
  name: nameSchema,
  region: nameSchema,
  footnotes: z.array(footnoteSchema),
  partners: z.array(nameSchema),
  partnersComplete: z.boolean(),
  /** Results and activities from the page text; empty where the dataset has none. */
  results: z.array(resultSchema),
  /** Figures that describe the situation, kept apart from results. */
  context: z.array(contextFigureSchema).default([]),
  activities: z.array(activitySchema),
  /** The page's own sentence on total U.S. investment, where it has one. */
  investment: investmentSchema.nullable().default(null),
  /** Whether the page's narrative (results, activities) is in the dataset, so "no results" can be told from "not in this file". */
  narrativeIncluded: z.boolean(),
  /** How much of the page text the narrative covers; null where the dataset does not say. */
  coverage: coverageSchema.nullable().default(null),
};

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

/**
 * Two countries whose names read alike ("Mali" and "Mаli" with a Cyrillic "а", or the same name twice)
 * would look like one on the page, in a picker and in every chart: refused, naming both.
 */
function checkCountryNames(countries: readonly { id: string; name: string }[], ctx: z.RefinementCtx) {
  const read = new Map<string, number>();
  countries.forEach((country, c) => {
    const reading = readingOf(country.name);
    const first = read.get(reading);
    const other = first === undefined ? undefined : countries[first];
    if (first === undefined || !other) {
      read.set(reading, c);
      return;
    }
    // A repeated id is refused as such.
    if (other.id === country.id) return;
    // The problem adds the name found here, so the message names the other.
    const message =
      other.name === country.name
        ? `is also the name of countries[${first}]; each country needs a name of its own`
        : `reads the same as ${quoteShort(other.name)}, the name of countries[${first}]; each country needs a name that reads differently`;
    ctx.addIssue({ code: 'custom', message, path: ['countries', c, 'name'] });
  });
}

/** A list of years or keys in a message: at most twelve, however many the file gives. */
function listShort(items: readonly string[]): string {
  const shown = items.slice(0, 12).map((item) => (/^\d{4}$/.test(item) ? item : quoteShort(item)));
  return items.length > 12 ? `${shown.join(', ')} and ${items.length - 12} more` : shown.join(', ');
}

/** Every row of a table, and its printed total, must give exactly the fiscal years its edition prints. */
function checkYearKeys(
  table: { rows: readonly { byFiscalYear: Record<string, number | null> }[]; printedTotal: { byFiscalYear: Record<string, number | null> } | null },
  years: readonly number[],
  path: readonly PropertyKey[],
  ctx: z.RefinementCtx,
) {
  const expected = years.map(String).sort();
  const cells = [
    ...table.rows.map((row, r) => ({ keys: row.byFiscalYear, at: [...path, 'rows', r, 'byFiscalYear'] })),
    ...(table.printedTotal ? [{ keys: table.printedTotal.byFiscalYear, at: [...path, 'printedTotal', 'byFiscalYear'] }] : []),
  ];
  for (const { keys, at } of cells) {
    const found = Object.keys(keys).sort();
    if (found.join() !== expected.join()) {
      ctx.addIssue({ code: 'custom', message: `expected fiscal years ${listShort(expected)}, found ${listShort(found) || 'none'}`, path: at });
    }
  }
}

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
