import { ACTIVITY_SORTS, type ActivitySort } from '../../data/selectors/activitySorts';
import type { FilterSelection } from '../../filters/filterStore';
import { stripUnsafe } from '../../lib/safeText';
import { quoted, type ParamsOut } from '../../ui/addressParams';

/** The longest partner search a link carries (a search box holds a few words). */
export const MAX_SEARCH_LENGTH = 100;

/** Partner activity's part of the address: `search=` (as typed) and `sort=` (its order; newest first is the default). */
export const activityParams = {
  read(params: URLSearchParams, problems: string[]): Pick<FilterSelection, 'search' | 'sort'> {
    let search: string | null = null;
    const searchValue = params.get('search');
    if (searchValue !== null) {
      const clean = stripUnsafe(searchValue).trim();
      if (clean.length > MAX_SEARCH_LENGTH) problems.push(`The partner search in the link was cut to its first ${MAX_SEARCH_LENGTH} characters.`);
      search = clean === '' ? null : clean.slice(0, MAX_SEARCH_LENGTH);
    }
    let sort: ActivitySort | null = null;
    const sortValue = params.get('sort');
    if (sortValue !== null) {
      const value = sortValue.trim().toLowerCase();
      const found = (Object.keys(ACTIVITY_SORTS) as ActivitySort[]).find((k) => k === value);
      if (found) sort = found === 'newest' ? null : found;
      else problems.push(`Ignored sort ${quoted([sortValue])}: partner activity sorts by ${Object.keys(ACTIVITY_SORTS).join(', ')}.`);
    }
    return { search, sort };
  },
  write(selection: Pick<FilterSelection, 'search' | 'sort'>, out: ParamsOut): void {
    if (selection.search) out.set('search', selection.search);
    if (selection.sort) out.set('sort', selection.sort);
  },
};
