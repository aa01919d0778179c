import { describe, expect, it } from 'vitest';
import { fileBase, fiscalYearsSlug } from '../../../src/lib/export/fileName';
import { slug } from '../../../src/lib/slug';
import { niceScale } from '../../../src/figures/niceScale';
import { dataUrlToBlob } from '../../../src/lib/export/rasterize';
import { estimateTextWidth, wrapText } from '../../../src/lib/export/textMeasure';

describe('file names', () => {
  it('say what the file is', () => {
    expect(fileBase(['mali', 'funding-by-agency', fiscalYearsSlug([2015, 2016, 2017]), ''])).toBe('mali-funding-by-agency-fy2015-fy2017');
    expect(fileBase(['mali', 'funding-by-agency', fiscalYearsSlug([2017]), 'dod'])).toBe('mali-funding-by-agency-fy2017-dod');
    expect(fiscalYearsSlug([2017, 2015])).toBe('fy2015-and-fy2017');
    expect(slug('Côte d’Ivoire / <script>')).toBe('cote-d-ivoire-script');
  });
});

describe('niceScale', () => {
  it('rounds the axis up to a readable step', () => {
    expect(niceScale(1200)).toEqual({ max: 1250, ticks: [0, 250, 500, 750, 1000, 1250] });
    expect(niceScale(182)).toEqual({ max: 200, ticks: [0, 50, 100, 150, 200] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(0.3).ticks.every((t) => Number.isFinite(t))).toBe(true);
  });
});

describe('wrapText', () => {
  it('breaks at spaces to fit the width and keeps every word', () => {
    const text = 'Source: U.S. Department of State, Bureau of Political-Military Affairs';
    const lines = wrapText(text, 200, 14, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines.slice(0, -1)) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(200);
  });
});

describe('dataUrlToBlob', () => {
  it('decodes a base64 data URL', async () => {
    const blob = dataUrlToBlob('data:image/png;base64,iVBORw0K');
    expect(blob.type).toBe('image/png');
    expect(Array.from(new Uint8Array(await blob.arrayBuffer()))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
  });

  it('refuses something that is not one', () => {
    expect(() => dataUrlToBlob('not a data url')).toThrow('The browser returned an image in an unexpected form.');
  });
});
