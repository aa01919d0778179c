import type { Dataset } from '../../data/model/schema';
import { regionParam, regionsOf } from '../../data/selectors/overviewParams';
import { kindOf, RESULT_KIND_SLUGS } from '../../data/selectors/resultKindSlugs';
import type { FilterSelection } from '../../filters/filterStore';
import { quoted, type ParamsOut } from '../../ui/addressParams';

/**
 * The results view's part of the address, ?view=results&kind=weapons-destroyed&region=africa: one kind of
 * result (every kind without it) and one region (every region without it).
 */
export const acrossResultsParams = {
  read(params: URLSearchParams, dataset: Dataset, problems: string[]): Pick<FilterSelection, 'kind' | 'region'> {
    let kind: string | null = null;
    const kindValue = params.get('kind');
    if (kindValue !== null) {
      kind = kindOf(kindValue);
      if (kind === null) problems.push(`Ignored kind of result ${quoted([kindValue])}: the kinds are ${RESULT_KIND_SLUGS.join(', ')}; showing every kind.`);
    }
    let region: string | null = null;
    const regionValue = params.get('region');
    if (regionValue !== null) {
      const regions = regionsOf(dataset);
      region = regions.find((r) => regionParam(r) === regionValue.trim().toLowerCase()) ?? null;
      if (region === null) problems.push(`Ignored region ${quoted([regionValue])}: the edition's regions are ${regions.map(regionParam).join(', ')}.`);
    }
    return { kind, region };
  },
  write(selection: Pick<FilterSelection, 'kind' | 'region'>, out: ParamsOut): void {
    if (selection.kind) out.set('kind', selection.kind);
    if (selection.region) out.set('region', regionParam(selection.region));
  },
};

/**
 * The partner page's part of the address, ?view=partner&partner=the-halo-trust; without a partner, the list
 * of every partner. The word is checked against the partners when their page loads (`partnerFor`), so the
 * names of every partner stay off the first screen; a printed name's word (`partner=halo`) opens the same page.
 */
export const partnerParams = {
  read(params: URLSearchParams): Pick<FilterSelection, 'partner'> {
    const value = params.get('partner');
    if (value === null) return { partner: null };
    const word = value.trim().slice(0, 100);
    return { partner: word === '' ? null : word };
  },
  write(selection: Pick<FilterSelection, 'partner'>, out: ParamsOut): void {
    if (selection.partner) out.set('partner', selection.partner);
  },
};
