import { z } from 'zod';
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

const yearSchema = z.number().int().min(1990).max(2100);

/** Amounts keyed by fiscal year ("2015": 1200). Keys are checked against the dataset's fiscalYears. */
const byFiscalYearSchema = z.record(z.string().regex(/^\d{4}$/), amountSchema, {
  error: (issue) => (issue.code === 'invalid_key' ? 'keys must be four-digit fiscal years, such as "2017"' : undefined),
});

const fundingRowSchema = z.object({
  agency: agencyIdSchema,
  program: programSchema,
  /** The row label exactly as printed ("DOS NADR - CWD"). */
  label: z.string().min(1),
  byFiscalYear: byFiscalYearSchema,
  /** Cumulative since the country's first CWD funding: its own figure, never the sum of the year columns. */
  cumulative: amountSchema,
});

const printedTotalSchema = z.object({
  label: z.string().min(1),
  byFiscalYear: byFiscalYearSchema,
  cumulative: amountSchema,
});

/** A span of calendar years ("in 2017" is from = to = 2017). */
export const periodSchema = z
  .object({
    from: yearSchema,
    to: yearSchema,
    /** How the source words the period, e.g. "since MAG began PSSM operations in Mali in 2015". */
    note: z.string().min(1).nullable(),
  })
  .refine((p) => p.from <= p.to, { error: 'period "from" must not be after "to"', path: ['to'] });

const resultSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.number().nonnegative({ error: 'must not be negative' }),
  /** "more than 27,990" is a lower bound, not an exact count. */
  bound: z.enum(['exact', 'more-than']),
  unit: z.enum(['count', 'usd-millions']),
  period: periodSchema,
  partner: z.string().min(1).nullable(),
  /** null: the figure covers all U.S. agencies together. */
  agency: agencyIdSchema.nullable(),
});

const activitySchema = z.object({
  id: z.string().min(1),
  partner: z.string().min(1),
  agency: agencyIdSchema,
  period: periodSchema,
  /** Our own words, not the report's. */
  summary: z.string().min(1),
  resultIds: z.array(z.string().min(1)),
});

const footnoteSchema = z.object({
  id: z.string().min(1),
  /** Exactly as printed, marker included. */
  text: z.string().min(1),
  /** The agency whose figures it qualifies; null when it qualifies the whole table. */
  agency: agencyIdSchema.nullable(),
});

const countrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "mali"'),
    name: z.string().min(1),
    region: z.string().min(1),
    /** The country page's address; null for imported data that gives none. */
    source: z.url({ protocol: /^https?$/ }).nullable(),
    /** First year of CWD funding covered by the cumulative column; null where the page gives none. */
    cumulativeFrom: yearSchema.nullable(),
    funding: z.object({
      rows: z.array(fundingRowSchema).min(1, 'must have at least one funding row'),
      printedTotal: printedTotalSchema.nullable(),
    }),
    footnotes: z.array(footnoteSchema),
    partners: z.array(z.string().min(1)),
    partnersComplete: z.boolean(),
    /** Results and activities from the page text; empty where the text has not been transcribed. */
    results: z.array(resultSchema),
    activities: z.array(activitySchema),
    /** Whether the page's narrative (results, activities) is in the dataset, so "no results" can be told from "not transcribed". */
    narrativeIncluded: z.boolean(),
  })
  .superRefine((country, ctx) => {
    const resultIds = new Set(country.results.map((r) => r.id));
    country.activities.forEach((activity, i) => {
      activity.resultIds.forEach((id, j) => {
        if (!resultIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `refers to result "${id}", which this country does not have`,
            path: ['activities', i, 'resultIds', j],
          });
        }
      });
    });
  });

const regionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  source: z.url({ protocol: /^https?$/ }),
  /** Cumulative CWD funding to the region, USD millions, as printed. */
  cumulativeUsdMillions: z.number().nonnegative({ error: 'must not be negative' }),
  cumulativeFrom: yearSchema,
  cumulativeTo: yearSchema,
  /** Each country's percent share of the regional total, names as printed (asterisks included). */
  countryShares: z.array(z.object({ name: z.string().min(1), percent: z.number().min(0).max(100) })),
  /** False where the page's list is cut short. */
  countrySharesComplete: z.boolean(),
});

/** A group of countries named in the text (e.g. G5 Sahel), used as a default comparison set. */
const groupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  members: z.array(z.string().min(1)).min(2),
  note: z.string().nullable(),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    /** Where the figures come from; imported files may not say (null). */
    source: z.object({
      report: z.string().min(1),
      edition: yearSchema.nullable(),
      editionNumber: z.number().int().positive().nullable(),
      publisher: z.string().min(1).nullable(),
    }),
    units: z.object({ funding: z.literal('usd-thousands'), regional: z.literal('usd-millions') }),
    fiscalYears: z.array(yearSchema).min(1, 'must list at least one fiscal year'),
    countries: z.array(countrySchema).min(1, 'must have at least one country'),
    regions: z.array(regionSchema),
    groups: z.array(groupSchema),
  })
  .superRefine((dataset, ctx) => {
    const years = dataset.fiscalYears;
    if (new Set(years).size !== years.length || years.some((y, i) => i > 0 && y <= (years[i - 1] ?? y))) {
      ctx.addIssue({ code: 'custom', message: 'must be in increasing order without repeats', path: ['fiscalYears'] });
    }
    const expected = years.map(String).sort().join(', ');
    const regionNames = new Set(dataset.regions.map((r) => r.name));
    const seen = new Set<string>();
    dataset.countries.forEach((country, c) => {
      if (seen.has(country.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate country id "${country.id}"`, path: ['countries', c, 'id'] });
      }
      seen.add(country.id);
      const tables = [
        ...country.funding.rows.map((row, r) => ({ keys: row.byFiscalYear, path: ['countries', c, 'funding', 'rows', r, 'byFiscalYear'] })),
        ...(country.funding.printedTotal
          ? [{ keys: country.funding.printedTotal.byFiscalYear, path: ['countries', c, 'funding', 'printedTotal', 'byFiscalYear'] }]
          : []),
      ];
      if (dataset.regions.length > 0 && !regionNames.has(country.region)) {
        ctx.addIssue({ code: 'custom', message: `region "${country.region}" is not one of the dataset's regions`, path: ['countries', c, 'region'] });
      }
      for (const { keys, path } of tables) {
        const found = Object.keys(keys).sort().join(', ');
        if (found !== expected) {
          ctx.addIssue({ code: 'custom', message: `expected fiscal years ${expected}, found ${found || 'none'}`, path });
        }
      }
    });
    const ids = new Set(dataset.countries.map((c) => c.id));
    dataset.groups.forEach((group, g) => {
      group.members.forEach((member, m) => {
        if (!ids.has(member)) ctx.addIssue({ code: 'custom', message: `unknown country id "${member}"`, path: ['groups', g, 'members', m] });
      });
    });
  });

export type AgencyId = z.infer<typeof agencyIdSchema>;
export type Program = z.infer<typeof programSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Country = Dataset['countries'][number];
export type FundingRow = Country['funding']['rows'][number];
export type PrintedTotal = NonNullable<Country['funding']['printedTotal']>;
export type Result = Country['results'][number];
export type Activity = Country['activities'][number];
export type Period = Result['period'];
export type Footnote = Country['footnotes'][number];
export type DatasetSource = Dataset['source'];
export type Region = Dataset['regions'][number];
export type CountryGroup = Dataset['groups'][number];
