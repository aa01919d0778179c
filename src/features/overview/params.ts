import type { Dataset } from '../../data/model/schema';
import { seriesFiscalYears } from '../../data/selectors/acrossEditions';
import { DEFAULT_TOP, RANKING_TOPS, regionParam, regionsOf, topOf, topParam } from '../../data/selectors/overviewParams';
import type { FilterSelection } from '../../filters/filterStore';
import { quoted, type ParamsOut } from '../../ui/addressParams';

/**
 * The overview's part of the address, ?view=overview&measure=fy2017&region=africa&top=20: the measure (a
 * fiscal year the edition prints, `sum` of the chosen years, or `cumulative`), one region, and how many
 * countries the ranking's chart draws (10 unless the address says 20 or all).
 */
export const overviewParams = {
  read(params: URLSearchParams, dataset: Dataset, problems: string[]): Pick<FilterSelection, 'measure' | 'region' | 'top'> {
    let measure: string | null = null;
    const measureValue = params.get('measure');
    if (measureValue !== null) {
      const value = measureValue.trim().toLowerCase();
      const years = seriesFiscalYears(dataset);
      const offered = [...years.map((y) => `fy${y}`), 'sum', 'cumulative'];
      if (offered.includes(value)) measure = value;
      else problems.push(`Ignored measure ${quoted([measureValue])}: the overview ranks by ${years.map((y) => `fy${y}`).join(', ')}, sum or cumulative.`);
    }
    let region: string | null = null;
    const regionValue = params.get('region');
    if (regionValue !== null) {
      const regions = regionsOf(dataset);
      const found = regions.find((r) => regionParam(r) === regionValue.trim().toLowerCase());
      if (found) region = found;
      else problems.push(`Ignored region ${quoted([regionValue])}: the edition's regions are ${regions.map(regionParam).join(', ')}.`);
    }
    let top: FilterSelection['top'] = null;
    const topValue = params.get('top');
    if (topValue !== null) {
      const found = topOf(topValue);
      if (found === null) {
        problems.push(`Ignored top ${quoted([topValue])}: the ranking's chart shows the top ${RANKING_TOPS.map(topParam).join(', ').replace(/, all$/, ' or all')}; showing the top ${topParam(DEFAULT_TOP)}.`);
      } else if (found !== DEFAULT_TOP) {
        top = found;
      }
    }
    return { measure, region, top };
  },
  write(selection: Pick<FilterSelection, 'measure' | 'region' | 'top'>, out: ParamsOut): void {
    if (selection.measure) out.set('measure', selection.measure);
    if (selection.region) out.set('region', regionParam(selection.region));
    if (selection.top !== null && selection.top !== DEFAULT_TOP) out.set('top', topParam(selection.top));
  },
};
