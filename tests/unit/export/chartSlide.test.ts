import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../../src/data/selectors/acrossEditions';
import { rankCountries, rankingShareBases } from '../../../src/data/selectors/ranking';
import { rankingChart } from '../../../src/features/overview/rankingChart';
import { chartSlide, MIN_CHART_FONT } from '../../../src/figures/slide';
import type { RankingTop } from '../../../src/data/selectors/overviewParams';
import type { LineId } from '../../../src/data/model/lines';
import { fullDatasetJson } from '../../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);

function ranking(lines: LineId[] | null, top: RankingTop, currentCountryId: string | null = null) {
  const query = { measure: { kind: 'year' as const, fiscalYear: 2017 }, years: [2015, 2016, 2017], lines, region: null };
  return rankingChart(rankCountries(dataset, offered, query), { ...query, currentCountryId, top, shares: rankingShareBases(dataset, offered, query), source: dataset.source });
}

/** Each slide of a deck: its text, its chart's categories, the type of its category names (pt) and its bars' own colours. */
async function slides(blob: Blob) {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const count = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const slide = (await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string')) ?? '';
      // Charts are numbered across every deck written: the slide's relationships name its own.
      const rels = (await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.async('string')) ?? '';
      const chartPath = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1] ?? '';
      const chart = (await zip.file(`ppt/charts/${chartPath}`)?.async('string')) ?? '';
      const notes = (await zip.file(`ppt/notesSlides/notesSlide${i + 1}.xml`)?.async('string')) ?? '';
      const catAxis = /<c:catAx>[\s\S]*?<\/c:catAx>/.exec(chart)?.[0] ?? '';
      return {
        text: Array.from(slide.matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) => m[1] ?? '').join(' ').replace(/&apos;/g, "'"),
        notes: Array.from(notes.matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) => m[1] ?? '').join('\n').replace(/&apos;/g, "'"),
        categories: Array.from((/<c:cat>([\s\S]*?)<\/c:cat>/.exec(chart)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g), (m) => m[1] ?? ''),
        nameSize: Number(/sz="(\d+)"/.exec(catAxis)?.[1] ?? 0) / 100,
        barColours: Array.from(chart.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g), (m) => m[1] ?? ''),
        axisMax: /<c:max val="([\d.]+)"\/>/.exec(chart)?.[1] ?? null,
      };
    }),
  );
}

describe('a ranking as PowerPoint slides', () => {
  it('the top 10 is one slide, its names at 14 pt, no bar coloured apart when no country was chosen', async () => {
    const chart = ranking(['dos-nadr-cwd'], 10);
    const [only, ...more] = await slides(await chartSlide(chart, 'https://example.test/?view=overview'));
    expect(more).toHaveLength(0);
    expect(only?.categories).toEqual(chart.categories);
    expect(only?.nameSize).toBe(14);
    expect(only?.barColours).toEqual([]);
    expect(only?.text).toContain('Top 10 recipients of State NADR-CWD funding, FY2017');
    expect(only?.text).toContain('9 countries with $0 in FY2017 are not shown:');
    // State NADR-CWD figures are round: no line about rounding.
    expect(only?.text).not.toContain('rounded');
  });

  it('says when its labels are rounded, and where the exact figures are; the chosen country’s bar is orange', async () => {
    const chart = ranking(null, 10, 'iraq');
    const [only] = await slides(await chartSlide(chart, 'https://example.test/?view=overview&country=iraq'));
    const line = "Amounts of $1 million or more are rounded to three significant figures; the chart's data sheet gives them exactly.";
    expect(only?.text).toContain(line);
    expect(only?.notes).toContain(line);
    expect(only?.barColours).toEqual(['E69F00', ...Array.from({ length: 9 }, () => '0072B2')]);
  });

  it('every country with funding goes on as few slides as keep the names at 10 pt or more, in equal parts, to one scale', async () => {
    const chart = ranking(null, 'all');
    expect(chart.categories).toHaveLength(33);
    const deck = await slides(await chartSlide(chart, 'https://example.test/?view=overview&top=all'));
    expect(deck).toHaveLength(2);
    expect(deck.map((s) => s.categories)).toEqual([chart.categories.slice(0, 17), chart.categories.slice(17)]);
    for (const s of deck) expect(s.nameSize).toBeGreaterThanOrEqual(MIN_CHART_FONT);
    expect(deck[0]?.text).toContain('Recipients of U.S. CWD funding, FY2017, ranked (1–17 of 33)');
    expect(deck[1]?.text).toContain('Recipients of U.S. CWD funding, FY2017, ranked (18–33 of 33)');
    expect(deck[0]?.axisMax).not.toBeNull();
    expect(deck[1]?.axisMax).toBe(deck[0]?.axisMax);
  });
});
