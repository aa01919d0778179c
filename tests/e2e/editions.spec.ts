import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, filterCheckbox, openSection, showFundingChart, test } from './fixtures';
import { dollars, k } from './money';

interface Row {
  label: string;
  [column: string]: number | string;
}
interface EditionFile {
  meta: { edition: number };
  countries: { id: string; name: string; rows: Row[]; printedTotal: Record<string, number> | null }[];
}

// The restatements every check below expects are worked out here from the three data files, independently of the app.
const editions = [2016, 2017, 2018].map(
  (year) => JSON.parse(readFileSync(new URL(`../../src/data/datasets/tweis-${year}-funding.json`, import.meta.url), 'utf8')) as EditionFile,
);
const lineName = (label: string) => {
  const key = label.toUpperCase().replace(/[\s\-–]+/g, ' ').trim();
  return ({ 'DOS NADR CWD': 'DOS NADR-CWD', 'DOS OTHER': 'DOS Other', DOD: 'DoD', USAID: 'USAID', CDC: 'CDC' } as Record<string, string>)[key] ?? label;
};

interface Expected {
  countryId: string;
  countryName: string;
  line: string;
  year: number;
  figures: { edition: number; value: number }[];
}
function restatements(): Expected[] {
  const found = new Map<string, Expected>();
  for (const file of editions) {
    for (const country of file.countries) {
      const rows: [string, Record<string, number | string>][] = country.rows.map((r) => [lineName(r.label), r]);
      if (country.printedTotal) rows.push(['Printed total', country.printedTotal]);
      for (const [line, cells] of rows) {
        for (const [column, value] of Object.entries(cells)) {
          const year = /^fy(\d{4})$/.exec(column)?.[1];
          if (!year || typeof value !== 'number') continue;
          const key = `${country.id}|${line}|${year}`;
          const entry = found.get(key) ?? { countryId: country.id, countryName: country.name, line, year: Number(year), figures: [] };
          entry.figures.push({ edition: file.meta.edition, value });
          found.set(key, entry);
        }
      }
    }
  }
  return [...found.values()].filter((e) => new Set(e.figures.map((f) => f.value)).size > 1);
}

/** Thousands as officers write them in prose: dollars in full below $1 million, else three significant figures. */
const readable = (n: number) => (n < 1000 ? `$${(n * 1000).toLocaleString('en-US')}` : `$${(n / 1000).toPrecision(3)} million`);

test.describe('several editions as one series', () => {
  test('every restatement between the bundled editions is on its country’s page with both figures, and counted in the summary', async ({ page }) => {
    const expected = restatements();
    expect(expected.length).toBeGreaterThan(0);
    for (const countryId of [...new Set(expected.map((e) => e.countryId))]) {
      // The section is one step away: a link that opens it (open=editions) shows it at once.
      await page.goto(`/?country=${countryId}&open=editions`);
      const panel = page.getByRole('region', { name: 'Across editions' });
      await expect(panel).toBeVisible();
      await expect(page.getByRole('button', { name: 'Across editions', exact: true })).toHaveAttribute('aria-expanded', 'true');
      for (const r of expected.filter((e) => e.countryId === countryId)) {
        const figures = r.figures.map((f) => `the ${f.edition} edition prints ${readable(f.value)}`).join('; ');
        await expect(panel).toContainText(`FY${r.year}, ${r.line}: ${figures}`);
      }
      await expect(panel.getByRole('listitem').filter({ hasText: /^FY\d{4}, / })).toHaveCount(expected.filter((e) => e.countryId === countryId).length);
    }
    await openSection(page, 'Sources and notes');
    await expect(page).toHaveURL(/&open=editions,sources$/);
    await expect(page.getByRole('region', { name: 'Sources and notes' })).toContainText(
      `${expected.length} printed figures (lines and country totals) are restated between them`,
    );
    await expectNoAxeViolations(page);
  });

  test('a restated line is outlined on its bar, for each restatement in the default years', async ({ page }) => {
    const shown = restatements().filter((r) => r.line !== 'Printed total' && r.year >= 2015);
    expect(shown.length).toBeGreaterThan(0);
    for (const countryId of [...new Set(shown.map((r) => r.countryId))]) {
      await page.goto(`/?country=${countryId}`);
      await showFundingChart(page);
      const funding = page.getByRole('region', { name: 'Funding by agency' });
      const restated = shown.filter((r) => r.countryId === countryId);
      // The chart's SVG plot draws each segment as a rect: the restated ones carry the dashed outline, and their title says so.
      const plot = funding.locator('.plot-svg > svg').filter({ visible: true });
      await expect(plot.locator('rect[stroke-dasharray="6 3"]')).toHaveCount(restated.length);
      // The figure drawn is the latest edition's, in exact dollars.
      const titles = restated.map((r) => `${r.line}, FY${r.year}: ${dollars(r.figures.at(-1)?.value ?? NaN)} (restated)`);
      expect((await plot.locator('rect[stroke-dasharray="6 3"] > title').allTextContents()).sort()).toEqual(titles.sort());
      await expect(funding).toContainText('Dashed outline: a restated figure');
    }
  });

  test('?country=mali&years=2014 shows FY2014 at $0K from the 2017 edition; FY2015 and FY2016 agree across editions', async ({ page }) => {
    await page.goto('/?country=mali&years=2014');
    const table = page.getByRole('table', { name: /Funding to Mali/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Agency', 'FY2014', 'Cumulative']);
    await expect(table.getByRole('row', { name: /^DOS NADR-CWD/ })).toContainText('$0K2017 edition');
    await expect(table.getByRole('row', { name: /^DoD/ })).toContainText('$0K2017 edition');

    await page.goto('/?country=mali');
    await openSection(page, 'Across editions');
    await expect(page).toHaveURL(/\?country=mali&open=editions$/);
    const across = page.getByRole('region', { name: 'Across editions' });
    const nadr = across.getByRole('row', { name: /^DOS NADR-CWD/ }).getByRole('cell');
    const mali2017 = editions[1]?.countries.find((c) => c.id === 'mali');
    const nadr2017 = mali2017?.rows.find((r) => lineName(r.label) === 'DOS NADR-CWD');
    await expect(nadr).toHaveText([
      `${k(Number(nadr2017?.fy2014))} 2017 edition`,
      `${k(Number(nadr2017?.fy2015))} 2018 edition (same in 2017 edition)`,
      `${k(Number(nadr2017?.fy2016))} 2018 edition (same in 2017 edition)`,
      '$1,000K 2018 edition',
    ]);
    await expect(across).toContainText('No edition prints a figure for Mali that differs from another edition');
    await expect(across).toContainText('DOS NADR-CWD, 2017 edition to 2018 edition:');
    await expect(across).toContainText('They agree.');
  });

  test('the year filter offers every year the editions print; a year no edition prints is "not reported", not $0', async ({ page }) => {
    await page.goto('/?country=mali');
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await (await filterCheckbox(page, 'FY2013')).check();
    await expect(page).toHaveURL(/years=2013,2015,2016,2017$/);
    const table = page.getByRole('table', { name: /Funding to Mali/ });
    await expect(table.getByRole('row', { name: /^DoD/ }).getByRole('cell').first()).toHaveText('not reported');
    await expect(page.getByRole('region', { name: 'Funding by agency' })).toContainText('FY2013: not reported by any edition in this dataset (not $0).');
    await expectNoAxeViolations(page);
  });
});
