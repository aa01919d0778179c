import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeCountry, type EditionTable } from '../../src/data/editions/merge';
import { LINE_IDS } from '../../src/data/model/lines';

/** Editions like the report's: each prints three consecutive fiscal years, a later edition the next ones. */
const editionsArb = fc
  .record({
    firstYear: fc.integer({ min: 2005, max: 2015 }),
    count: fc.integer({ min: 1, max: 4 }),
    step: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ firstYear, count, step }) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, i) => {
        const last = firstYear + i * step + 2;
        const years = [last - 2, last - 1, last];
        const cells = fc.record(Object.fromEntries(years.map((y) => [String(y), fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null })])));
        return fc
          .record({
            lines: fc.uniqueArray(fc.constantFrom(...LINE_IDS), { minLength: 1, maxLength: 3 }),
            rowCells: fc.array(cells, { minLength: 3, maxLength: 3 }),
            cumulative: fc.integer({ min: 0, max: 100000 }),
          })
          .map(({ lines, rowCells, cumulative }): EditionTable => ({
            editionId: `e${last}`,
            edition: last + 1,
            fiscalYears: years,
            countryId: 'x',
            page: `https://example.org/${last}`,
            rows: lines.map((line, i) => ({ line, byFiscalYear: rowCells[i] ?? {}, cumulative: cumulative + i })),
            printedTotal: null,
          }));
      }),
    ),
  );

describe('mergeCountry (several editions as one series)', () => {
  it('gives the same series whatever order the editions come in', () => {
    fc.assert(
      fc.property(editionsArb, fc.infiniteStream(fc.integer()), (tables, seeds) => {
        const shuffled = [...tables].sort(() => (seeds.next().value % 2 === 0 ? 1 : -1));
        expect(mergeCountry('x', shuffled)).toEqual(mergeCountry('x', tables));
      }),
    );
  });

  it('keeps each figure with the edition and page it comes from, the latest edition winning', () => {
    fc.assert(
      fc.property(editionsArb, (tables) => {
        const series = mergeCountry('x', tables);
        for (const [key, byYear] of series.cells) {
          for (const [year, cell] of byYear) {
            const printing = tables.filter((t) => {
              const row = t.rows.find((r) => r.line === key);
              return typeof row?.byFiscalYear[String(year)] === 'number';
            });
            if (printing.length === 0) {
              expect(cell).toBeNull();
              continue;
            }
            const latest = printing.reduce((a, b) => (b.edition > a.edition ? b : a));
            expect(cell).toMatchObject({ editionId: latest.editionId, page: latest.page, value: latest.rows.find((r) => r.line === key)?.byFiscalYear[String(year)] });
            expect(cell?.others).toHaveLength(printing.length - 1);
          }
        }
      }),
    );
  });

  it('never invents a year: every year of the series is printed by some edition', () => {
    fc.assert(
      fc.property(editionsArb, (tables) => {
        const printed = new Set(tables.flatMap((t) => t.fiscalYears));
        expect(mergeCountry('x', tables).fiscalYears.every((y) => printed.has(y))).toBe(true);
      }),
    );
  });

  it('records a restatement exactly where two editions print different figures', () => {
    fc.assert(
      fc.property(editionsArb, (tables) => {
        const series = mergeCountry('x', tables);
        for (const r of series.restatements) {
          expect(new Set(r.figures.map((f) => f.value)).size).toBeGreaterThan(1);
          expect(r.difference).toBe((r.figures.at(-1)?.value ?? 0) - (r.figures[0]?.value ?? 0));
          expect(series.cells.get(r.key)?.get(r.fiscalYear)?.restated).toBe(true);
        }
        const restatedCells = [...series.cells.values()].flatMap((m) => [...m.values()]).filter((c) => c?.restated);
        expect(restatedCells).toHaveLength(series.restatements.length);
      }),
    );
  });

  const table = (edition: number, years: number[], cells: Record<string, number>, cumulative: number): EditionTable => ({
    editionId: `tweis-${edition}`,
    edition,
    fiscalYears: years,
    countryId: 'south-sudan',
    page: null,
    rows: [{ line: 'dos-nadr-cwd', byFiscalYear: cells, cumulative }],
    printedTotal: null,
  });

  it('checks the cumulative chain, and explains a break a restatement accounts for exactly', () => {
    // South Sudan as printed: 2017 gives FY2016 2,000 (cumulative 12,535); 2018 restates it as 300.
    const e2017 = table(2017, [2014, 2015, 2016], { 2014: 2135, 2015: 2000, 2016: 2000 }, 12535);
    const e2018 = table(2018, [2015, 2016, 2017], { 2015: 2000, 2016: 300, 2017: 1500 }, 12335);
    const [check] = mergeCountry('south-sudan', [e2018, e2017]).chain;
    expect(check).toMatchObject({ status: 'explained', gap: -1700, expected: 10835 });
    expect(check?.explainedBy.map((r) => [r.fiscalYear, r.difference])).toEqual([[2016, -1700]]);

    const holds = table(2018, [2015, 2016, 2017], { 2015: 2000, 2016: 2000, 2017: 1500 }, 14035);
    expect(mergeCountry('south-sudan', [e2017, holds]).chain[0]?.status).toBe('holds');
    const broken = table(2018, [2015, 2016, 2017], { 2015: 2000, 2016: 2000, 2017: 1500 }, 14000);
    expect(mergeCountry('south-sudan', [e2017, broken]).chain[0]).toMatchObject({ status: 'break', gap: -35, explainedBy: [] });
  });

  it('says "not reported" (null), never 0, for a year no edition prints', () => {
    const series = mergeCountry('south-sudan', [table(2018, [2015, 2016, 2017], { 2015: 1, 2016: 2, 2017: 3 }, 10), table(2016, [2013, 2014, 2015], { 2013: 5, 2014: 6, 2015: 1 }, 4)]);
    expect(series.fiscalYears).toEqual([2013, 2014, 2015, 2016, 2017]);
    expect(series.cells.get('dod')).toBeUndefined();
    const missing = mergeCountry('south-sudan', [table(2018, [2015, 2016, 2017], { 2015: 1, 2017: 3 }, 10)]);
    expect(missing.cells.get('dos-nadr-cwd')?.get(2016)).toBeNull();
  });
});
