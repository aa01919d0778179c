import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Restatement } from '../../src/data/editions/merge';
import { parseDataset } from '../../src/data/model/parseDataset';
import { selectCountryView } from '../../src/data/selectors/countryView';
import { restatementsToTell } from '../../src/data/selectors/restatements';
import { editionsChart } from '../../src/features/editions/editionsChart';
import { chartSummary } from '../../src/figures/chartSummary';
import { markLabels } from '../../src/figures/markLabels';
import { formatPercentChange, readableThousands } from '../../src/lib/format';
import { restatementListText, restatementSentence } from '../../src/ui/restatementText';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());

function viewOf(id: string, selection: { years?: number[]; lines?: ('dos-nadr-cwd' | 'dod')[] } = {}) {
  const country = dataset.countries.find((c) => c.id === id);
  if (!country) throw new Error(`no ${id}`);
  return selectCountryView(dataset, country, { years: selection.years ?? null, lines: selection.lines ?? null });
}

const sentenceOf = (id: string, selection?: Parameters<typeof viewOf>[1]) => {
  const view = viewOf(id, selection);
  return restatementSentence(view.country.name, view.funding.restatements, view.editionName);
};

// The line restatements in the default years (FY2015–FY2017), worked out from the three data files as printed, not by the app.
interface Row {
  label: string;
  [column: string]: number | string;
}
const files = [2016, 2017, 2018].map(
  (edition) =>
    [edition, JSON.parse(readFileSync(resolve('src/data/datasets', `tweis-${edition}-funding.json`), 'utf8')) as { countries: { id: string; rows: Row[] }[] }] as const,
);
function lineRestatements(): { countryId: string; label: string; year: number; earlier: [number, number]; later: [number, number] }[] {
  const figures = new Map<string, [number, number][]>();
  for (const [edition, file] of files) {
    for (const country of file.countries) {
      for (const row of country.rows) {
        for (const year of [2015, 2016, 2017]) {
          const value = row[`fy${year}`];
          if (typeof value !== 'number') continue;
          const key = `${country.id}|${row.label}|${year}`;
          figures.set(key, [...(figures.get(key) ?? []), [edition, value]]);
        }
      }
    }
  }
  return [...figures.entries()].flatMap(([key, list]) => {
    const [countryId = '', label = '', year = ''] = key.split('|');
    const first = list[0];
    const last = list[list.length - 1];
    return first && last && first[1] !== last[1] ? [{ countryId, label, year: Number(year), earlier: first, later: last }] : [];
  });
}

describe('the first screen’s sentence on a restated figure', () => {
  it('names Iraq’s FY2016 restatement, the 2017 edition’s $15,000K and the 2018 edition’s $30,945K, as printed', () => {
    // The two Iraq pages print DOS NADR - CWD FY2016 as 15,000 (2017 edition) and 30,945 (2018 edition).
    expect(readFileSync(resolve('tests/fixtures/sources/tweis-2018/iraq.txt'), 'utf8')).toContain('DOS NADR - CWD 37,835 30,945 48,000 293,111');
    const iraq = viewOf('iraq');
    const nadr = iraq.funding.restatements.find((r) => r.key === 'dos-nadr-cwd');
    expect(nadr?.figures.map((f) => [iraq.editionName(f.editionId), f.value])).toEqual([
      ['2017 edition', 15000],
      ['2018 edition', 30945],
    ]);
    // 30,945 − 15,000 = 15,945: +106.3 % of 15,000.
    expect(sentenceOf('iraq')).toBe(
      "The 2018 edition restates Iraq's FY2016 funding (DOS NADR-CWD) at $30.9 million: a change of +$15.9 million (+106%) from the $15.0 million the 2017 edition printed.",
    );
  });

  it('tells the line, not the printed total that moved with it', () => {
    const iraq = viewOf('iraq');
    // Both the line and the COUNTRY TOTAL (15,058 → 31,003) are restated; the total is not counted a second time.
    expect(iraq.funding.restatements.map((r) => r.key)).toEqual(['dos-nadr-cwd', 'total']);
    expect(restatementsToTell(iraq.funding.restatements).map((r) => r.key)).toEqual(['dos-nadr-cwd']);
    expect(sentenceOf('iraq')).not.toContain('31.0 million');
  });

  it('says each country’s line restatement with the change in dollars and percent of the earlier figure, from the data files', () => {
    const expected = lineRestatements();
    // South Sudan FY2016 (down), Iraq FY2016, Colombia FY2015 (the 2016 edition against the 2018).
    expect(expected.map((e) => `${e.countryId} FY${e.year}`).sort()).toEqual(['colombia FY2015', 'iraq FY2016', 'south-sudan FY2016']);
    for (const e of expected) {
      const change = e.later[1] - e.earlier[1];
      const percent = Math.round((Math.abs(change) / e.earlier[1]) * 100);
      const sentence = sentenceOf(e.countryId);
      expect(sentence).toContain(`The ${e.later[0]} edition restates`);
      expect(sentence).toContain(`FY${e.year} funding (DOS NADR-CWD) at ${readableThousands(e.later[1]).text}`);
      expect(sentence).toContain(`a change of ${readableThousands(change, { signed: true }).text} (${change < 0 ? '−' : '+'}${percent}%)`);
      expect(sentence).toContain(`from the ${readableThousands(e.earlier[1]).text} the ${e.earlier[0]} edition printed.`);
    }
    expect(sentenceOf('south-sudan')).toBe(
      "The 2018 edition restates South Sudan's FY2016 funding (DOS NADR-CWD) at $300,000: a change of −$1.70 million (−85%) from the $2.00 million the 2017 edition printed.",
    );
  });

  it('says nothing where no figure shown is restated: Mali, Iraq without FY2016, Iraq’s DoD line alone', () => {
    expect(sentenceOf('mali')).toBeNull();
    expect(sentenceOf('iraq', { years: [2015, 2017] })).toBeNull();
    expect(sentenceOf('iraq', { lines: ['dod'] })).toBeNull();
  });

  it('with several, gives how many and the largest change', () => {
    const iraq = viewOf('iraq');
    const [nadr] = iraq.funding.restatements;
    if (!nadr) throw new Error('no restatement');
    const figure = (editionId: string, edition: number, value: number) => ({ editionId, edition, page: null, value });
    // DoD's FY2015, 100 → 60 between the 2017 and the 2018 edition: smaller than NADR-CWD's FY2016.
    const smaller: Restatement = { ...nadr, key: 'dod', fiscalYear: 2015, figures: [figure('tweis-2017', 2017, 100), figure('tweis-2018', 2018, 60)], difference: -40 };
    expect(restatementSentence('Iraq', [smaller, nadr], iraq.editionName)).toBe(
      "The 2018 edition restates 2 of Iraq's figures shown; the largest change, FY2016 funding (DOS NADR-CWD), is now $30.9 million: a change of +$15.9 million (+106%) from the $15.0 million the 2017 edition printed.",
    );
    // Restated by different editions (the 2017 edition restating the 2016's): the edition of the largest is named.
    const byEarlier: Restatement = { ...smaller, figures: [figure('tweis-2016', 2016, 100), figure('tweis-2017', 2017, 60)] };
    expect(restatementSentence('Iraq', [byEarlier, nadr], iraq.editionName)).toBe(
      "Later editions restate 2 of Iraq's figures shown; the largest change, FY2016 funding (DOS NADR-CWD), is now $30.9 million in the 2018 edition: a change of +$15.9 million (+106%) from the $15.0 million the 2017 edition printed.",
    );
    // Printed by two earlier editions alike, then changed: both are named.
    const twice: Restatement = { ...smaller, figures: [figure('tweis-2016', 2016, 100), figure('tweis-2017', 2017, 100), figure('tweis-2018', 2018, 60)] };
    expect(restatementSentence('Iraq', [twice], iraq.editionName)).toBe(
      "The 2018 edition restates Iraq's FY2015 funding (DoD) at $60,000: a change of −$40,000 (−40%) from the $100,000 the 2016 edition and the 2017 edition printed.",
    );
  });
});

describe('a change as a percent of the earlier figure', () => {
  it('rounds to the whole percent from the exact figures, signed, and gives none of $0', () => {
    expect(formatPercentChange(15945, 15000)).toBe('+106%');
    expect(formatPercentChange(-1700, 2000)).toBe('−85%');
    expect(formatPercentChange(3539, 3500)).toBe('+101%');
    expect(formatPercentChange(35, 3500)).toBe('+1%');
    expect(formatPercentChange(1, 1000)).toBe('less than 1%');
    expect(formatPercentChange(5, 1000)).toBe('+1%');
    expect(formatPercentChange(500, 0)).toBeNull();
  });
});

describe('the chart of funding as each edition printed it', () => {
  it('draws Iraq’s FY2016 as the 2017 and the 2018 edition printed it, the later outlined as restated', () => {
    const iraq = viewOf('iraq');
    const chart = editionsChart(iraq, iraq.editions.series.restatements);
    expect(chart).not.toBeNull();
    if (!chart) return;
    expect(chart.title).toBe('Iraq: funding as each edition printed it');
    expect(chart.subtitle).toBe('DOS NADR-CWD · FY2016 · 2017 and 2018 editions · U.S. dollars');
    expect(chart.layout).toBe('grouped');
    expect(chart.categories).toEqual(['FY2016']);
    expect(chart.series.map((s) => [s.name, s.values, s.restated])).toEqual([
      ['2017 edition', [15000], [false]],
      ['2018 edition', [30945], [true]],
    ]);
    expect(markLabels(chart, 0)).toEqual(['$15.0 million', '$30.9 million']);
    expect(chartSummary(chart)).toContain('FY2016: 2017 edition $15,000,000, 2018 edition $30,945,000.');
    // Every restatement of the lines shown in words, the printed total's too; the figures exactly in the table.
    expect(chart.notes.slice(0, 2)).toEqual(iraq.editions.series.restatements.map((r) => restatementListText(r, iraq.editionName)));
    expect(chart.notes[0]).toBe('FY2016, DOS NADR-CWD: the 2017 edition prints $15.0 million; the 2018 edition prints $30.9 million: a change of +$15.9 million (+106%).');
    expect(chart.table.rows).toEqual([['Iraq', 'DOS NADR-CWD', 'FY2016', 15000, 30945]]);
    expect(chart.source).toContain('To Walk the Earth in Safety, 2017 and 2018 editions');
    // Each edition's page, in the order of the bars.
    expect(chart.source).toMatch(/2017\/275978\.htm.*2018\/287846\.htm/);
  });

  it('is not drawn where no edition changed a figure', () => {
    const mali = viewOf('mali');
    expect(editionsChart(mali, mali.editions.series.restatements)).toBeNull();
  });
});
