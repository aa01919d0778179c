import type { Result } from '../model/schema';
import { RESULT_KIND_SLUGS, type ResultKind } from './resultKindSlugs';

export { kindOf, RESULT_KIND_SLUGS, type ResultKind } from './resultKindSlugs';

/**
 * The kinds of result the report states across its pages, in the order the results view offers them, each
 * with its address word (`?view=results&kind=<slug>`). A result that fits none is "other": listed, never dropped.
 */
const KIND_WORDS: Record<ResultKind, { label: string; note: string }> = {
  'weapons-destroyed': { label: 'Weapons and munitions destroyed', note: 'weapons, ammunition, mines, UXO and other explosive hazards destroyed, demilitarized, disposed of, cleared or removed, counted in items or weighed' },
  'area-cleared': { label: 'Area cleared', note: 'land cleared, released or handed back, and hazardous areas cleared' },
  'risk-education': { label: 'People reached by risk education', note: 'people given mine or explosive-remnant risk education' },
  'survivors-assisted': { label: 'Survivors assisted', note: 'people given rehabilitation, assistive products or other help after injury' },
  'personnel-trained': { label: 'Personnel trained', note: 'security staff, deminers, teams and service providers trained' },
  'storage-built': { label: 'Storage built or refurbished', note: 'armories, storehouses, depots and storage facilities built, refurbished or upgraded' },
  other: { label: 'Other results', note: 'results that fit none of the kinds above: weapons secured, missions, call-outs, areas resurveyed and the like' },
};

export const RESULT_KINDS: readonly { slug: ResultKind; label: string; note: string }[] = RESULT_KIND_SLUGS.map((slug) => ({ slug, ...KIND_WORDS[slug] }));

export function resultKindLabel(kind: ResultKind): string {
  return KIND_WORDS[kind].label;
}

const AREA_UNITS: readonly Result['unit'][] = ['square-meters', 'square-kilometers'];

/**
 * The rules, tried in order; the first that fits names the kind. Training comes first ("rehabilitation
 * service providers trained" is training, not assistance), and no figure of area is ever counted as items destroyed.
 */
export const KIND_RULES: readonly { kind: ResultKind; fits: (r: Pick<Result, 'label' | 'unit'>) => boolean }[] = [
  { kind: 'personnel-trained', fits: (r) => r.unit === 'count' && /\btrain(ed|ing)\b/i.test(r.label) },
  { kind: 'risk-education', fits: (r) => r.unit === 'count' && /\brisk education\b|\bMRE\b|\bEORE\b/i.test(r.label) },
  { kind: 'survivors-assisted', fits: (r) => r.unit === 'count' && /\bsurvivors?\b|\bvictims?\b|rehabilitation|assistive|prosthe/i.test(r.label) },
  {
    kind: 'storage-built',
    fits: (r) => r.unit === 'count' && /\b(armou?r(y|ies)|storehouses?|storage|depots?|magazines?)\b/i.test(r.label) && /\b(built|constructed|refurbished|upgraded|rehabilitated)\b/i.test(r.label),
  },
  {
    kind: 'area-cleared',
    fits: (r) =>
      (AREA_UNITS.includes(r.unit) && /\b(land|areas?)\b/i.test(r.label) && /\b(cleared|released|returned|handed back)\b/i.test(r.label)) ||
      (r.unit === 'count' && /\bhazardous areas? cleared\b/i.test(r.label)),
  },
  {
    kind: 'weapons-destroyed',
    fits: (r) => (r.unit === 'count' || r.unit === 'metric-tons') && /\b(destroyed|demilitari[sz]ed|disposed of|removed|cleared)\b/i.test(r.label),
  },
];

/** The kind of one result, from its label and unit alone (the same words the page prints). */
export function classifyResult(result: Pick<Result, 'label' | 'unit'>): ResultKind {
  return KIND_RULES.find((rule) => rule.fits(result))?.kind ?? 'other';
}
