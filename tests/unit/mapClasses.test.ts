import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/model/parseDataset';
import { seriesFiscalYears } from '../../src/data/selectors/acrossEditions';
import { rankCountries } from '../../src/data/selectors/ranking';
import { classColour, classesAcrossYears, classesOf, MAP_STEPS, type MapClass } from '../../src/features/overview/mapClasses';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const offered = seriesFiscalYears(dataset);
/** Every country's figure for one fiscal year, every line, every region (null: not reported). */
const yearValues = (year: number, region: string | null = null) =>
  rankCountries(dataset, offered, { measure: { kind: 'year', fiscalYear: year }, years: offered, lines: null, region }).map((r) => r.value);
const inClass = (value: number, classes: readonly MapClass[]) => classes.find((c) => value >= c.from && value <= c.to);

describe('the map key', () => {
  it('cuts the distinct positive figures into four quartiles, each with its exact least and greatest figure; $0 and not reported are keyed apart', () => {
    expect(classesOf([8, 1, 2, 0, null, 3, 4, 5, 6, 7, 2])).toEqual([
      { from: 1, to: 2, colour: MAP_STEPS[0] },
      { from: 3, to: 4, colour: MAP_STEPS[1] },
      { from: 5, to: 6, colour: MAP_STEPS[2] },
      { from: 7, to: 8, colour: MAP_STEPS[3] },
    ]);
    // Fewer distinct figures than colours: one class each, spread from the lightest to the darkest.
    expect(classesOf([500, 0, 1200, null])).toEqual([
      { from: 500, to: 500, colour: MAP_STEPS[0] },
      { from: 1200, to: 1200, colour: MAP_STEPS[3] },
    ]);
    expect(classesOf([0, null])).toEqual([]);
  });

  it('for a map through the years, keys every year offered at once: each figure of each year falls in a class and keeps its colour', () => {
    expect(offered).toEqual([2013, 2014, 2015, 2016, 2017]);
    const byYear = offered.map((y) => yearValues(y));
    const key = classesAcrossYears(byYear);
    expect(key).toHaveLength(4);
    const every = byYear.flat().filter((v): v is number => v !== null && v > 0);
    // The key runs from the least to the greatest figure of any year, exactly.
    expect(key[0]?.from).toBe(Math.min(...every));
    expect(key.at(-1)?.to).toBe(Math.max(...every));
    for (const value of every) {
      const found = inClass(value, key);
      expect(found, `${value} in a class`).toBeDefined();
      expect(classColour(value, key)).toBe(found?.colour);
    }
    // The classes follow one another without overlap.
    for (let i = 1; i < key.length; i++) expect(key[i]?.from).toBeGreaterThan(key[i - 1]?.to ?? Infinity);
  });

  it('differs from a key of one year alone, which would move with the year: the FY2013 key and the FY2017 key disagree, the common key is one', () => {
    const alone2013 = classesOf(yearValues(2013));
    const alone2017 = classesOf(yearValues(2017));
    expect(alone2013).not.toEqual(alone2017);
    const key = classesAcrossYears(offered.map((y) => yearValues(y)));
    expect(key).not.toEqual(alone2017);
    // FY2017's largest figure (Iraq's) is the darkest colour whichever year is shown, because the key does not change with the year.
    const largest2017 = Math.max(...yearValues(2017).filter((v): v is number => v !== null));
    expect(classColour(largest2017, key)).toBe(MAP_STEPS[3]);
  });

  it('keys a region on its own countries, every year together', () => {
    const key = classesAcrossYears(offered.map((y) => yearValues(y, 'Africa')));
    const african = offered.flatMap((y) => yearValues(y, 'Africa')).filter((v): v is number => v !== null && v > 0);
    expect(key[0]?.from).toBe(Math.min(...african));
    expect(key.at(-1)?.to).toBe(Math.max(...african));
  });
});
