import { slug } from '../../lib/slug';
import type { AgencyId, Dataset, Result } from '../model/schema';

/**
 * Implementing partners the pages name under more than one spelling: the full name, the address word, and
 * every spelling the pages print (the full name included, where a page gives it). A partner not listed
 * here is known by the one name the pages print.
 */
export const PARTNER_ALIASES: readonly { slug: string; name: string; aliases: readonly string[] }[] = [
  { slug: 'the-halo-trust', name: 'The HALO Trust', aliases: ['HALO', 'HALO Trust', 'The HALO Trust'] },
  { slug: 'mines-advisory-group', name: 'Mines Advisory Group', aliases: ['MAG', 'Mines Advisory Group'] },
  { slug: 'norwegian-peoples-aid', name: 'Norwegian People’s Aid', aliases: ['NPA', 'Norwegian People’s Aid', "Norwegian People's Aid"] },
  { slug: 'danish-demining-group', name: 'Danish Demining Group', aliases: ['DDG', 'Danish Demining Group'] },
  { slug: 'swiss-foundation-for-mine-action', name: 'Swiss Foundation for Mine Action', aliases: ['FSD', 'Swiss Foundation for Mine Action', 'Fondation Suisse de Déminage'] },
  { slug: 'golden-west-humanitarian-foundation', name: 'Golden West Humanitarian Foundation', aliases: ['Golden West', 'Golden West Humanitarian Foundation'] },
  { slug: 'danchurchaid', name: 'DanChurchAid', aliases: ['DCA', 'DanChurchAid'] },
  { slug: 'catholic-relief-services', name: 'Catholic Relief Services', aliases: ['CRS', 'Catholic Relief Services'] },
  { slug: 'nato-support-and-procurement-agency', name: 'NATO Support and Procurement Agency', aliases: ['NSPA', 'NATO Support and Procurement Agency'] },
  { slug: 'nato-partnership-for-peace-trust-fund', name: 'NATO Partnership for Peace Trust Fund', aliases: ['PfPTF', 'NATO Partnership for Peace Trust Fund'] },
  { slug: 'us-army-africa', name: 'U.S. Army Africa', aliases: ['USARAF', 'U.S. Army Africa'] },
];

const plain = (name: string) => name.normalize('NFKC').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** The partner a printed name stands for: its address word and full name (a name with no alias is its own). */
export function partnerOf(printed: string): { slug: string; name: string } {
  const wanted = plain(printed);
  const known = PARTNER_ALIASES.find((p) => p.aliases.some((a) => plain(a) === wanted));
  return known ? { slug: known.slug, name: known.name } : { slug: slug(printed), name: printed.trim() };
}

/**
 * The partners one printed name holds: "ITF and NPA" is two partners where both halves are names the pages
 * print on their own; "Al Hussein Society" is one.
 */
export function splitPartnerNames(printed: string, knownNames: ReadonlySet<string>): string[] {
  const parts = printed.split(/\s+and\s+/);
  return parts.length > 1 && parts.every((p) => knownNames.has(plain(p))) ? parts.map((p) => p.trim()) : [printed.trim()];
}

/** A page that names a partner, and what it says of it. */
export interface PartnerMention {
  place: { type: 'country' | 'program'; id: string; name: string; region: string | null; source: string | null };
  /** The names the page prints for the partner. */
  printed: string[];
  /** Funders of its results and activities there; null: credited to the U.S. government without an agency. */
  agencies: (AgencyId | null)[];
  /** Periods of its results and activities there, as calendar years. */
  periods: Result['period'][];
}

export interface PartnerEntry {
  slug: string;
  name: string;
  /** Every spelling the pages print, with the table's aliases. */
  aliases: string[];
  mentions: PartnerMention[];
}

type Page = {
  partners: readonly string[];
  results: readonly { partner: string | null; agency: AgencyId | null; period: Result['period'] }[];
  activities: readonly { partner: string | null; agency: AgencyId | null; period: Result['period'] }[];
};

/** Every partner the edition's pages name (in `partners`, a result's or an activity's partner), by full name, each with the pages that name it. */
export function partnerDirectory(dataset: Dataset): PartnerEntry[] {
  const pages: { place: PartnerMention['place']; page: Page }[] = [
    ...dataset.countries.map((c) => ({ place: { type: 'country' as const, id: c.id, name: c.name, region: c.region, source: c.source }, page: c })),
    ...dataset.programs.map((p) => ({
      place: { type: 'program' as const, id: p.id, name: p.title, region: dataset.regions.find((r) => r.id === p.regionId)?.name ?? null, source: p.source },
      page: p,
    })),
  ];
  const known = new Set(pages.flatMap(({ page }) => page.partners.map(plain)));
  const entries = new Map<string, PartnerEntry>();
  for (const { place, page } of pages) {
    const byPartner = new Map<string, PartnerMention>();
    const mention = (printed: string) => {
      for (const name of splitPartnerNames(printed, known)) {
        const partner = partnerOf(name);
        let entry = entries.get(partner.slug);
        if (!entry) {
          const aliases = PARTNER_ALIASES.find((p) => p.slug === partner.slug)?.aliases ?? [];
          entry = { slug: partner.slug, name: partner.name, aliases: [...aliases], mentions: [] };
          entries.set(partner.slug, entry);
        }
        if (!entry.aliases.includes(name)) entry.aliases.push(name);
        let m = byPartner.get(partner.slug);
        if (!m) {
          m = { place, printed: [], agencies: [], periods: [] };
          byPartner.set(partner.slug, m);
          entry.mentions.push(m);
        }
        if (!m.printed.includes(name)) m.printed.push(name);
      }
      return splitPartnerNames(printed, known).map((n) => byPartner.get(partnerOf(n).slug)).filter((m): m is PartnerMention => m !== undefined);
    };
    page.partners.forEach(mention);
    for (const item of [...page.results, ...page.activities]) {
      if (item.partner === null) continue;
      for (const m of mention(item.partner)) {
        if (!m.agencies.includes(item.agency)) m.agencies.push(item.agency);
        if (!m.periods.some((p) => p.from === item.period.from && p.to === item.period.to)) m.periods.push(item.period);
      }
    }
  }
  return [...entries.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Whether a result's printed partner is this partner (or a pair that includes it). */
export function resultByPartner(partner: string | null, partnerSlug: string, knownNames: ReadonlySet<string>): boolean {
  return partner !== null && splitPartnerNames(partner, knownNames).some((n) => partnerOf(n).slug === partnerSlug);
}

/** The printed names every page lists as partners, for splitPartnerNames. */
export function knownPartnerNames(dataset: Dataset): Set<string> {
  return new Set([...dataset.countries.flatMap((c) => c.partners), ...dataset.programs.flatMap((p) => p.partners)].map(plain));
}

/**
 * The partner an address word names: its own word, or the word of a name the pages print for it
 * (`halo` for The HALO Trust); undefined for none.
 */
export function partnerFor(partners: readonly PartnerEntry[], word: string): PartnerEntry | undefined {
  const wanted = word.trim().toLowerCase();
  return partners.find((p) => p.slug === wanted) ?? partners.find((p) => p.aliases.some((a) => slug(a) === wanted || a.toLowerCase() === wanted));
}

/** What the page says of an address word that names no partner. */
export function unknownPartnerNotice(word: string): string {
  return `Ignored partner “${word.length > 40 ? `${word.slice(0, 40)}…` : word}”: no page of the edition names such a partner; showing every partner.`;
}
