import type { Dataset } from '../../data/model/schema';
import { seriesFiscalYears } from '../../data/selectors/acrossEditions';
import { regionParam, regionsOf } from '../../data/selectors/overviewParams';
import type { FilterSelection } from '../../filters/filterStore';
import { quoted, type ParamsOut } from '../../ui/addressParams';

/**
 * The overview's part of the address, ?view=overview&measure=fy2017&region=africa: the measure (a
 * fiscal year the edition prints, `sum` of the chosen years, or `cumulative`) and one region.
 */
export const overviewParams = {
  read(params: URLSearchParams, dataset: Dataset, problems: string[]): Pick<FilterSelection, 'measure' | 'region'> {
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
    return { measure, region };
  },
  write(selection: Pick<FilterSelection, 'measure' | 'region'>, out: ParamsOut): void {
    if (selection.measure) out.set('measure', selection.measure);
    if (selection.region) out.set('region', regionParam(selection.region));
  },
};
