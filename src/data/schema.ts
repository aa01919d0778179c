import { z } from 'zod';
import { AGENCY_IDS } from './agencyIds';

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
const byFiscalYearSchema = z.record(z.string().regex(/^\d{4}$/, 'keys must be four-digit fiscal years'), amountSchema);

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
    source: z.url({ protocol: /^https?$/ }),
    /** First year of CWD funding covered by the cumulative column; null where the page gives none. */
    cumulativeFrom: yearSchema.nullable(),
    funding: z.object({
      rows: z.array(fundingRowSchema).min(1, 'must have at least one funding row'),
      printedTotal: printedTotalSchema.nullable(),
    }),
    footnotes: z.array(footnoteSchema),
    partners: z.array(z.string().min(1)),
    partnersComplete: z.boolean(),
    results: z.array(resultSchema),
    activities: z.array(activitySchema),
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

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    source: z.object({
      report: z.string().min(1),
      edition: yearSchema,
      editionNumber: z.number().int().positive().nullable(),
      publisher: z.string().min(1),
    }),
    units: z.object({ funding: z.literal('usd-thousands') }),
    fiscalYears: z.array(yearSchema).min(1, 'must list at least one fiscal year'),
    countries: z.array(countrySchema).min(1, 'must have at least one country'),
  })
  .superRefine((dataset, ctx) => {
    const years = dataset.fiscalYears;
    if (new Set(years).size !== years.length || years.some((y, i) => i > 0 && y <= (years[i - 1] ?? y))) {
      ctx.addIssue({ code: 'custom', message: 'must be in increasing order without repeats', path: ['fiscalYears'] });
    }
    const expected = years.map(String).sort().join(', ');
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
      for (const { keys, path } of tables) {
        const found = Object.keys(keys).sort().join(', ');
        if (found !== expected) {
          ctx.addIssue({ code: 'custom', message: `expected fiscal years ${expected}, found ${found || 'none'}`, path });
        }
      }
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
