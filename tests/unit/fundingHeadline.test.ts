import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import type { Country } from '../../src/data/model/schema';
import type { LineId } from '../../src/data/model/lines';
import { selectCountryView } from '../../src/data/selectors/countryView';
import { cumulativeLabel, fundingHeadline } from '../../src/features/funding/fundingHeadline';
import { at, fullDatasetJson, validDatasetJson } from '../fixtures/datasets';
import funding2016 from '../../src/data/datasets/tweis-2016-funding.json';
import funding2017 from '../../src/data/datasets/tweis-2017-funding.json';
import funding2018 from '../../src/data/datasets/tweis-2018-funding.json';

const { dataset } = parseDataset(fullDatasetJson());

function country(id: string): Country {
  const found = dataset.countries.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const headline = (id: string, years: number[] | null, lines: LineId[] | null = null) => fundingHeadline(selectCountryView(dataset, country(id), { years, lines }));

/** Mali's row of an edition's funding tables, as the bundled files print it; undefined where the edition has no Mali table. */
type PrintedTable = { id: string; printedTotal: Record<string, number> };
const maliIn = (file: { countries: unknown[] }) => (file.countries as PrintedTable[]).find((c) => c.id === 'mali');

describe('the headline figure: the funding for the years shown', () => {
  it('adds up Mali’s three default years and says the sum is calculated, with the report’s cumulative beside it', () => {
    const printed = maliIn(funding2018)?.printedTotal;
    // The 2018 edition prints FY2015 $1,200K, FY2016 $670K and FY2017 $1,182K, and a cumulative of $3,052K.
    expect(printed).toEqual({ fy2015: 1200, fy2016: 670, fy2017: 1182, cumulative: 3052 });
    expect(headline('mali', null)).toEqual({
      period: 'FY2015–FY2017',
      amount: { text: '$3.05 million', dollars: '$3,052,000', exact: '$3,052K', rounded: true },
      basis: '3 fiscal years added (calculated)',
      cumulativeLabel: 'Cumulative since FY2013',
      cumulative: { text: '$3.05 million', dollars: '$3,052,000', exact: '$3,052K', rounded: true },
    });
  });

  it('follows the years and lines chosen; the cumulative follows the lines, never the years', () => {
    // $670K + $1,182K.
    expect(headline('mali', [2016, 2017])).toMatchObject({
      period: 'FY2016–FY2017',
      amount: { text: '$1.85 million', exact: '$1,852K', rounded: true },
      basis: '2 fiscal years added (calculated)',
      cumulative: { exact: '$3,052K' },
    });
    // One year is the report's own figure: nothing added.
    expect(headline('mali', [2016])).toMatchObject({ period: 'FY2016', amount: { text: '$670,000', rounded: false }, basis: 'as printed' });
    // DoD alone: $0K + $170K + $182K, and DoD's own cumulative.
    expect(headline('mali', null, ['dod'])).toMatchObject({
      amount: { text: '$352,000', rounded: false },
      basis: '3 fiscal years added (calculated)',
      cumulative: { text: '$352,000', rounded: false },
    });
  });

  it('names a year no edition prints instead of counting it as $0K (Mali’s FY2013)', () => {
    // No bundled edition prints Mali's FY2013: the 2016 edition (FY2013–FY2015) has no Mali table, the 2017 edition starts at FY2014.
    expect(maliIn(funding2016)).toBeUndefined();
    expect(maliIn(funding2017)?.printedTotal).toEqual({ fy2014: 0, fy2015: 1200, fy2016: 670, cumulative: 1870 });
    expect(maliIn(funding2018)?.printedTotal).not.toHaveProperty('fy2013');

    const only2013 = headline('mali', [2013]);
    expect(only2013.period).toBe('FY2013');
    expect(only2013.amount).toBeNull();
    expect(only2013.basis).toBe('no edition prints the years shown');
    expect(only2013.cumulative.exact).toBe('$3,052K');

    // FY2014 is printed, at $0K (2017 edition); FY2013 is named, not added.
    expect(headline('mali', [2013, 2014])).toMatchObject({ period: 'FY2013–FY2014', amount: { text: '$0' }, basis: 'FY2014 only, as printed; FY2013 not reported' });
    // Every year offered: FY2014–FY2017 is $0K + $1,200K + $670K + $1,182K.
    expect(headline('mali', [2013, 2014, 2015, 2016, 2017])).toMatchObject({
      period: 'FY2013–FY2017',
      amount: { exact: '$3,052K' },
      basis: 'FY2014–FY2017 added (calculated); FY2013 not reported',
    });
  });

  it('leaves out a year in which a line shown is not reported, and names it', () => {
    const raw = validDatasetJson();
    // The 2018 edition, the only one that prints FY2017, with Mali's State figure for FY2017 left blank.
    at(raw, ['countries', 0, 'funding', 'rows', 0, 'byFiscalYear'])['2017'] = null;
    const parsed = parseDataset(raw).dataset;
    const mali = parsed.countries[0];
    if (!mali) throw new Error('no Mali');
    const partial = (years: number[] | null) => fundingHeadline(selectCountryView(parsed, mali, { years, lines: null }));
    // $1,200K + $670K; FY2017's DoD $182K alone is not the year's funding.
    expect(partial(null)).toMatchObject({
      amount: { exact: '$1,870K' },
      basis: 'FY2015–FY2016 added (calculated); FY2017 left out: not every line shown is reported',
    });
    expect(partial([2016, 2017])).toMatchObject({ amount: { text: '$670,000' }, basis: 'FY2016 only, as printed; FY2017 left out: not every line shown is reported' });
    expect(partial([2017])).toMatchObject({ amount: null, basis: 'FY2017 left out: not every line shown is reported' });
  });

  it('never calls a figure printed when the report prints a different one (Chad’s FY2016: rows $800K, COUNTRY TOTAL $50K)', () => {
    expect(country('chad').funding.printedTotal?.byFiscalYear[2016]).toBe(50);
    const chad2016 = headline('chad', [2016]);
    expect(chad2016.amount?.exact).toBe('$800K');
    expect(chad2016.basis).toBe('2 funding lines added (calculated)');
  });
});

describe('the cumulative’s label', () => {
  it('says where the report’s cumulative starts, not a second period', () => {
    expect(cumulativeLabel(selectCountryView(dataset, country('mali'), { years: null, lines: null }))).toBe('Cumulative since FY2013');
    // The label does not follow the years shown.
    expect(headline('mali', [2016]).cumulativeLabel).toBe('Cumulative since FY2013');
    expect(headline('chad', null).cumulativeLabel).toBe('Cumulative since FY1998');
  });

  it('says through the edition’s last year where the report gives no first year', () => {
    const burkina = country('burkina-faso');
    expect(burkina.cumulativeFrom).toBeNull();
    expect(headline('burkina-faso', null).cumulativeLabel).toBe('Cumulative through FY2017');
  });
});
