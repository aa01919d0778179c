import { z } from '../model/zod';
import { DatasetValidationError, type DatasetProblem } from '../model/datasetError';
import { footnoteAgency, mapFundingLabel } from '../model/fundingLabels';
import { formatPath } from '../model/parseDataset';

/**
 * Turns the edition's funding tables, as transcribed (printed labels, fyNNNN
 * columns, USD thousands), plus the hand-made narrative file, into the app's
 * dataset shape. The result is then validated by the one dataset schema.
 */

const metaSchema = z.object({
  report: z.string(),
  edition: z.number().int(),
  editionNumber: z.number().int().nullable(),
  publisher: z.string(),
  columns: z.record(z.string(), z.string()),
  /** Earlier editions: "partial: only the country pages whose stored copy could be found …". */
  coverage: z.string().optional(),
});

const tableSchema = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  source: z.string(),
  cumulativeFrom: z.number().int().nullable(),
  headerAsPrinted: z.string().nullable().optional(),
  rows: z.array(z.object({ label: z.string() }).catchall(z.number())),
  printedTotal: z.object({}).catchall(z.number()).nullable(),
  printedTotalLabel: z.string().optional(),
  footnotes: z.array(z.string()),
  partners: z.array(z.string()),
  partnersComplete: z.boolean(),
});
type TableFile = z.infer<typeof tableSchema>;

/** An earlier edition's file: the same shape, country tables only. */
const earlierEditionFileSchema = z.object({ meta: metaSchema, countries: z.array(tableSchema) });

const fundingTablesSchema = z.object({
  meta: metaSchema,
  countries: z.array(tableSchema),
  regions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      source: z.string(),
      cumulativeUsdMillion: z.number(),
      cumulativeFrom: z.number().int(),
      cumulativeTo: z.number().int(),
      countrySharePercent: z.record(z.string(), z.number()),
      countryShareComplete: z.boolean(),
    }),
  ),
});

/** The page texts' narrative, one entry per page (src/data/datasets/tweis-2018-narrative/): checked in full by the dataset schema. */
const narrativeSchema = z.object({
  countries: z.array(
    z.object({
      id: z.string(),
      coverage: z.unknown(),
      investment: z.unknown(),
      partners: z.array(z.string()),
      results: z.array(z.unknown()),
      context: z.array(z.unknown()),
      activities: z.array(z.unknown()),
    }),
  ),
  programs: z.array(z.unknown()),
  groups: z.array(z.unknown()),
});

export type NarrativeFiles = z.input<typeof narrativeSchema>;

function refuse(error: z.ZodError, file: string): never {
  throw new DatasetValidationError(error.issues.map((i) => ({ path: `${file}: ${formatPath(i.path)}`, message: i.message })));
}

function fiscalYearsOf(columns: Record<string, string>): number[] {
  return Object.keys(columns)
    .flatMap((key) => {
      const match = /^fy(\d{4})$/.exec(key);
      return match?.[1] ? [Number(match[1])] : [];
    })
    .sort((a, b) => a - b);
}

function byFiscalYear(cells: Record<string, number>, years: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const year of years) {
    const value = cells[`fy${year}`];
    // Missing cells stay missing, so the dataset schema names them.
    if (value !== undefined) out[String(year)] = value;
  }
  return out;
}

/** A table's rows and printed total in the dataset's shape: printed labels mapped to lines, unknown ones reported. */
function mapTable(country: TableFile, years: readonly number[], where: string, problems: DatasetProblem[]) {
  const rows = country.rows.flatMap((row, r) => {
    const line = mapFundingLabel(row.label);
    if (!line) {
      problems.push({
        path: `${where}.rows[${r}].label`,
        message: `unknown funding line "${row.label}" (${country.name}); expected DOS NADR - CWD, DOS Other, DoD, USAID or CDC`,
      });
      return [];
    }
    const { label, ...cells } = row;
    return [{ ...line, label, byFiscalYear: byFiscalYear(cells, years), cumulative: cells.cumulative ?? Number.NaN }];
  });
  const printed = country.printedTotal;
  return {
    rows,
    printedTotal: printed
      ? { label: country.printedTotalLabel ?? 'COUNTRY TOTAL', byFiscalYear: byFiscalYear(printed, years), cumulative: printed.cumulative ?? Number.NaN }
      : null,
  };
}

/** Earlier editions' files as the dataset's earlierEditions, tables as printed. */
function earlierEditions(files: readonly unknown[], problems: DatasetProblem[]): unknown[] {
  return files.map((raw, f) => {
    const parsed = earlierEditionFileSchema.safeParse(raw);
    if (!parsed.success) refuse(parsed.error, `earlier edition file ${f + 1}`);
    const { meta, countries } = parsed.data;
    const years = fiscalYearsOf(meta.columns);
    return {
      id: `tweis-${meta.edition}`,
      report: meta.report,
      edition: meta.edition,
      editionNumber: meta.editionNumber,
      publisher: meta.publisher,
      fiscalYears: years,
      complete: meta.coverage === undefined || !meta.coverage.startsWith('partial'),
      coverageNote: meta.coverage ?? null,
      tables: countries.map((country, c) => ({
        countryId: country.id,
        page: country.source,
        cumulativeFrom: country.cumulativeFrom,
        headerAsPrinted: country.headerAsPrinted ?? null,
        ...mapTable(country, years, `tweis-${meta.edition} funding tables: countries[${c}]`, problems),
      })),
    };
  });
}

/** Returns the dataset as plain JSON, not yet validated: pass it to parseDataset. */
export function buildDatasetFromFundingTables(fundingRaw: unknown, narrativeRaw: unknown, earlierRaw: readonly unknown[] = []): Record<string, unknown> {
  const tables = fundingTablesSchema.safeParse(fundingRaw);
  if (!tables.success) refuse(tables.error, 'funding tables');
  const narrative = narrativeSchema.safeParse(narrativeRaw);
  if (!narrative.success) refuse(narrative.error, 'narrative');

  const years = fiscalYearsOf(tables.data.meta.columns);
  const narrativeById = new Map(narrative.data.countries.map((c) => [c.id, c]));
  const problems: DatasetProblem[] = [];

  const tableIds = new Set(tables.data.countries.map((c) => c.id));
  narrative.data.countries.forEach((story, i) => {
    if (!tableIds.has(story.id)) {
      problems.push({ path: `narrative: countries[${i}].id`, message: `"${story.id}" has no funding table; expected the id of a country in the funding tables` });
    }
  });

  const countries = tables.data.countries.map((country, c) => {
    const story = narrativeById.get(country.id);
    return {
      id: country.id,
      name: country.name,
      region: country.region,
      source: country.source,
      cumulativeFrom: country.cumulativeFrom,
      funding: mapTable(country, years, `funding tables: countries[${c}]`, problems),
      footnotes: country.footnotes.map((text, i) => ({ id: `${country.id}-footnote-${i + 1}`, text, agency: footnoteAgency(text) })),
      // Partners named in the table file, then any more named in the page text.
      partners: [...new Set([...country.partners, ...(story?.partners ?? [])])],
      partnersComplete: country.partnersComplete,
      results: story?.results ?? [],
      context: story?.context ?? [],
      activities: story?.activities ?? [],
      investment: story?.investment ?? null,
      narrativeIncluded: story !== undefined,
      coverage: story?.coverage ?? null,
    };
  });
  const earlier = earlierEditions(earlierRaw, problems);
  if (problems.length > 0) throw new DatasetValidationError(problems);

  const { meta } = tables.data;
  return {
    schemaVersion: 1,
    id: `tweis-${meta.edition}`,
    source: { report: meta.report, edition: meta.edition, editionNumber: meta.editionNumber, publisher: meta.publisher },
    units: { funding: 'usd-thousands', regional: 'usd-millions' },
    fiscalYears: years,
    countries,
    regions: tables.data.regions.map((region) => ({
      id: region.id,
      name: region.name,
      source: region.source,
      cumulativeUsdMillions: region.cumulativeUsdMillion,
      cumulativeFrom: region.cumulativeFrom,
      cumulativeTo: region.cumulativeTo,
      countryShares: Object.entries(region.countrySharePercent).map(([name, percent]) => ({ name, percent })),
      countrySharesComplete: region.countryShareComplete,
    })),
    programs: narrative.data.programs,
    earlierEditions: earlier,
    groups: narrative.data.groups,
  };
}
