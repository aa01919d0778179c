import { describe, expect, it } from 'vitest';
import { layOverReport } from '../../src/data/editions/layOver';
import { importDatasetText } from '../../src/data/import/importFile';
import { parseDataset } from '../../src/data/model/parseDataset';
import { countryAcrossEditions, editionLabel } from '../../src/data/selectors/acrossEditions';
import { fullDatasetJson } from '../fixtures/datasets';

const report = parseDataset(fullDatasetJson()).dataset;
const HEADER = 'Country,Region,Agency line,Printed label,FY2016 (USD thousands),FY2017 (USD thousands),FY2018 (USD thousands),Cumulative (USD thousands)';

function imported(csv: string) {
  const result = importDatasetText(csv, 'office.csv');
  if (result.ok === 'ask') throw new Error(`the file left a question open: ${result.reading.questions.map((q) => q.id).join(', ')}`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.loaded.dataset;
}

describe('an imported file laid over the report', () => {
  it('becomes the latest edition: its differences from the report are restatements, its new year joins the series', () => {
    const office = imported(`${HEADER}\nMali,Africa,DoD,DoD,170,200,250,602\nMali,Africa,DOS NADR-CWD,DOS NADR - CWD,500,1000,,2700\n`);
    const laid = layOverReport(office, report);
    expect(laid.earlierEditions.map((e) => [e.id, e.tables.map((t) => t.countryId)])).toEqual([
      ['tweis-2017', ['mali']],
      ['tweis-2018', ['mali']],
    ]);
    const mali = laid.countries.find((c) => c.id === 'mali');
    if (!mali) throw new Error('no Mali');
    const { series } = countryAcrossEditions(laid, mali);
    expect(series.fiscalYears).toEqual([2014, 2015, 2016, 2017, 2018]);
    expect(series.restatements.map((r) => [r.key, r.fiscalYear, r.figures.map((f) => [editionLabel(laid, f.editionId), f.value])])).toEqual([
      ['dod', 2017, [['2018 edition', 182], ['“office.csv” (imported)', 200]]],
    ]);
    // The file leaves DOS NADR-CWD FY2018 blank: not reported, not taken from anywhere else.
    expect(series.cells.get('dos-nadr-cwd')?.get(2018)).toBeNull();
    expect(series.cells.get('dos-nadr-cwd')?.get(2015)).toMatchObject({ editionId: 'tweis-2018', value: 1200 });
    // The chain from the report to the file: 602 − 250 = 352, the report's DoD cumulative.
    expect(series.chain.find((c) => c.key === 'dod' && c.earlier.editionId === 'tweis-2018')).toMatchObject({ status: 'holds', gap: 0, expected: 352 });
  });

  it('leaves a file that is not later than the report, or that reuses its id, as it is', () => {
    expect(layOverReport(report, report)).toBe(report);
    const office = imported(`${HEADER}\nMali,Africa,DoD,DoD,170,182,250,602\n`);
    const same = { ...office, id: 'tweis-2017' };
    expect(layOverReport(same, report)).toBe(same);
    const older = { ...office, source: { ...office.source, edition: 2017 } };
    expect(layOverReport(older, report)).toBe(older);
  });
});
