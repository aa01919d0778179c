import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToCsvTable } from '../../src/data/csv/writeCsv';
import { importDatasetText } from '../../src/data/import/importFile';
import type { ImportResult } from '../../src/data/import/fileCheck';
import type { z } from 'zod';
import type { Dataset, datasetSchema } from '../../src/data/model/schema';
import { tableToCsv } from '../../src/lib/export/csv';
import { toFileV2 } from '../../src/data/model/fileFormat';
import { slug } from '../../src/lib/slug';

const LINES = [
  { agency: 'dos', program: 'nadr-cwd', labels: ['DOS NADR - CWD'] },
  { agency: 'dos', program: 'other', labels: ['DOS Other', 'DOS OTHER', 'DOS-OTHER'] },
  { agency: 'dod', program: null, labels: ['DoD', 'DOD'] },
  { agency: 'usaid', program: null, labels: ['USAID'] },
  { agency: 'cdc', program: null, labels: ['CDC'] },
] as const;

// Amounts as the report prints them (whole thousands) and some with decimals.
const amount = fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000));

// Text with the awkward characters spreadsheets and CSV care about, trimmed and never blank.
const text = fc
  .string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', "'", '=', '+', '-', '@', 'é', 'ü', '<', '>', '&', '\n', '1'), minLength: 1, maxLength: 16 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && s.toUpperCase() !== 'COUNTRY TOTAL');

const datasetArb = fc
  .record({
    years: fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 1, maxLength: 4 }).map((ys) => [...ys].sort((a, b) => a - b)),
    names: fc.uniqueArray(text.filter((s) => slug(s).length > 0), { minLength: 1, maxLength: 4, selector: (s) => slug(s) }),
  })
  .chain(({ years, names }) =>
    fc.record({
      years: fc.constant(years),
      countries: fc.tuple(
        ...names.map((name) =>
          fc.record({
            name: fc.constant(name),
            region: text,
            source: fc.option(fc.webUrl({ validSchemes: ['https'] }), { nil: null }),
            cumulativeFrom: fc.option(fc.integer({ min: 1993, max: 2030 }), { nil: null }),
            lines: fc.subarray([...LINES], { minLength: 1 }),
            labelPick: fc.nat(),
            amounts: fc.array(fc.array(amount, { minLength: years.length + 1, maxLength: years.length + 1 }), { minLength: 6, maxLength: 6 }),
            printed: fc.boolean(),
          }),
        ),
      ),
    }),
  )
  .map(({ years, countries }): V1Dataset => {
    const byYear = (values: number[]) => Object.fromEntries(years.map((y, i) => [String(y), values[i] ?? 0]));
    return {
      schemaVersion: 1,
      id: 'generated',
      source: { report: 'Generated', edition: null, editionNumber: null, publisher: null },
      units: { funding: 'usd-thousands', regional: 'usd-millions' },
      fiscalYears: years,
      countries: countries.map((c) => ({
        id: slug(c.name),
        name: c.name,
        region: c.region,
        source: c.source,
        cumulativeFrom: c.cumulativeFrom,
        funding: {
          rows: c.lines.map((line, i) => ({
            agency: line.agency,
            program: line.program,
            label: line.labels[c.labelPick % line.labels.length] ?? line.labels[0],
            byFiscalYear: byYear(c.amounts[i] ?? []),
            cumulative: c.amounts[i]?.[years.length] ?? 0,
          })),
          // A printed total need not match its rows: it is kept and flagged.
          printedTotal: c.printed ? { label: 'COUNTRY TOTAL', byFiscalYear: byYear(c.amounts[5] ?? []), cumulative: c.amounts[5]?.[years.length] ?? 0 } : null,
        },
        footnotes: [],
        partners: [],
        partnersComplete: false,
        results: [],
        activities: [],
        narrativeIncluded: false,
      })),
      regions: [],
      groups: [],
    };
  });

/** A dataset as a v1 file writes it: without the fields the schema fills in (context, investment, coverage, programs, earlierEditions). */
type V1Dataset = z.input<typeof datasetSchema>;

/** What the schema makes of a v1 file: the same dataset with the new fields at their defaults, nothing else changed. */
function withSchemaDefaults(dataset: V1Dataset): Dataset {
  return {
    ...dataset,
    source: { ...dataset.source, imported: false, complete: true, coverageNote: null },
    countries: dataset.countries.map((c) => ({
      ...c,
      results: c.results.map((r) => ({ ...r, valueText: r.valueText ?? null, alsoPrinted: r.alsoPrinted ?? null })),
      context: [],
      investment: null,
      coverage: null,
    })),
    programs: [],
    earlierEditions: [],
  };
}

function accepted(result: ImportResult): Dataset {
  if (result.ok === 'ask') throw new Error(`the file left a question open: ${result.reading.questions.map((q) => q.id).join(', ')}`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.loaded.dataset;
}

/** Every figure and what it means: the part of a dataset the CSV form carries. */
function figures(dataset: Dataset) {
  return {
    fiscalYears: dataset.fiscalYears,
    countries: dataset.countries.map((c) => ({
      id: c.id,
      name: c.name,
      region: c.region,
      source: c.source,
      cumulativeFrom: c.cumulativeFrom,
      funding: c.funding,
    })),
  };
}

describe('round trips (property-based)', () => {
  it('JSON: import (version 1) → export (version 2) → import keeps the dataset exactly', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const first = accepted(importDatasetText(JSON.stringify(dataset), 'a.json'));
        const second = accepted(importDatasetText(JSON.stringify(toFileV2(first), null, 2), 'b.json'));
        expect(second).toEqual(first);
        // The parsed form: every key of the file, plus the schema's defaults for fields a v1 file lacks.
        expect(first).toStrictEqual(withSchemaDefaults(dataset));
      }),
      { numRuns: 150 },
    );
  });

  it('CSV: import → export as CSV → import keeps every figure, label and name', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const first = accepted(importDatasetText(JSON.stringify(dataset), 'a.json'));
        const csv = tableToCsv(datasetToCsvTable(first));
        const second = accepted(importDatasetText(csv, 'b.csv'));
        expect(figures(second)).toEqual(figures(first));
      }),
      { numRuns: 150 },
    );
  });
});
