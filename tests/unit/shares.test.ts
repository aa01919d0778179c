import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { rankCountries, rankingShareBases, regionTotals } from '../../src/data/selectors/ranking';
import { countryShare, shareBases, sharePercent } from '../../src/data/selectors/shares';
import { rankingChart } from '../../src/features/overview/rankingChart';
import { formatShare, shareCell } from '../../src/lib/format';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);
const fy2017 = { kind: 'year' as const, fiscalYear: 2017 };
const nadr = { measure: fy2017, years: [2015, 2016, 2017], lines: ['dos-nadr-cwd' as const] };

/** A country's FY2017 DOS NADR-CWD figure straight from the 2018 data file (0 where its table has no such row). */
const nadr2017 = (c: (typeof funding.countries)[number]) => c.rows.find((r) => r.label.replace(/\s+/g, '') === 'DOSNADR-CWD')?.fy2017 ?? 0;
const fileTotal = funding.countries.reduce((total, c) => total + nadr2017(c), 0);
const fileAfrica = funding.countries.filter((c) => c.region === 'Africa').reduce((total, c) => total + nadr2017(c), 0);

describe('shares of a whole', () => {
  it('are percents of the exact figures; none where the part is not reported or the whole is $0', () => {
    expect(sharePercent(48_000, 229_150)).toBeCloseTo(20.947, 3);
    expect(sharePercent(null, 229_150)).toBeNull();
    expect(sharePercent(0, 0)).toBeNull();
    expect(sharePercent(0, 100)).toBe(0);
    const bases = shareBases([
      { value: 30, country: { region: 'A' } },
      { value: 10, country: { region: 'B' } },
      { value: null, country: { region: 'B' } },
    ]);
    expect(bases).toEqual({ total: 40, byRegion: { A: 30, B: 10 } });
    expect(countryShare({ value: 10, country: { region: 'B' } }, bases)).toEqual({ ofTotal: 25, ofRegion: 100 });
  });

  it('read to one decimal; a share above 0 that would read 0.0 reads <0.1%; none reads –', () => {
    expect(formatShare(20.9468)).toBe('20.9%');
    expect(formatShare(5.6732)).toBe('5.7%');
    expect(formatShare(100)).toBe('100.0%');
    expect(formatShare(0)).toBe('0.0%');
    expect(formatShare(0.049)).toBe('<0.1%');
    expect(formatShare(0.05)).toBe('0.1%');
    expect(formatShare(null)).toBe('–');
    expect(shareCell(20.9468)).toBe(20.9);
    expect(shareCell(0.01)).toBe('<0.1');
  });
});

describe('the ranking’s shares, FY2017 State NADR-CWD', () => {
  it('are of $229,150K, the sum of every country’s DOS NADR-CWD row in the data file: Iraq 20.9%, Africa 5.7%', () => {
    expect(fileTotal).toBe(229_150);
    expect(fileAfrica).toBe(13_000);
    const bases = rankingShareBases(dataset, offered, nadr);
    expect(bases.total).toBe(229_150);
    expect(bases.byRegion.Africa).toBe(13_000);
    expect(formatShare(sharePercent(bases.byRegion.Africa ?? null, bases.total))).toBe('5.7%');
    const iraq = rankCountries(dataset, offered, { ...nadr, region: null }).find((r) => r.country.id === 'iraq');
    expect(iraq?.value).toBe(48_000);
    const share = iraq ? countryShare(iraq, bases) : null;
    expect(formatShare(share?.ofTotal ?? null)).toBe('20.9%');
    // Of the Middle East and North Africa's sum, $110,400K.
    expect(bases.byRegion['Middle East and North Africa']).toBe(110_400);
    expect(formatShare(share?.ofRegion ?? null)).toBe('43.5%');
  });

  it('keep every country as the whole when the ranking shows one region', () => {
    const africa = rankCountries(dataset, offered, { ...nadr, region: 'Africa' });
    const bases = rankingShareBases(dataset, offered, nadr);
    const angola = africa.find((r) => r.country.id === 'angola');
    expect(angola?.value).toBe(4_000);
    expect(angola ? countryShare(angola, bases) : null).toEqual({ ofTotal: (4_000 / 229_150) * 100, ofRegion: (4_000 / 13_000) * 100 });
    // The region's shares add up to the region.
    expect(africa.reduce((total, r) => total + (countryShare(r, bases).ofRegion ?? 0), 0)).toBeCloseTo(100, 9);
  });

  it('follow the measure: a sum of years is of every country’s sum, the cumulative of every table’s cumulative', () => {
    const sum = rankingShareBases(dataset, offered, { measure: { kind: 'sum' }, years: [2016, 2017], lines: ['dos-nadr-cwd'] });
    const fileSum = funding.countries.reduce((total, c) => {
      const row = c.rows.find((r) => r.label.replace(/\s+/g, '') === 'DOSNADR-CWD');
      return total + (row ? row.fy2016 + row.fy2017 : 0);
    }, 0);
    expect(sum.total).toBe(fileSum);
    const cumulative = rankingShareBases(dataset, offered, { measure: { kind: 'cumulative' }, years: [2015, 2016, 2017], lines: null });
    expect(cumulative.total).toBe(funding.countries.reduce((total, c) => total + c.printedTotal.cumulative, 0));
  });

  it('go into the CSV as numbers to one decimal, in columns that name the whole and say they are calculated', () => {
    const query = { ...nadr, region: null };
    const chart = rankingChart(rankCountries(dataset, offered, query), { ...query, currentCountryId: null, shares: rankingShareBases(dataset, offered, nadr), source: dataset.source });
    expect(chart.table.columns).toEqual([
      'Rank',
      'Country',
      'FY2017, DOS NADR-CWD (USD thousands)',
      'Region',
      'Share of total, % (of $229,150K, the sum of every country with a table (FY2017, DOS NADR-CWD); calculated, rounded to one decimal)',
      "Share of region, % (of the sum of the country's region; calculated, rounded to one decimal)",
    ]);
    expect(chart.table.rows[0]).toEqual([1, 'Iraq', 48_000, 'Middle East and North Africa', 20.9, 43.5]);
    // A country at $0 has a share of 0; its region's whole is never $0 here.
    const zero = chart.table.rows.find((r) => r[2] === 0);
    expect(zero?.slice(4)).toEqual([0, 0]);
  });
});

describe('totals by region for the overview’s lines', () => {
  it('FY2017 DOS NADR-CWD: Africa $13,000K, 5.7% of every country’s $229,150K', () => {
    const totals = regionTotals(dataset, offered, ['dos-nadr-cwd']);
    const africa = totals.find((t) => t.region === 'Africa')?.byYear[2017];
    const all = totals.find((t) => t.region === null)?.byYear[2017];
    expect(africa?.total).toBe(13_000);
    expect(all?.total).toBe(229_150);
    expect(formatShare(africa?.shareOfAll ?? null)).toBe('5.7%');
    expect(all?.shareOfAll).toBe(100);
    // The regions' shares make up the whole.
    expect(totals.filter((t) => t.region !== null).reduce((total, t) => total + (t.byYear[2017]?.shareOfAll ?? 0), 0)).toBeCloseTo(100, 9);
  });

  it('every line: each region of every country’s printed totals', () => {
    const totals = regionTotals(dataset, offered);
    const all = funding.countries.reduce((total, c) => total + c.printedTotal.fy2017, 0);
    const africa = totals.find((t) => t.region === 'Africa')?.byYear[2017];
    expect(totals.find((t) => t.region === null)?.byYear[2017]?.total).toBe(all);
    expect(africa?.shareOfAll).toBeCloseTo(((africa?.total ?? 0) / all) * 100, 9);
  });
});
