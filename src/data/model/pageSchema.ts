import { z } from './zod.ts';
import { agencyIdSchema, atMost, calendarYearSchema, idSchema, MAX_ID_CHARS, nameSchema, noteSchema, yearSchema } from './schemaBasics.ts';
import { quoteShort } from '../../lib/safeText.ts';

/* What a country's page says besides its funding table: results with their periods, context, activities, footnotes. */

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

export const figureFields = {
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
export const resultSchema = z.object({
  ...figureFields,
  partner: nameSchema.nullable(),
  /** null: the page credits the United States without naming an agency. */
  agency: agencyIdSchema.nullable(),
});

/** A figure about the situation the program works in (casualties, contamination remaining): never a result. */
export const contextFigureSchema = z.object(figureFields);

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

export const activitySchema = z.object({
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
export function checkResultLinks(page: { results: readonly { id: string }[]; activities: readonly { resultIds: readonly string[] }[] }, ctx: z.RefinementCtx) {
  const resultIds = new Set(page.results.map((r) => r.id));
  page.activities.forEach((activity, i) => {
    activity.resultIds.forEach((id, j) => {
      if (!resultIds.has(id)) {
        ctx.addIssue({ code: 'custom', message: `refers to result ${quoteShort(id)}, which this page does not have`, path: ['activities', i, 'resultIds', j] });
      }
    });
  });
}

export const footnoteSchema = z.object({
  id: idSchema,
  /** Exactly as printed, marker included. */
  text: noteSchema,
  /** The agency whose figures it qualifies; null when it qualifies the whole table. */
  agency: agencyIdSchema.nullable(),
});

/** What a country page says besides its funding table: the same in every schema version. */
export const countryPageFields = {
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
