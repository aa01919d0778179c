import { describe, expect, it } from 'vitest';
import { DatasetValidationError } from '../../src/data/model/datasetError';
import { formatPath, parseDataset } from '../../src/data/model/parseDataset';
import { at, validDatasetJson } from '../fixtures/datasets';

function problemsOf(raw: unknown) {
  try {
    parseDataset(raw);
  } catch (error) {
    if (error instanceof DatasetValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the dataset to be refused');
}

describe('dataset schema', () => {
  it('accepts the bundled Mali dataset with every figure as printed', () => {
    const { dataset, totalMismatches } = parseDataset(validDatasetJson());
    const mali = dataset.countries.find((c) => c.id === 'mali');
    expect(mali?.funding.rows.map((r) => [r.label, r.byFiscalYear, r.cumulative])).toEqual([
      ['DOS NADR - CWD', { '2015': 1200, '2016': 500, '2017': 1000 }, 2700],
      ['DoD', { '2015': 0, '2016': 170, '2017': 182 }, 352],
    ]);
    expect(mali?.funding.printedTotal).toEqual({
      label: 'COUNTRY TOTAL',
      byFiscalYear: { '2015': 1200, '2016': 670, '2017': 1182 },
      cumulative: 3052,
    });
    expect(mali?.footnotes.map((f) => f.text)).toEqual(['*Department of State FY13 funding is included in regional funding.']);
    expect(mali?.results.map((r) => [r.id, r.value, r.bound, r.period.from, r.period.to, r.partner, r.agency])).toEqual([
      ['weapons-secured', 27990, 'more-than', 2015, 2017, 'MAG', 'dos'],
      ['storehouses-built', 3, 'exact', 2015, 2017, 'MAG', 'dos'],
      ['personnel-trained-salw', 256, 'exact', 2015, 2017, 'MAG', 'dos'],
      ['personnel-trained-pssm', 87, 'exact', 2017, 2017, 'MAG', 'dos'],
      ['armories', 22, 'exact', 2017, 2017, 'MAG', 'dos'],
      ['eod-missions', 2, 'exact', 2017, 2017, 'USARAF', 'dod'],
    ]);
    expect(mali?.results.map((r) => [r.valueText, r.alsoPrinted, r.period.note])).toEqual([
      ['more than 27,990', null, 'since MAG began PSSM operations in Mali in 2015'],
      ['three', null, 'since MAG began PSSM operations in Mali in 2015'],
      ['256', null, 'since MAG began PSSM operations in Mali in 2015'],
      ['87', null, 'in 2017'],
      ['22', null, 'in 2017'],
      ['two', null, 'in 2017'],
    ]);
    // The page's "U.S. investment: more than $3 million" is a funding summary, not a result.
    expect(mali?.investment).toEqual({ valueText: 'more than $3 million', value: 3, bound: 'more-than', unit: 'usd-millions', from: 2013, to: 2017 });
    expect(mali?.coverage).toEqual({ status: 'complete', missing: null });
    expect(mali?.context).toEqual([]);
    expect(totalMismatches).toEqual([]);
  });

  it('names the field when a type is wrong', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 1, 'byFiscalYear'])['2016'] = '170';
    expect(problemsOf(raw)).toContainEqual({
      path: 'countries[0].funding.rows[1].byFiscalYear["2016"]',
      message: expect.stringMatching(/expected number, received string/) as string,
    });
  });

  it('names a missing field', () => {
    const raw = validDatasetJson();
    delete at(raw, ['countries', 0, 'funding', 'rows', 0]).cumulative;
    expect(problemsOf(raw)).toContainEqual({
      path: 'countries[0].funding.rows[0].cumulative',
      message: expect.stringMatching(/expected number, received undefined/) as string,
    });
  });

  it('refuses a negative amount', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 0])['cumulative'] = -5;
    expect(problemsOf(raw)).toEqual([{ path: 'countries[0].funding.rows[0].cumulative', message: 'must not be negative (found -5)' }]);
  });

  it('refuses an absurd amount', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 0, 'byFiscalYear'])['2015'] = 1e12;
    expect(problemsOf(raw)[0]?.message).toBe('must be at most 100000000 (USD thousands) (found 1000000000000)');
  });

  it('refuses an unknown agency', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 1])['agency'] = 'nasa';
    expect(problemsOf(raw)[0]?.path).toBe('countries[0].funding.rows[1].agency');
  });

  it('refuses a funding row whose fiscal years do not match the dataset', () => {
    const raw = validDatasetJson();
    delete at(raw, ['countries', 0, 'funding', 'rows', 0, 'byFiscalYear'])['2017'];
    expect(problemsOf(raw)).toEqual([
      { path: 'countries[0].funding.rows[0].byFiscalYear', message: 'expected fiscal years 2015, 2016, 2017, found 2015, 2016' },
    ]);
  });

  it('refuses a result period that ends before it starts', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'results', 0, 'period'])['from'] = 2018;
    expect(problemsOf(raw)).toEqual([{ path: 'countries[0].results[0].period.to', message: 'period "from" must not be after "to" (found 2017)' }]);
  });

  it('refuses an activity that points at a result the country does not have', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'activities', 0])['resultIds'] = ['weapons-secured', 'no-such-result'];
    expect(problemsOf(raw)).toEqual([
      {
        path: 'countries[0].activities[0].resultIds[1]',
        message: 'refers to result "no-such-result", which this page does not have (found "no-such-result")',
      },
    ]);
  });

  it('refuses duplicate countries', () => {
    const raw = validDatasetJson();
    const countries = raw.countries as unknown[];
    countries.push(countries[0]);
    expect(problemsOf(raw)).toEqual([{ path: 'countries[1].id', message: 'duplicate country id "mali" (found "mali")' }]);
  });

  it('refuses something that is not a dataset at all', () => {
    expect(problemsOf(null)[0]?.path).toBe('(dataset)');
    expect(problemsOf([1, 2, 3])[0]?.message).toBe('expected a dataset of schema version 1 or 2; found not a JSON object');
    expect(problemsOf({ countries: [] })).toEqual([{ path: 'schemaVersion', message: 'expected a dataset of schema version 1 or 2; found no schemaVersion' }]);
  });

  it('reports every problem, not just the first', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 0])['cumulative'] = -1;
    at(raw, ['countries', 0, 'funding', 'rows', 1])['agency'] = 'nasa';
    at(raw, ['countries', 0])['name'] = 42;
    expect(problemsOf(raw).map((p) => p.path).sort()).toEqual([
      'countries[0].funding.rows[0].cumulative',
      'countries[0].funding.rows[1].agency',
      'countries[0].name',
    ]);
  });

  it('accepts a printed total that disagrees with its rows, and reports the disagreement', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'printedTotal', 'byFiscalYear'])['2016'] = 700;
    at(raw, ['countries', 0, 'funding', 'printedTotal'])['cumulative'] = 3000;
    const { dataset, totalMismatches } = parseDataset(raw);
    expect(dataset.countries[0]?.funding.printedTotal?.byFiscalYear['2016']).toBe(700);
    expect(totalMismatches).toEqual([
      { countryId: 'mali', column: 2016, printed: 700, computed: 670 },
      { countryId: 'mali', column: 'cumulative', printed: 3000, computed: 3052 },
    ]);
  });
});

describe('formatPath', () => {
  it('writes JSON paths a person can follow', () => {
    expect(formatPath(['countries', 0, 'funding', 'rows', 1, 'byFiscalYear', '2016'])).toBe('countries[0].funding.rows[1].byFiscalYear["2016"]');
    expect(formatPath([])).toBe('(dataset)');
  });
});

describe('earlier editions in the dataset', () => {
  it('keeps Mali’s 2017-edition table as printed beside the 2018 figures', () => {
    const { dataset } = parseDataset(validDatasetJson());
    expect(dataset.earlierEditions.map((e) => [e.id, e.fiscalYears, e.complete, e.tables.map((t) => t.countryId)])).toEqual([
      ['tweis-2016', [2013, 2014, 2015], false, []],
      ['tweis-2017', [2014, 2015, 2016], false, ['mali']],
    ]);
    expect(dataset.earlierEditions[1]?.tables[0]?.printedTotal).toEqual({ label: 'COUNTRY TOTAL', byFiscalYear: { 2014: 0, 2015: 1200, 2016: 670 }, cumulative: 1870 });
  });

  it('refuses an earlier edition that is not earlier, names an unknown country, or gives other years than it prints', () => {
    const raw = validDatasetJson();
    const editions = raw.earlierEditions as Record<string, unknown>[];
    const e2017 = editions[1] as { edition: number; tables: { countryId: string; rows: { byFiscalYear: Record<string, number> }[] }[] };
    e2017.edition = 2018;
    const table = e2017.tables[0];
    if (!table?.rows[0]) throw new Error('fixture changed');
    table.countryId = 'narnia';
    delete table.rows[0].byFiscalYear['2016'];
    expect(problemsOf(raw)).toEqual([
      { path: 'earlierEditions[1].edition', message: "must be earlier than the dataset's own edition, 2018 (found 2018)" },
      { path: 'earlierEditions[1].tables[0].countryId', message: 'is not a country of this dataset (found "narnia")' },
      { path: 'earlierEditions[1].tables[0].rows[0].byFiscalYear', message: 'expected fiscal years 2014, 2015, 2016, found 2014, 2015' },
    ]);
  });
});
