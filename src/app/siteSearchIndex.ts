import { COUNTRY_ALIASES } from '../data/model/countryNames';
import type { Dataset } from '../data/model/schema';
import { regionsOf } from '../data/selectors/overviewParams';
import { acrossSearchTerms } from '../features/acrossResults/searchTerms';
import type { SearchTarget } from '../filters/filterStore';

/** One thing the header search offers: what it is, its name, the other name the words matched, and what it opens. */
export interface SearchOption {
  key: string;
  group: 'Country' | 'Partner' | 'Kind of result' | 'Region';
  label: string;
  /** The alias or word the query matched, when it is not the label ("DRC", "HALO", "mines"). */
  matched: string | null;
  target: SearchTarget;
}

/**
 * Words an officer may search a kind of result by, beside its name: what the pages count under it
 * ("mines" finds the weapons and munitions destroyed). Every kind's own label is searched as well.
 */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  'weapons-destroyed': ['weapons', 'munitions', 'ammunition', 'mines', 'landmines', 'UXO', 'SA/LW', 'small arms', 'explosive hazards', 'destroyed', 'demilitarized'],
  'area-cleared': ['land', 'area', 'cleared', 'released', 'square meters', 'hectares', 'clearance', 'demining'],
  'risk-education': ['risk education', 'MRE', 'EORE', 'mine risk education', 'people reached'],
  'survivors-assisted': ['survivors', 'victims', 'victim assistance', 'prosthetics', 'rehabilitation'],
  'personnel-trained': ['trained', 'training', 'personnel', 'deminers', 'EOD'],
  'storage-built': ['storage', 'armories', 'armouries', 'storehouses', 'PSSM', 'built', 'refurbished', 'stockpile'],
};

const GROUP_ORDER: Readonly<Record<SearchOption['group'], number>> = { Country: 0, Partner: 1, 'Kind of result': 2, Region: 3 };

/** Folds case, "&" to "and" and punctuation to spaces, so "Bosnia & Herzegovina" and "bosnia and herz" meet. */
const fold = (text: string) => text.toLocaleLowerCase('en-US').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** How well `name` matches the folded query: 3 the whole name, 2 the start of a word, 1 inside a word, 0 not at all. */
function score(name: string, q: string): number {
  const n = fold(name);
  if (n === q) return 3;
  if (n.startsWith(q) || n.includes(` ${q}`)) return 2;
  return n.includes(q) ? 1 : 0;
}

interface Entry {
  key: string;
  group: SearchOption['group'];
  label: string;
  names: readonly string[];
  target: SearchTarget;
}

const entriesCache = new WeakMap<Dataset, Entry[]>();
function entriesOf(dataset: Dataset): Entry[] {
  const cached = entriesCache.get(dataset);
  if (cached) return cached;
  const terms = acrossSearchTerms(dataset);
  const entries: Entry[] = [
    ...dataset.countries.map((c): Entry => ({ key: `country:${c.id}`, group: 'Country', label: c.name, names: [c.name, ...(COUNTRY_ALIASES[c.id] ?? [])], target: { kind: 'country', id: c.id } })),
    ...terms.partners.map((p): Entry => ({ key: `partner:${p.slug}`, group: 'Partner', label: p.name, names: [p.name, ...p.aliases], target: { kind: 'partner', slug: p.slug } })),
    ...terms.kinds.map((k): Entry => ({ key: `kind:${k.slug}`, group: 'Kind of result', label: k.label, names: [k.label, ...(KIND_WORDS[k.slug] ?? [])], target: { kind: 'results', slug: k.slug } })),
    ...regionsOf(dataset).map((r): Entry => ({ key: `region:${r}`, group: 'Region', label: r, names: [r], target: { kind: 'region', name: r } })),
  ];
  entriesCache.set(dataset, entries);
  return entries;
}

/** The most options the search lists at once; typing more narrows them. */
export const MAX_SEARCH_OPTIONS = 12;

/**
 * What the header search offers for the words typed: countries (by name or alias), partners (by full name or
 * the name the pages print), kinds of result (by name or a word for what they count) and regions. Best match
 * first: a whole name, then a name that starts with the words, then one that holds them; then countries,
 * partners, kinds of result, regions; then by name.
 */
export function searchReport(dataset: Dataset, query: string): { options: SearchOption[]; more: number } {
  const q = fold(query);
  if (q === '') return { options: [], more: 0 };
  const found = entriesOf(dataset).flatMap((e) => {
    let best = 0;
    let matched: string | null = null;
    for (const name of e.names) {
      const s = score(name, q);
      if (s > best) {
        best = s;
        matched = name;
      }
    }
    return best > 0 ? [{ option: { key: e.key, group: e.group, label: e.label, matched: matched === e.label ? null : matched, target: e.target }, best }] : [];
  });
  found.sort((a, b) => b.best - a.best || GROUP_ORDER[a.option.group] - GROUP_ORDER[b.option.group] || a.option.label.localeCompare(b.option.label, 'en-US'));
  return { options: found.slice(0, MAX_SEARCH_OPTIONS).map((f) => f.option), more: Math.max(0, found.length - MAX_SEARCH_OPTIONS) };
}
