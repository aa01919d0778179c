import type { Dataset } from '../../data/model/schema';
import { MAX_COMPARED } from '../../data/selectors/comparisonLimit';
import type { FilterSelection } from '../../filters/filterStore';
import { quoted, splitList, type ParamsOut } from '../../ui/addressParams';

/** The comparison's part of the address: `compare=`, the countries beside the one shown (none given: the default peers). */
export const comparisonParams = {
  read(params: URLSearchParams, dataset: Dataset, countryId: string, problems: string[]): string[] | null {
    const compareParam = params.get('compare');
    if (compareParam === null) return null;
    const raw = [...new Set(splitList(compareParam).map((v) => v.toLowerCase()))];
    const known = raw.filter((id) => id !== countryId && dataset.countries.some((c) => c.id === id));
    const unknown = raw.filter((id) => !dataset.countries.some((c) => c.id === id));
    if (unknown.length > 0) problems.push(`Ignored comparison country ${quoted(unknown)}: not in the dataset.`);
    if (known.length > MAX_COMPARED) {
      problems.push(`At most ${MAX_COMPARED} countries can be compared; kept the first ${MAX_COMPARED}.`);
    }
    const compare = known.slice(0, MAX_COMPARED);
    return compare.length === 0 && raw.length > 0 ? null : compare;
  },
  write(selection: Pick<FilterSelection, 'compare'>, out: ParamsOut): void {
    if (selection.compare) out.set('compare', selection.compare.join(','));
  },
};
