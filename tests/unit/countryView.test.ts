import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { selectCountryView } from '../../src/data/selectors/countryView';
import { fundingChart } from '../../src/features/funding/fundingChartDescription';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const angola = dataset.countries.find((c) => c.id === 'angola');
if (!angola) throw new Error('no Angola');

describe('one country view per dataset, country and filters', () => {
  it('gives the same view, and the same chart, for the same selection: nothing is worked out twice', () => {
    const first = selectCountryView(dataset, angola, { years: [2016, 2017], lines: null });
    const again = selectCountryView(dataset, angola, { years: [2017, 2016], lines: null });
    expect(again).toBe(first);
    expect(fundingChart(again)).toBe(fundingChart(first));
    expect(first.editions).toBe(selectCountryView(dataset, angola, { years: null, lines: ['dod'] }).editions);
  });

  it('follows the filters: the lines, years, footnotes and cumulative of the view are those chosen', () => {
    const all = selectCountryView(dataset, angola, { years: null, lines: null });
    const nadr = selectCountryView(dataset, angola, { years: [2017], lines: ['dos-nadr-cwd'] });
    expect(nadr).not.toBe(all);
    expect(nadr.filters.years).toEqual([2017]);
    expect(nadr.funding.rows.map((r) => r.key)).toEqual(['dos-nadr-cwd']);
    expect(all.funding.rows.length).toBeGreaterThan(1);
    // The cumulative of one line is that line's own printed cumulative, not the country total.
    const printedNadr = angola.funding.rows.find((r) => r.agency === 'dos' && r.program === 'nadr-cwd')?.cumulative;
    expect(nadr.funding.cumulative).toBe(printedNadr);
    expect(all.funding.cumulative).toBe(angola.funding.printedTotal?.cumulative);
    expect(all.cumulativeSpan).toBe(nadr.cumulativeSpan);
  });
});
