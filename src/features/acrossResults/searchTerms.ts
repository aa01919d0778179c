import type { Dataset } from '../../data/model/schema';
import { partnerDirectory } from '../../data/selectors/partners';
import { RESULT_KINDS } from '../../data/selectors/resultKinds';

/**
 * What a search can offer of these views, with nothing to draw: every partner's full name, the names the
 * pages print for it and its address word (?view=partner&partner=<slug>), and every kind of result with
 * its address word (?view=results&kind=<slug>). Pure; it loads no page.
 */
export interface AcrossSearchTerms {
  partners: { slug: string; name: string; aliases: string[]; params: string }[];
  kinds: { slug: string; label: string; params: string }[];
}

export function acrossSearchTerms(dataset: Dataset): AcrossSearchTerms {
  return {
    partners: partnerDirectory(dataset).map((p) => ({ slug: p.slug, name: p.name, aliases: p.aliases.filter((a) => a !== p.name), params: `?view=partner&partner=${p.slug}` })),
    kinds: RESULT_KINDS.map((k) => ({ slug: k.slug, label: k.label, params: `?view=results&kind=${k.slug}` })),
  };
}

export { PARTNER_ALIASES } from '../../data/selectors/partners';
export { RESULT_KINDS } from '../../data/selectors/resultKinds';
