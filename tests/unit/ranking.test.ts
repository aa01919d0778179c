import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { rankCountries, rankingShareBases, regionTotals } from '../../src/data/selectors/ranking';
import { MAX_RANKED_SHOWN, rankingChart } from '../../src/features/overview/rankingChart';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { readableThousands } from '../../src/lib/format';
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
  it('draws the first 100 bars when asked for all, and says so, while its CSV lists every country', () => {
    const rows = rank({ measure: { kind: 'cumulative' }, years: [2015, 2016, 2017], lines: null, region: null });
    const many = Array.from({ length: 4 }, (_, k) => rows.map((r) => ({ ...r, country: { ...r.country, id: `${r.country.id}-${k}`, name: `${r.country.name} ${k}` } }))).flat();
    expect(many).toHaveLength(140);
    const query = { measure: { kind: 'cumulative' as const }, years: [2015, 2016, 2017], lines: null, region: null };
    const chart = rankingChart(many, { ...query, currentCountryId: null, top: 'all', shares: rankingShareBases(dataset, offered, query), source: dataset.source });
    expect(chart.categories).toHaveLength(MAX_RANKED_SHOWN);
    expect(chart.notes[0]).toBe('The first 100 of 140 countries with funding; the CSV lists every one.');
    expect(chart.title).toBe('Top 100 recipients of U.S. CWD funding, cumulative');
    expect(chart.table.rows).toHaveLength(140);
  });
});

/** The FY2017 figure of a country's DOS NADR-CWD row, as printed (0 where its table has no such row). */
const nadr2017 = (c: (typeof funding.countries)[number]) => c.rows.find((r) => r.label.replace(/\s+/g, '') === 'DOSNADR-CWD')?.fy2017 ?? 0;
const collator = new Intl.Collator('en', { sensitivity: 'base' });
/** Countries by a figure worked out here from the data file alone: highest first, then by name. */
function byFigure(figure: (c: (typeof funding.countries)[number]) => number) {
  return funding.countries.map((c) => ({ name: c.name, value: figure(c) })).sort((a, b) => b.value - a.value || collator.compare(a.name, b.name));
}

describe('the ranking chart: the top of the ranking, as an officer titles it', () => {
  const fy2017 = { kind: 'year' as const, fiscalYear: 2017 };
  const base = { measure: fy2017, years: [2015, 2016, 2017], lines: ['dos-nadr-cwd' as const], region: null, currentCountryId: null, source: dataset.source };
  const chartOf = (context: Partial<Parameters<typeof rankingChart>[1]> = {}) => {
    const c = { ...base, ...context };
    return rankingChart(rank({ measure: c.measure, years: c.years, lines: c.lines, region: c.region }), { ...c, shares: rankingShareBases(dataset, offered, c) });
  };

  it('draws the top 10 by default, each figure as the data file prints it; the $0 countries are left out and named; the CSV keeps every country', () => {
    const chart = chartOf();
    const expected = byFigure(nadr2017);
    const zero = expected.filter((r) => r.value === 0).map((r) => r.name);
    expect(zero).toHaveLength(9);
    expect(chart.categories).toEqual(expected.slice(0, 10).map((r) => r.name));
    expect(chart.categories.slice(0, 3)).toEqual(['Iraq', 'Syria', 'Laos']);
    expect(chart.series[0]?.values).toEqual(expected.slice(0, 10).map((r) => r.value));
    expect(chart.series[0]?.values.every((v) => v !== null && v > 0)).toBe(true);
    expect(chart.title).toBe('Top 10 recipients of State NADR-CWD funding, FY2017');
    expect(chart.subtitle).toBe('FY2017 · DOS NADR-CWD · U.S. dollars · 10 of 26 countries with funding');
    expect(chart.notes).toContain(`9 countries with $0 in FY2017 are not shown: ${[...zero].sort(collator.compare).join(', ')}.`);
    expect(chart.notes).toContain('Equal figures share a rank: Sri Lanka and Yemen (9th).');
    expect(chart.table.rows).toHaveLength(funding.countries.length);
    expect(chart.table.rows.filter((r) => r[2] === 0).map((r) => r[1])).toEqual(zero);
  });

  it('outlines no country unless the officer chose one; a chosen country below the top is placed in a note', () => {
    const plain = chartOf();
    expect(plain.highlighted?.some(Boolean)).toBe(false);
    expect(plain.notes.join(' ')).not.toMatch(/Highlighted|ranks \d/);
    const iraq = chartOf({ currentCountryId: 'iraq' });
    expect(iraq.highlighted?.[0]).toBe(true);
    expect(iraq.highlighted?.filter(Boolean)).toHaveLength(1);
    expect(iraq.notes).toContain('Highlighted: Iraq.');
    // Angola is 12th of the 33 countries with funding in FY2017, every line counted: not drawn, but placed.
    const allLines = byFigure((c) => c.rows.reduce((total, r) => total + r.fy2017, 0));
    const angola = allLines.findIndex((r) => r.name === 'Angola');
    expect(angola).toBe(11);
    const chosen = chartOf({ lines: null, currentCountryId: 'angola' });
    expect(chosen.categories).not.toContain('Angola');
    expect(chosen.highlighted?.some(Boolean)).toBe(false);
    expect(chosen.notes).toContain(`Angola ranks 12th of the 33 countries with funding, at ${readableThousands(allLines[angola]?.value ?? 0).text}: below the 10 shown.`);
    expect(chosen.notes).toContain('2 countries with $0 in FY2017 are not shown: Burkina Faso, Peru.');
  });

  it('says "U.S. CWD" for every line, the region after "in", and the measure as officers write it', () => {
    expect(chartOf({ lines: null }).title).toBe('Top 10 recipients of U.S. CWD funding, FY2017');
    expect(chartOf({ lines: ['dos-nadr-cwd', 'dos-other', 'dod'] }).title).toBe('Top 10 recipients of State and DoD funding, FY2017');
    expect(chartOf({ lines: null, measure: { kind: 'sum' }, years: [2016, 2017] }).title).toBe('Top 10 recipients of U.S. CWD funding, FY2016–FY2017 combined');
    expect(chartOf({ lines: null, measure: { kind: 'cumulative' }, throughYear: 2017 }).title).toBe('Top 10 recipients of U.S. CWD funding, cumulative through FY2017');
    expect(chartOf({ lines: null, region: 'Middle East and North Africa' }).title).toBe('Recipients of U.S. CWD funding in the Middle East and North Africa, FY2017, ranked');
    // Africa: eight countries with State NADR-CWD funding in FY2017, so all are drawn; two at $0 are not.
    const africa = chartOf({ region: 'Africa' });
    expect(africa.title).toBe('Recipients of State NADR-CWD funding in Africa, FY2017, ranked');
    expect(africa.categories).toEqual(['Angola', 'Democratic Republic of the Congo', 'South Sudan', 'Chad', 'Mali', 'Mauritania', 'Niger', 'Somalia']);
    expect(africa.notes).toContain('2 countries with $0 in FY2017 are not shown: Burkina Faso, Senegal.');
  });

  it('draws the top 20 with a tie at 20th place whole, or every country with funding', () => {
    const twenty = chartOf({ top: 20 });
    const expected = byFigure(nadr2017).filter((r) => r.value >= 1000);
    expect(twenty.categories).toEqual(expected.map((r) => r.name));
    expect(twenty.categories).toHaveLength(24);
    expect(twenty.title).toBe('Top 20 recipients of State NADR-CWD funding, FY2017');
    expect(twenty.notes).toContain('Chad, Mali, Mauritania, Niger and Somalia share 20th place, so 24 countries are shown.');
    const all = chartOf({ top: 'all' });
    expect(all.categories).toHaveLength(26);
    expect(all.title).toBe('Recipients of State NADR-CWD funding, FY2017, ranked');
    expect(all.subtitle).toBe('FY2017 · DOS NADR-CWD · U.S. dollars · 26 countries with funding');
  });

  it('counts the countries with no figure for the measure, and leaves them out too', () => {
    const chart = chartOf({ lines: null, measure: { kind: 'year', fiscalYear: 2013 }, years: [2013] });
    const rows = rank({ measure: { kind: 'year', fiscalYear: 2013 }, years: [2013], lines: null, region: null });
    const none = rows.filter((r) => r.value === null);
    expect(none.length).toBeGreaterThan(0);
    expect(chart.notes.some((n) => n.startsWith(`${none.length} countries with no figure for FY2013 in any edition are not shown: `))).toBe(true);
    expect(chart.categories.every((name) => !none.some((r) => r.country.name === name))).toBe(true);
  });
});
