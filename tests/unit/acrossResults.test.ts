import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import type { Result } from '../../src/data/model/schema';
import { acrossResultRows, calculatedTotals, filterAcrossRows, placesOf, type AcrossResultRow } from '../../src/data/selectors/acrossResults';
import { classifyResult, kindOf, RESULT_KINDS } from '../../src/data/selectors/resultKinds';
import { totalText } from '../../src/features/acrossResults/resultWords';
import { acrossSearchTerms } from '../../src/features/acrossResults/searchTerms';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const NARRATIVE = resolve('src/data/datasets/tweis-2018-narrative/countries');
const pages = readdirSync(NARRATIVE).map((f) => JSON.parse(readFileSync(resolve(NARRATIVE, f), 'utf8')) as { id: string; results: Result[]; context: unknown[] });

describe('the kind of a result', () => {
  it.each([
    [{ label: 'SA/LW destroyed', unit: 'count' }, 'weapons-destroyed'],
    [{ label: 'of surplus ammunition destroyed', unit: 'metric-tons' }, 'weapons-destroyed'],
    [{ label: 'pieces of large-caliber ammunition demilitarized', unit: 'count' }, 'weapons-destroyed'],
    [{ label: 'explosive hazards removed through UNDP support to YEMAC', unit: 'count' }, 'weapons-destroyed'],
    [{ label: 'weapons disposed of', unit: 'count' }, 'weapons-destroyed'],
    [{ label: 'of land cleared', unit: 'square-kilometers' }, 'area-cleared'],
    [{ label: 'of formerly contaminated land handed back to communities', unit: 'square-meters' }, 'area-cleared'],
    [{ label: 'confirmed hazardous areas cleared', unit: 'count' }, 'area-cleared'],
    [{ label: 'people given mine risk education', unit: 'count' }, 'risk-education'],
    [{ label: 'people who received rehabilitation services', unit: 'count' }, 'survivors-assisted'],
    [{ label: 'rehabilitation service providers trained', unit: 'count' }, 'personnel-trained'],
    [{ label: 'security force personnel trained in SA/LW management', unit: 'count' }, 'personnel-trained'],
    [{ label: 'armories built or refurbished', unit: 'count' }, 'storage-built'],
    [{ label: 'weapons storage facilities upgraded or constructed', unit: 'count' }, 'storage-built'],
    [{ label: 'ammunition storage depots built', unit: 'count' }, 'storage-built'],
    // Cleared, but vegetation, not land or munitions: no kind fits.
    [{ label: 'of dense jungle vegetation cleared by the Badger armored excavator', unit: 'square-meters' }, 'other'],
    [{ label: 'weapons secured', unit: 'count' }, 'other'],
    [{ label: 'suspected hazardous areas resurveyed', unit: 'count' }, 'other'],
    [{ label: 'EOD Level I Awareness missions', unit: 'count' }, 'other'],
  ] as const)('%o is %s', (result, kind) => {
    expect(classifyResult(result)).toBe(kind);
  });

  it('lists every result of every page once, context figures never', () => {
    const rows = acrossResultRows(dataset);
    const stated = pages.reduce((n, p) => n + p.results.length, 0) + dataset.programs.reduce((n, p) => n + p.results.length, 0);
    expect(rows).toHaveLength(stated);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const byKind = RESULT_KINDS.map((k) => filterAcrossRows(rows, k.slug, null).length);
    expect(byKind.reduce((a, b) => a + b, 0)).toBe(rows.length);
    // Every kind has something in this edition.
    expect(byKind.every((n) => n > 0)).toBe(true);
  });

  it('finds weapons and munitions destroyed on at least 10 countries’ pages', () => {
    const rows = filterAcrossRows(acrossResultRows(dataset), 'weapons-destroyed', null);
    expect(placesOf(rows).countries).toBeGreaterThanOrEqual(10);
  });

  it('filters by region by its address word', () => {
    const rows = filterAcrossRows(acrossResultRows(dataset), null, 'Africa');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.place.region === 'Africa')).toBe(true);
  });

  it('reads a kind from its address word only', () => {
    expect(kindOf(' Area-Cleared ')).toBe('area-cleared');
    expect(kindOf('land')).toBeNull();
  });
});

function row(id: string, value: number, bound: Result['bound'], unit: Result['unit'], from: number | null, to: number): AcrossResultRow {
  return {
    key: id,
    place: { type: 'country', id, name: id, region: 'Africa' },
    kind: 'weapons-destroyed',
    result: { id, label: 'things destroyed', value, valueText: null, bound, unit, alsoPrinted: null, period: { from, to, note: null }, partner: null, agency: 'dos' },
  };
}

describe('calculated totals', () => {
  it('adds only results in the same unit over the same years', () => {
    const totals = calculatedTotals([row('a', 100, 'exact', 'metric-tons', 2017, 2017), row('b', 50, 'exact', 'metric-tons', 2017, 2017), row('c', 7, 'exact', 'metric-tons', 2015, 2017), row('d', 9, 'exact', 'count', 2017, 2017)]);
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject({ unit: 'metric-tons', from: 2017, to: 2017, value: 150, bound: 'exact' });
    expect(totalText(totals[0] ?? calculatedTotals([])[0] ?? (() => { throw new Error('no total'); })())).toBe('Calculated total, 2017, metric tons: 150 (2 results)');
  });

  it('gives a sum with a "more than" figure as "at least", never as exact', () => {
    const [total] = calculatedTotals([row('a', 570, 'more-than', 'metric-tons', 2017, 2017), row('b', 290, 'exact', 'metric-tons', 2017, 2017)]);
    expect(total).toMatchObject({ bound: 'at-least', value: 860 });
    expect(totalText(total ?? (() => { throw new Error('no total'); })())).toMatch(/^Calculated total, 2017, metric tons: at least 860 /);
  });

  it('does not add approximate figures', () => {
    const [total] = calculatedTotals([row('a', 350000, 'approximately', 'count', 2017, 2017), row('b', 3000, 'more-than', 'count', 2017, 2017)]);
    expect(total).toMatchObject({ bound: 'not-added', value: null });
    expect(totalText(total ?? (() => { throw new Error('no total'); })())).toMatch(/not added up/);
  });

  it('keeps "up to 2017" apart from "2017"', () => {
    expect(calculatedTotals([row('a', 1, 'exact', 'count', null, 2017), row('b', 2, 'exact', 'count', 2017, 2017)])).toEqual([]);
  });

  it('totals the edition’s metric tons destroyed in 2017 from the pages', () => {
    const rows = filterAcrossRows(acrossResultRows(dataset), 'weapons-destroyed', null);
    const tons2017 = pages.flatMap((p) => p.results.filter((r) => r.unit === 'metric-tons' && r.period.from === 2017 && r.period.to === 2017));
    const total = calculatedTotals(rows).find((t) => t.unit === 'metric-tons' && t.from === 2017 && t.to === 2017);
    expect(total?.rows).toHaveLength(tons2017.length);
    expect(total?.value).toBe(tons2017.reduce((s, r) => s + r.value, 0));
    expect(total?.bound).toBe(tons2017.some((r) => r.bound !== 'exact') ? 'at-least' : 'exact');
  });
});

describe('what a search can offer', () => {
  it('names every kind and partner with the address it opens', () => {
    const terms = acrossSearchTerms(dataset);
    expect(terms.kinds.map((k) => k.params)).toContain('?view=results&kind=weapons-destroyed');
    expect(terms.partners.find((p) => p.slug === 'the-halo-trust')).toMatchObject({ name: 'The HALO Trust', params: '?view=partner&partner=the-halo-trust' });
    expect(terms.partners.find((p) => p.slug === 'the-halo-trust')?.aliases).toContain('HALO');
  });
});
