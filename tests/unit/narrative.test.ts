import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { checkInvestment } from '../../src/data/selectors/investmentCheck';
import { parseDataset } from '../../src/data/model/parseDataset';
import type { Bound } from '../../src/data/model/schema';
import { fullDatasetJson } from '../fixtures/datasets';

/**
 * Every figure of the 2018 narrative held against the page text it was
 * transcribed from (tests/fixtures/sources/tweis-2018/, as stored; Mali from
 * its complete page): the printed words occur on the page, and they state
 * the value and bound the dataset gives.
 */

const SOURCES = resolve('tests/fixtures/sources');
const { dataset } = parseDataset(fullDatasetJson());

function pageText(id: string): string {
  const file = id === 'mali' ? 'mali-complete' : id;
  return readFileSync(resolve(SOURCES, 'tweis-2018', `${file}.txt`), 'utf8').replace(/\s+/g, ' ');
}

/** The sources README's table: page id -> yes / likely / no: cut short. */
function completenessTable(): Map<string, string> {
  const rows = readFileSync(resolve(SOURCES, 'README.md'), 'utf8').split('\n');
  const table = new Map<string, string>();
  for (const row of rows) {
    const cells = row.split('|').map((c) => c.trim());
    if (cells[1] === '2018' && cells[2]) table.set(cells[2], cells[5] ?? '');
  }
  return table;
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const QUALIFIERS: [RegExp, Bound][] = [
  [/^(more than|over|just over) /i, 'more-than'],
  [/^(approximately|about|some|roughly|as many as|as much as) /i, 'approximately'],
  [/^at least /i, 'at-least'],
  [/^(nearly|almost) /i, 'nearly'],
  [/^(less than|fewer than) /i, 'less-than'],
];

/** "approximately eight million" -> { bound: approximately, number: 8000000 }; "$15.4 million" -> 15.4 (the unit says millions). */
function readPrinted(text: string, moneyInMillions: boolean): { bound: Bound; number: number } {
  let rest = text.trim();
  let bound: Bound = 'exact';
  for (const [pattern, b] of QUALIFIERS) {
    if (pattern.test(rest)) {
      bound = b;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  rest = rest.replace(/^\$/, '');
  const match = /^([\d,]+(?:\.\d+)?|[a-z]+)(?: (million))?$/i.exec(rest);
  if (!match?.[1]) throw new Error(`cannot read the printed figure "${text}"`);
  const head = match[1].toLowerCase();
  const base = /^\d/.test(head) ? Number(head.replace(/,/g, '')) : WORDS[head];
  if (base === undefined) throw new Error(`unknown number word in "${text}"`);
  const scale = match[2] && !moneyInMillions ? 1_000_000 : 1;
  return { bound, number: Math.round(base * scale * 1000) / 1000 };
}

const withNarrative = dataset.countries.filter((c) => c.narrativeIncluded);

describe('the 2018 narrative against its page texts', () => {
  it('covers every country table but Peru, whose page text was not found', () => {
    expect(dataset.countries).toHaveLength(35);
    expect(dataset.countries.filter((c) => !c.narrativeIncluded).map((c) => c.id)).toEqual(['peru']);
    const files = readdirSync(resolve('src/data/datasets/tweis-2018-narrative/countries')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(withNarrative.map((c) => c.id).sort());
    expect(funding.countries).toHaveLength(35);
  });

  it.each(withNarrative.map((c) => [c.id, c] as const))('%s: every figure is on the page, with the value and bound it states', (_id, country) => {
    const text = pageText(country.id);
    const figures = [...country.results, ...country.context];
    for (const figure of figures) {
      expect(figure.valueText, `${figure.id} has its printed words`).not.toBeNull();
      const printed = figure.valueText ?? '';
      expect(text, `${figure.id}: "${printed}"`).toContain(printed);
      if (figure.alsoPrinted) expect(text, `${figure.id}: "${figure.alsoPrinted}"`).toContain(figure.alsoPrinted);
      const read = readPrinted(printed, figure.unit === 'usd-millions');
      expect([figure.id, read.number, read.bound]).toEqual([figure.id, figure.value, figure.bound]);
      expect(figure.period.from === null || figure.period.from <= figure.period.to).toBe(true);
    }
    for (const result of country.results) {
      // The partner credited is named on the page (each of a joint credit).
      for (const partner of result.partner?.split(' and ') ?? []) expect(text, `${result.id}: partner ${partner}`).toContain(partner);
    }
    if (country.investment) {
      expect(text).toContain(country.investment.valueText);
      const read = readPrinted(country.investment.valueText, country.investment.unit === 'usd-millions');
      expect([read.number, read.bound]).toEqual([country.investment.value, country.investment.bound]);
    }
  });

  it('says how much of each page is stored, as the sources README does, and what a cut page lacks', () => {
    const table = completenessTable();
    for (const country of withNarrative) {
      const expected = country.id === 'mali' ? 'yes' : table.get(country.id);
      const status = country.coverage?.status;
      expect([country.id, status]).toEqual([
        country.id,
        expected === 'yes' ? 'complete' : expected === 'likely' ? 'likely-complete' : 'partial',
      ]);
      if (status === 'partial') expect(country.coverage?.missing, country.id).toBeTruthy();
    }
  });

  it('links every activity to results of its own page, and keeps each result apart from context', () => {
    for (const country of withNarrative) {
      const ids = new Set(country.results.map((r) => r.id));
      for (const activity of country.activities) for (const id of activity.resultIds) expect(ids.has(id)).toBe(true);
      const contextIds = new Set(country.context.map((c) => c.id));
      expect(country.results.filter((r) => contextIds.has(r.id))).toEqual([]);
    }
  });

  it('holds the program pages to their texts too', () => {
    expect(dataset.programs.map((p) => p.id)).toEqual([
      'middle-east-and-north-africa-other-us-support',
      'us-agency-for-international-development-patrick-j-leahy-war-victims-fund',
    ]);
    for (const page of dataset.programs) {
      const text = pageText(page.id);
      for (const figure of [...page.funding, ...page.results, ...page.context]) expect(text).toContain(figure.valueText);
      if (page.investment) expect(text).toContain(page.investment.valueText);
    }
  });

  it("checks each page's investment sentence against its table's cumulative", () => {
    const chad = dataset.countries.find((c) => c.id === 'chad');
    if (!chad) throw new Error('no Chad');
    expect(checkInvestment(chad)).toMatchObject({ investmentThousands: 15400, tableThousands: 15410, agrees: true });
    const checks = dataset.countries.flatMap((c) => {
      const check = checkInvestment(c);
      return check ? [[c.id, check.agrees]] : [];
    });
    expect(checks.length).toBeGreaterThan(25);
    expect(checks.filter(([, agrees]) => !agrees)).toEqual([]);
    // A table that falls below the page's "more than" is flagged.
    expect(checkInvestment({ ...chad, funding: { ...chad.funding, printedTotal: chad.funding.printedTotal && { ...chad.funding.printedTotal, cumulative: 15300 } } })?.agrees).toBe(false);
  });
});
