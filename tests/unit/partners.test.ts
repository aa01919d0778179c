import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { knownPartnerNames, partnerDirectory, partnerFor, partnerOf, PARTNER_ALIASES, resultByPartner, splitPartnerNames, unknownPartnerNotice } from '../../src/data/selectors/partners';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const NARRATIVE = resolve('src/data/datasets/tweis-2018-narrative/countries');
interface Page {
  id: string;
  partners: string[];
  results: { partner: string | null }[];
  activities: { partner: string | null }[];
}
const narrativePages = readdirSync(NARRATIVE).map((f) => JSON.parse(readFileSync(resolve(NARRATIVE, f), 'utf8')) as Page);
/** The edition's funding file lists partners for some pages too (Cambodia's names HALO outside its stored text). */
const fundingFile = JSON.parse(readFileSync(resolve('src/data/datasets/tweis-2018-funding.json'), 'utf8')) as { countries: { id: string; partners?: string[] }[] };
const pages: Page[] = fundingFile.countries.map((c) => {
  const page = narrativePages.find((p) => p.id === c.id);
  return { id: c.id, partners: [...(c.partners ?? []), ...(page?.partners ?? [])], results: page?.results ?? [], activities: page?.activities ?? [] };
});
/** Every partner name a page prints, wherever it prints it. */
const printedNames = (p: Page) => [...p.partners, ...p.results.map((r) => r.partner), ...p.activities.map((a) => a.partner)].filter((n): n is string => n !== null);

describe('partner names', () => {
  it.each([
    ['HALO', 'the-halo-trust', 'The HALO Trust'],
    ['The HALO Trust', 'the-halo-trust', 'The HALO Trust'],
    ['MAG', 'mines-advisory-group', 'Mines Advisory Group'],
    ['Mines Advisory Group', 'mines-advisory-group', 'Mines Advisory Group'],
    ['NPA', 'norwegian-peoples-aid', 'Norwegian People’s Aid'],
    ["Norwegian People's Aid", 'norwegian-peoples-aid', 'Norwegian People’s Aid'],
    ['DDG', 'danish-demining-group', 'Danish Demining Group'],
    ['FSD', 'swiss-foundation-for-mine-action', 'Swiss Foundation for Mine Action'],
    ['Swiss Foundation for Mine Action', 'swiss-foundation-for-mine-action', 'Swiss Foundation for Mine Action'],
    ['Golden West', 'golden-west-humanitarian-foundation', 'Golden West Humanitarian Foundation'],
    ['Golden West Humanitarian Foundation', 'golden-west-humanitarian-foundation', 'Golden West Humanitarian Foundation'],
    ['DCA', 'danchurchaid', 'DanChurchAid'],
    ['Polus', 'polus', 'Polus'],
  ])('%s is %s', (printed, slug, name) => {
    expect(partnerOf(printed)).toEqual({ slug, name });
  });

  it('gives every alias one partner only', () => {
    const all = PARTNER_ALIASES.flatMap((p) => p.aliases.map((a) => a.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits a pair of partners the pages name on their own, and nothing else', () => {
    const known = knownPartnerNames(dataset);
    expect(splitPartnerNames('ITF and NPA', known)).toEqual(['ITF', 'NPA']);
    expect(splitPartnerNames('Development Alternatives International', known)).toEqual(['Development Alternatives International']);
    expect(resultByPartner('ITF and NPA', 'norwegian-peoples-aid', known)).toBe(true);
  });

  it('covers every spelling the pages print of the partners with aliases', () => {
    const printed = new Set(pages.flatMap(printedNames));
    for (const name of printed) {
      // A name that carries an alias's short form but is not one of its spellings would make a second page.
      for (const p of PARTNER_ALIASES) {
        const short = p.aliases[0] ?? p.name;
        if (new RegExp(`\\b${short}\\b`).test(name) && !/\band\b/.test(name)) expect(p.aliases).toContain(name);
      }
    }
  });
});

describe('a partner from the address', () => {
  const partners = partnerDirectory(dataset);
  it.each([
    ['the-halo-trust', 'the-halo-trust'],
    ['HALO', 'the-halo-trust'],
    ['mag', 'mines-advisory-group'],
    ['golden-west', 'golden-west-humanitarian-foundation'],
    ['hd-r-d', 'hd-r-d'],
  ])('%s opens %s', (word, slug) => {
    expect(partnerFor(partners, word)?.slug).toBe(slug);
  });
  it('names a word that opens no partner', () => {
    expect(partnerFor(partners, 'acme')).toBeUndefined();
    expect(unknownPartnerNotice('acme')).toBe('Ignored partner “acme”: no page of the edition names such a partner; showing every partner.');
  });
});

describe('the HALO page', () => {
  it('lists every country whose page names HALO, as a plain search of the narrative files finds them', () => {
    const halo = /\bHALO\b|HALO Trust/;
    const expected = pages.filter((p) => printedNames(p).some((n) => halo.test(n))).map((p) => p.id).sort();
    const entry = partnerDirectory(dataset).find((p) => p.slug === 'the-halo-trust');
    const listed = entry?.mentions.filter((m) => m.place.type === 'country').map((m) => m.place.id).sort();
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(listed).toEqual(expected);
  });

  it('has one page per partner, each with at least one page naming it', () => {
    const partners = partnerDirectory(dataset);
    expect(new Set(partners.map((p) => p.slug)).size).toBe(partners.length);
    expect(partners.every((p) => p.mentions.length > 0)).toBe(true);
    expect(partners.find((p) => p.slug === 'mines-advisory-group')?.mentions.map((m) => m.place.id)).toContain('mali');
  });
});
