import { describe, expect, it } from 'vitest';
import { searchReport } from '../../src/app/siteSearchIndex';
import { parseDataset } from '../../src/data/model/parseDataset';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const first = (q: string) => searchReport(dataset, q).options[0];

describe('the header search', () => {
  it('offers the partner, the country and the kind of result an officer names first', () => {
    expect(first('halo')).toMatchObject({ group: 'Partner', label: 'The HALO Trust', matched: 'HALO', target: { kind: 'partner', slug: 'the-halo-trust' } });
    expect(first('drc')).toMatchObject({ group: 'Country', label: 'Democratic Republic of the Congo', matched: 'DRC', target: { kind: 'country', id: 'democratic-republic-of-the-congo' } });
    expect(first('mines')).toMatchObject({ group: 'Kind of result', matched: 'mines', target: { kind: 'results', slug: 'weapons-destroyed' } });
    // "mines" also finds the partner whose name holds it, after the kind.
    expect(searchReport(dataset, 'mines').options.map((o) => o.label)).toContain('Mines Advisory Group');
    expect(first('africa')).toMatchObject({ group: 'Region', label: 'Africa', target: { kind: 'region', name: 'Africa' } });
  });

  it('folds case, "&" and punctuation, and finds nothing for nothing', () => {
    expect(first('BOSNIA & HERZ')?.label).toBe('Bosnia and Herzegovina');
    expect(searchReport(dataset, '  ').options).toEqual([]);
    expect(searchReport(dataset, 'zzz').options).toEqual([]);
  });

  it('lists at most twelve and counts the rest', () => {
    const { options, more } = searchReport(dataset, 'a');
    expect(options).toHaveLength(12);
    expect(more).toBeGreaterThan(0);
  });
});
