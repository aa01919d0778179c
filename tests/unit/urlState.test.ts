import { describe, expect, it } from 'vitest';
import { parseFilterParams, serializeFilterParams } from '../../src/app/urlState';
import { parseDataset } from '../../src/data/model/parseDataset';
import { toggleInSelection } from '../../src/filters/filterStore';
import { fullDatasetJson } from '../fixtures/datasets';

const { dataset } = parseDataset(fullDatasetJson());
const parse = (search: string) => parseFilterParams(search, dataset);
/** The fields of a selection that only the overview sets, as the country view has them, for a link that names its country. */
const COUNTRY_VIEW = { view: 'country', countryChosen: true, measure: null, region: null, kind: null, partner: null, top: null, search: null, query: null, sort: null, embed: null, open: [] as string[] } as const;

describe('parseFilterParams', () => {
  it('reads a well-formed link', () => {
    expect(parse('?country=mali&years=2016,2017&agencies=dos,dod')).toEqual({
      selection: { ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: [2016, 2017], lines: null, compare: null },
      problems: [],
    });
    expect(parse('?country=mali&years=2017&agencies=dod').selection).toEqual({ ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: [2017], lines: ['dod'], compare: null });
    expect(parse('?country=mali&years=2016,2017&lines=dos-nadr-cwd,dod')).toEqual({
      selection: { ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: [2016, 2017], lines: null, compare: null },
      problems: [],
    });
    expect(parse('?country=mali&lines=dos-nadr-cwd').selection.lines).toEqual(['dos-nadr-cwd']);
  });

  it('reads an old agencies= link as every line of each agency', () => {
    expect(parse('?country=georgia&agencies=dos').selection.lines).toEqual(['dos-nadr-cwd', 'dos-other']);
    expect(parse('?country=georgia&agencies=dos,dod').selection.lines).toEqual(['dos-nadr-cwd', 'dos-other', 'dod']);
    expect(parse('?country=georgia&agencies=dos').problems).toEqual([]);
  });

  it('uses the defaults for an empty query', () => {
    // The country the page opens on is not one the officer chose.
    expect(parse('')).toEqual({ selection: { ...COUNTRY_VIEW, countryChosen: false, datasetId: null, country: 'mali', years: null, lines: null, compare: null }, problems: [] });
  });

  it('drops unknown years and says so, keeping the valid ones', () => {
    const { selection, problems } = parse('?years=2016,abc,2099,');
    expect(selection.years).toEqual([2016]);
    expect(problems).toEqual(['Ignored fiscal year “abc”, “2099”: the dataset has FY2013, FY2014, FY2015, FY2016, FY2017.']);
  });

  it('falls back to all years when none is valid', () => {
    expect(parse('?years=1999,20x7')).toEqual({
      selection: { ...COUNTRY_VIEW, countryChosen: false, datasetId: null, country: 'mali', years: null, lines: null, compare: null },
      problems: ['Ignored fiscal year “1999”, “20x7”: the dataset has FY2013, FY2014, FY2015, FY2016, FY2017.'],
    });
    expect(parse('?years=').problems).toEqual(['No fiscal year was given; showing the default years.']);
  });

  it('accepts the years earlier editions print, and treats the latest edition’s three as the default', () => {
    expect(parse('?country=mali&years=2014').selection.years).toEqual([2014]);
    expect(parse('?country=mali&years=2013,2014,2015,2016,2017').selection.years).toEqual([2013, 2014, 2015, 2016, 2017]);
    expect(parse('?country=mali&years=2017,2015,2016').selection.years).toBeNull();
  });

  it('drops unknown agencies and agencies the country does not have', () => {
    const { selection, problems } = parse('?agencies=DoD,usaid,<script>');
    expect(selection.lines).toEqual(['dod']);
    expect(problems).toEqual(['Ignored funding line “usaid”, “<script>”: Mali has dos-nadr-cwd, dod.']);
  });

  it('drops unknown lines and lines the country does not have', () => {
    const { selection, problems } = parse('?lines=DoD,dos-other,<script>');
    expect(selection.lines).toEqual(['dod']);
    expect(problems).toEqual(['Ignored funding line “dos-other”, “<script>”: Mali has dos-nadr-cwd, dod.']);
  });

  it('falls back to Mali for an unknown country', () => {
    expect(parse('?country=atlantis&years=2017')).toEqual({
      selection: { ...COUNTRY_VIEW, countryChosen: false, datasetId: null, country: 'mali', years: [2017], lines: null, compare: null },
      problems: ['Country “atlantis” is not in the dataset; showing Mali instead.'],
    });
  });

  it('survives repeated, encoded and very long values', () => {
    expect(parse('?years=2016&years=2015').selection.years).toEqual([2016]);
    expect(parse('?years=2016%2C2017').selection.years).toEqual([2016, 2017]);
    const long = parse(`?country=${'x'.repeat(5000)}`);
    expect(long.selection.country).toBe('mali');
    expect(long.problems[0]?.length).toBeLessThan(120);
  });
});

describe('country and comparison parameters', () => {
  it('reads any country in the dataset, case-insensitively', () => {
    expect(parse('?country=Niger').selection.country).toBe('niger');
    expect(parse('?country=bosnia-and-herzegovina&agencies=usaid').selection).toEqual({
      ...COUNTRY_VIEW,
      datasetId: null,
      country: 'bosnia-and-herzegovina',
      years: null,
      lines: ['usaid'],
      compare: null,
    });
  });

  it('checks agencies against the chosen country, not Mali', () => {
    expect(parse('?country=albania&agencies=usaid').problems).toEqual([]);
    expect(parse('?country=mali&agencies=usaid').problems).toEqual(['Ignored funding line “usaid”: Mali has dos-nadr-cwd, dod.']);
    expect(parse('?country=albania&lines=usaid').problems).toEqual([]);
    expect(parse('?country=mali&lines=usaid').problems).toEqual(['Ignored funding line “usaid”: Mali has dos-nadr-cwd, dod.']);
  });

  it('reads the comparison set, drops unknown ids and the country itself', () => {
    expect(parse('?country=mali&compare=niger,atlantis,mali,NIGER,burkina-faso')).toEqual({
      selection: { ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: null, lines: null, compare: ['niger', 'burkina-faso'] },
      problems: ['Ignored comparison country “atlantis”: not in the dataset.'],
    });
  });

  it('falls back to the default comparison when nothing usable is given, and allows an explicit empty set', () => {
    expect(parse('?compare=atlantis,,').selection.compare).toBeNull();
    expect(parse('?compare=').selection.compare).toEqual([]);
  });

  it('compares up to 40 countries (past four the charts rank them), and says so past that', () => {
    const ids = dataset.countries.map((c) => c.id).filter((id) => id !== 'mali');
    expect(parse(`?compare=${ids.slice(0, 9).join(',')}`).selection.compare).toEqual(ids.slice(0, 9));
    const [mali] = dataset.countries;
    if (!mali) throw new Error('fixture: no country');
    // The edition has 35 countries: ten more, copies of Mali, to pass the limit.
    const fake = { ...dataset, countries: [...dataset.countries, ...Array.from({ length: 10 }, (_, i) => ({ ...mali, id: `extra-${i}`, name: `Extra ${i}` }))] };
    const all = fake.countries.map((c) => c.id).filter((id) => id !== 'mali');
    const { selection, problems } = parseFilterParams(`?compare=${all.join(',')}`, fake);
    expect(selection.compare).toEqual(all.slice(0, 40));
    expect(problems).toEqual(['At most 40 countries can be compared; kept the first 40.']);
  });
});

describe('the dataset parameter', () => {
  it('is read as given and written first; the app shell checks it against what is stored', () => {
    expect(parse('?dataset=import-abc&country=mali').selection.datasetId).toBe('import-abc');
    expect(parse('?dataset=').selection.datasetId).toBeNull();
    expect(serializeFilterParams({ ...COUNTRY_VIEW, datasetId: 'import-abc', country: 'mali', years: null, lines: null, compare: null })).toBe(
      '?dataset=import-abc&country=mali',
    );
  });
});

describe('serializeFilterParams', () => {
  it('writes the canonical link, leaving out "all"', () => {
    expect(serializeFilterParams({ ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: [2016, 2017], lines: ['dos-nadr-cwd', 'dod'], compare: null })).toBe(
      '?country=mali&years=2016,2017&lines=dos-nadr-cwd,dod',
    );
    expect(serializeFilterParams({ ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: null, lines: ['dod'], compare: null })).toBe('?country=mali&lines=dod');
    expect(serializeFilterParams({ ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: null, lines: null, compare: null })).toBe('?country=mali');
    expect(serializeFilterParams({ ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: null, lines: null, compare: ['niger', 'burkina-faso'] })).toBe(
      '?country=mali&compare=niger,burkina-faso',
    );
  });

  it('round-trips through the parser', () => {
    const selection = { ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: [2015, 2017], lines: ['dod' as const], compare: null };
    expect(parse(serializeFilterParams(selection)).selection).toEqual(selection);
  });
});

describe('toggleInSelection', () => {
  const all = [2015, 2016, 2017];
  it('narrows from "all", widens back to null, and never empties', () => {
    expect(toggleInSelection(null, 2015, all)).toEqual([2016, 2017]);
    expect(toggleInSelection([2016, 2017], 2015, all)).toBeNull();
    expect(toggleInSelection([2016], 2016, all)).toEqual([2016]);
  });
});

describe('the overview in the address', () => {
  it('reads view, measure, lines and region, and writes them back the same', () => {
    const search = '?view=overview&measure=fy2017&lines=dos-nadr-cwd&region=africa';
    const parsed = parse(search);
    expect(parsed.problems).toEqual([]);
    expect(parsed.selection).toEqual({
      ...COUNTRY_VIEW,
      countryChosen: false,
      datasetId: null,
      country: 'mali',
      years: null,
      lines: ['dos-nadr-cwd'],
      compare: null,
      view: 'overview',
      measure: 'fy2017',
      region: 'Africa',
    });
    expect(serializeFilterParams(parsed.selection)).toBe(search);
  });

  it('keeps the sum\'s years and the country chosen, written after the view', () => {
    const parsed = parse('?view=overview&measure=sum&years=2016,2017&country=niger');
    expect(parsed.selection).toMatchObject({ view: 'overview', measure: 'sum', years: [2016, 2017], country: 'niger', countryChosen: true });
    expect(serializeFilterParams(parsed.selection)).toBe('?view=overview&country=niger&measure=sum&years=2016,2017');
  });

  it('writes no country the officer did not choose: the one the page opens on stays out of the address', () => {
    const parsed = parse('?view=overview');
    expect(parsed.selection).toMatchObject({ country: 'mali', countryChosen: false });
    expect(serializeFilterParams(parsed.selection)).toBe('?view=overview');
    // Mali named in the address is a choice like any other.
    expect(parse('?view=overview&country=mali').selection.countryChosen).toBe(true);
    expect(serializeFilterParams({ ...parsed.selection, countryChosen: true })).toBe('?view=overview&country=mali');
    // On a country's page, a country named in the address is chosen; the page's default is not.
    expect(parse('?country=angola').selection.countryChosen).toBe(true);
    expect(parse('?years=2017').selection.countryChosen).toBe(false);
    // An unknown country is no choice: the page falls back to its default and says so.
    expect(parse('?view=overview&country=atlantis')).toMatchObject({
      selection: { country: 'mali', countryChosen: false },
      problems: ['Country “atlantis” is not in the dataset; showing Mali instead.'],
    });
  });

  it('reads how many countries the ranking draws (top=10, 20 or all), leaves the default 10 out, and names a bad value', () => {
    expect(parse('?view=overview&top=20').selection.top).toBe(20);
    expect(parse('?view=overview&top=ALL').selection.top).toBe('all');
    expect(parse('?view=overview&top=10')).toMatchObject({ selection: { top: null }, problems: [] });
    expect(serializeFilterParams(parse('?view=overview&top=10').selection)).toBe('?view=overview');
    expect(serializeFilterParams(parse('?top=all&region=africa&view=overview&measure=cumulative').selection)).toBe('?view=overview&measure=cumulative&region=africa&top=all');
    expect(parse('?view=overview&top=15')).toMatchObject({
      selection: { top: null },
      problems: ['Ignored top “15”: the ranking\'s chart shows the top 10, 20 or all; showing the top 10.'],
    });
    // A country's page has no ranking: top= there is not read.
    expect(parse('?country=mali&top=20').selection.top).toBeNull();
  });

  it('drops an unknown measure, region, line or view and says which, keeping the rest', () => {
    const parsed = parse('?view=overview&measure=fy1990&region=atlantis&lines=dod,bogus');
    expect(parsed.selection).toMatchObject({ view: 'overview', measure: null, region: null, lines: ['dod'] });
    expect(parsed.problems).toEqual([
      'Ignored measure “fy1990”: the overview ranks by fy2013, fy2014, fy2015, fy2016, fy2017, sum or cumulative.',
      'Ignored region “atlantis”: the edition\'s regions are south-and-central-asia, europe, africa, east-asia-and-pacific, western-hemisphere, middle-east-and-north-africa.',
      'Ignored funding line “bogus”: the edition has dos-nadr-cwd, dos-other, dod, usaid, cdc.',
    ]);
    expect(parse('?view=map&country=niger')).toMatchObject({
      selection: { view: 'country', country: 'niger' },
      problems: ['Ignored view “map”: the dashboard has the country view, view=overview, view=results and view=partner.'],
    });
  });
});

describe('the sections opened in the address (open=)', () => {
  const SECTIONS_THAT_OPEN = 'the sections that open are trend, editions, region, sources, datasets.';

  it('reads the sections one step away, in page order whatever the link’s order, case-insensitively', () => {
    expect(parse('?country=mali&open=sources,editions')).toEqual({
      selection: { ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: null, lines: null, compare: null, open: ['editions', 'sources'] },
      problems: [],
    });
    expect(parse('?open=Datasets, REGION,datasets').selection.open).toEqual(['region', 'datasets']);
    expect(parse('?open=editions,region,sources,datasets').selection.open).toEqual(['editions', 'region', 'sources', 'datasets']);
    // Nothing asked, nothing opened, and nothing to say.
    expect(parse('?open=')).toMatchObject({ selection: { open: [] }, problems: [] });
  });

  it('drops a word that opens no section and names it, keeping the rest', () => {
    expect(parse('?country=mali&open=nonsense')).toEqual({
      selection: { ...COUNTRY_VIEW, datasetId: null, country: 'mali', years: null, lines: null, compare: null },
      problems: [`Ignored section “nonsense”: ${SECTIONS_THAT_OPEN}`],
    });
    // A section always on the page (funding) or a part of one (the glossary) is not a word that opens anything.
    const { selection, problems } = parse('?open=sources,funding,glossary');
    expect(selection.open).toEqual(['sources']);
    expect(problems).toEqual([`Ignored section “funding”, “glossary”: ${SECTIONS_THAT_OPEN}`]);
  });

  it('is written after sort and before embed, and round-trips', () => {
    const selection = {
      ...COUNTRY_VIEW,
      datasetId: null,
      country: 'mali',
      years: [2016, 2017],
      lines: ['dod' as const],
      compare: null,
      search: 'MAG',
      sort: 'partner' as const,
      open: ['editions', 'sources'],
      embed: 'funding' as const,
    };
    const search = serializeFilterParams(selection);
    expect(search).toBe('?country=mali&years=2016,2017&lines=dod&search=MAG&sort=partner&open=editions,sources&embed=funding');
    expect(parse(search)).toEqual({ selection, problems: [] });
    // Nothing open: no open= at all.
    expect(serializeFilterParams({ ...selection, open: [], embed: null })).toBe('?country=mali&years=2016,2017&lines=dod&search=MAG&sort=partner');
  });
});

describe('results across countries and partner pages in the address', () => {
  it('round-trips ?view=results&kind=…&region=… exactly', () => {
    const search = '?view=results&kind=weapons-destroyed&region=africa';
    const parsed = parse(search);
    expect(parsed).toMatchObject({ selection: { view: 'results', kind: 'weapons-destroyed', region: 'Africa' }, problems: [] });
    expect(serializeFilterParams(parsed.selection)).toBe(search);
    expect(serializeFilterParams(parse('?view=results').selection)).toBe('?view=results');
  });

  it('names a bad kind or region and shows every one instead', () => {
    const parsed = parse('?view=results&kind=landmines&region=mars');
    expect(parsed.selection).toMatchObject({ view: 'results', kind: null, region: null });
    expect(parsed.problems).toEqual([
      expect.stringMatching(/^Ignored kind of result “landmines”: the kinds are weapons-destroyed, area-cleared, .*; showing every kind\.$/),
      expect.stringMatching(/^Ignored region “mars”: the edition's regions are /),
    ]);
  });

  it('round-trips ?view=partner&partner=… (the partner page checks the word when it loads)', () => {
    const parsed = parse('?view=partner&partner=the-halo-trust');
    expect(parsed).toMatchObject({ selection: { view: 'partner', partner: 'the-halo-trust' }, problems: [] });
    expect(serializeFilterParams(parsed.selection)).toBe('?view=partner&partner=the-halo-trust');
    expect(serializeFilterParams(parse('?view=partner').selection)).toBe('?view=partner');
    expect(parse('?view=partner&partner=%20').selection.partner).toBeNull();
  });
});
