import { describe, expect, it } from 'vitest';
import { noMoneyWording, zeroInEveryYear } from '../../src/features/funding/noMoney';
import type { FundingView } from '../../src/data/selectors/fundingByYear';

const row = (byYear: Record<number, number | null>) => ({ byYear }) as unknown as FundingView['rows'][number];

describe('the wording for a line with no money in the years shown', () => {
  it('says $0 only for the years that print 0', () => {
    expect(noMoneyWording(row({ 2015: 0, 2016: 0, 2017: 0 }), [2015, 2016, 2017])).toBe('$0 in FY2015–FY2017');
    expect(zeroInEveryYear(row({ 2015: 0, 2016: 0, 2017: 0 }), [2015, 2016, 2017])).toBe(true);
  });

  it('names the years no edition prints as not reported, apart from the $0 ones', () => {
    const line = row({ 2013: null, 2014: null, 2015: 0, 2016: 0, 2017: 0 });
    expect(noMoneyWording(line, [2013, 2014, 2015, 2016, 2017])).toBe('$0 in FY2015–FY2017, not reported in FY2013–FY2014');
    expect(zeroInEveryYear(line, [2013, 2014, 2015, 2016, 2017])).toBe(false);
    expect(noMoneyWording(row({ 2013: null, 2015: 0 }), [2013, 2015])).toBe('$0 in FY2015, not reported in FY2013');
    expect(noMoneyWording(row({ 2013: null, 2014: null }), [2013, 2014])).toBe('not reported in FY2013–FY2014');
  });
});
