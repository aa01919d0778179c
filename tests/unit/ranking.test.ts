import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { rankCountries, regionTotals } from '../../src/data/selectors/ranking';
import { MAX_RANKED_SHOWN, rankingChart } from '../../src/features/overview/rankingChart';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);
const rank = (query: Parameters<typeof rankCountries>[2]) => rankCountries(dataset, offered, query);

type PrintedRow = Record<string, number | string>;
/** A figure straight from the 2018 funding tables (tweis-2018-funding.json), as printed. */
function printed(countryId: string, label: string, column: string): number {
  const country = funding.countries.find((c) => c.id === countryId);
  const row = label === 'COUNTRY TOTAL' ? (country?.printedTotal as PrintedRow | undefined) : (country?.rows as PrintedRow[] | undefined)?.find((r) => r.label === label);
  const value = row?.[column];
  if (typeof value !== 'number') throw new Error(`no ${label} ${column} for ${countryId}`);
  return value;
}

describe('ranking every country of the edition', () => {
  it('ranks Africa by FY2017 DOS NADR-CWD: Angola first, South Sudan and DRC tied next', () => {
    const rows = rank({ measure: { kind: 'year', fiscalYear: 2017 }, years: [2015, 2016, 2017], lines: ['dos-nadr-cwd'], region: 'Africa' });
    expect(rows.slice(0, 3).map((r) => [r.rank, r.country.name, r.value, r.tied])).toEqual([
      [1, 'Angola', printed('angola', 'DOS NADR - CWD', 'fy2017'), false],
      [2, 'Democratic Republic of the Congo', 2000, true],
      [2, 'South Sudan', 2000, true],
    ]);
    expect(rows[3]?.rank).toBe(4);
    // Every African country with a table, and only those.
    expect(rows.map((r) => r.country.id).sort()).toEqual(funding.countries.filter((c) => c.region === 'Africa').map((c) => c.id).sort());
  });

  it('ranks the whole edition by FY2017 with every line from each table: Iraq, Syria, Laos first', () => {
    const rows = rank({ measure: { kind: 'year', fiscalYear: 2017 }, years: [2015, 2016, 2017], lines: null, region: null });
    expect(rows.slice(0, 3).map((r) => r.country.name)).toEqual(['Iraq', 'Syria', 'Laos']);
    expect(rows).toHaveLength(funding.countries.length);
    expect(rows[0]?.value).toBe(printed('iraq', 'COUNTRY TOTAL', 'fy2017'));
  });

  it('ranks by the cumulative as printed (the COUNTRY TOTAL column), and by a sum labelled as the years it adds', () => {
    const cumulative = rank({ measure: { kind: 'cumulative' }, years: [2015, 2016, 2017], lines: null, region: null });
    for (const row of cumulative) expect(row.value).toBe(printed(row.country.id, 'COUNTRY TOTAL', 'cumulative'));
    expect(cumulative.every((r) => r.cumulativeIsPrinted)).toBe(true);
    const sum = rank({ measure: { kind: 'sum' }, years: [2016, 2017], lines: ['dod'], region: 'Africa' });
    const mali = sum.find((r) => r.country.id === 'mali');
    expect(mali?.value).toBe(printed('mali', 'DoD', 'fy2016') + printed('mali', 'DoD', 'fy2017'));
  });

  it('ranks countries with no figure for the measure last, unranked', () => {
    const rows = rank({ measure: { kind: 'year', fiscalYear: 2013 }, years: [2013], lines: null, region: null });
    const reported = rows.filter((r) => r.value !== null);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.length).toBeLessThan(rows.length);
    expect(rows.slice(reported.length).every((r) => r.rank === null)).toBe(true);
  });
});

describe('totals the report never adds up', () => {
  it('sums each region\'s country tables per year and line, and sets the regional page\'s own cumulative beside them', () => {
    const totals = regionTotals(dataset, offered);
    const africa = totals.find((t) => t.region === 'Africa');
    const african = funding.countries.filter((c) => c.region === 'Africa');
    expect(africa?.countries).toBe(african.length);
    expect(africa?.byYear[2017]?.byLine['dos-nadr-cwd']).toBe(african.reduce((total, c) => total + (c.rows.find((r) => r.label === 'DOS NADR - CWD')?.fy2017 ?? 0), 0));
    expect(africa?.cumulativeOfTables).toBe(african.reduce((total, c) => total + printed(c.id, 'COUNTRY TOTAL', 'cumulative'), 0));
    expect(africa?.printed).toEqual({ usdMillions: 438.9, from: 1993, to: 2017 });
    const all = totals.find((t) => t.region === null);
    expect(all?.countries).toBe(funding.countries.length);
    expect(all?.byYear[2017]?.total).toBe(funding.countries.reduce((total, c) => total + printed(c.id, 'COUNTRY TOTAL', 'fy2017'), 0));
  });
});

describe('a ranking of many countries', () => {
  it('draws the first 100 bars and says so, while its CSV lists every country', () => {
    const rows = rank({ measure: { kind: 'cumulative' }, years: [2015, 2016, 2017], lines: null, region: null });
    const many = Array.from({ length: 4 }, (_, k) => rows.map((r) => ({ ...r, country: { ...r.country, id: `${r.country.id}-${k}`, name: `${r.country.name} ${k}` } }))).flat();
    expect(many).toHaveLength(140);
    const chart = rankingChart(many, { measure: { kind: 'cumulative' }, years: [2015, 2016, 2017], lines: null, region: null, currentCountryId: null, source: dataset.source });
    expect(chart.categories).toHaveLength(MAX_RANKED_SHOWN);
    expect(chart.notes[0]).toBe('The first 100 of 140 countries; the CSV lists every one.');
    expect(chart.table.rows).toHaveLength(140);
  });
});
