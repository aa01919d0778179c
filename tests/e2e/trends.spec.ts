import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { downloadFromExportMenu as download, expect, expectNoAxeViolations, showPanelsBelow, test } from './fixtures';
import { dollars, readable } from './money';

interface EditionFile {
  countries: { id: string; name: string; region: string; rows: ({ label: string } & Record<string, number | string>)[] }[];
}
const edition = (year: number) => JSON.parse(readFileSync(new URL(`../../src/data/datasets/tweis-${year}-funding.json`, import.meta.url), 'utf8')) as EditionFile;
const e2017 = edition(2017);
const e2018 = edition(2018);

/** A line's figure for a year as one edition's data file prints it. */
function printed(file: EditionFile, id: string, label: string, year: number): number {
  const value = file.countries.find((c) => c.id === id)?.rows.find((r) => r.label === label)?.[`fy${year}`];
  if (typeof value !== 'number') throw new Error(`no ${label} FY${year} for ${id}`);
  return value;
}

test.describe('funding through time', () => {
  test("Iraq's trend runs FY2013–FY2017, FY2016 ringed as restated, FY2013 a gap, and exports as image, CSV and a native line chart", async ({ page }) => {
    // Iraq's DOS NADR-CWD as the editions print it: FY2014 only in the 2017 edition; FY2016 restated from 15,000 to 30,945.
    const nadr = [printed(e2017, 'iraq', 'DOS NADR - CWD', 2014), ...[2015, 2016, 2017].map((y) => printed(e2018, 'iraq', 'DOS NADR - CWD', y))];
    expect(printed(e2017, 'iraq', 'DOS NADR - CWD', 2016)).toBe(15000);
    expect(nadr[2]).toBe(30945);
    await page.goto('/?country=iraq');
    // One step away: the funding panel's link opens it, and the address keeps it open.
    await page.getByRole('region', { name: 'Funding by agency' }).getByRole('link', { name: /^Funding through time: every fiscal year the editions print \(FY2013–FY2017\)/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Funding through time' })).toBeFocused();
    await expect(page).toHaveURL(/open=trend/);
    const trend = page.getByRole('region', { name: 'Funding through time' });
    const figure = trend.getByRole('figure', { name: 'The funding trend' });
    await figure.scrollIntoViewIfNeeded();
    // The text equivalent: every year, the restated figure said so, the year no edition prints said so.
    const summary = figure.locator('figcaption');
    await expect(summary).toContainText('FY2013: not reported.');
    await expect(summary).toContainText(`FY2016: DOS NADR-CWD ${dollars(nadr[2] ?? 0)} (restated)`);
    for (const [i, value] of nadr.entries()) await expect(summary).toContainText(`FY${2014 + i}: DOS NADR-CWD ${dollars(value)}`);
    // On the chart: a point per figure with its exact dollars, one ring, every point's figure as officers write money.
    const plot = figure.locator('.plot-svg svg');
    await expect(plot.locator('circle[stroke-dasharray]')).toHaveCount(1);
    await expect(plot.locator('circle title', { hasText: 'DOS NADR-CWD, FY2016' })).toHaveText(`DOS NADR-CWD, FY2016: ${dollars(30945)} (restated)`);
    await expect(plot.locator('circle title', { hasText: 'FY2013' })).toHaveCount(0);
    for (const value of nadr) await expect(plot.locator('text', { hasText: readable(value) }).first()).toBeVisible();
    await expect(trend.getByRole('list', { name: 'Notes on the funding trend' })).toContainText(
      `Restated: FY2016, DOS NADR-CWD, is ${readable(30945)} in the 2018 edition, ${readable(15000)} in the 2017 edition; the latest is drawn.`,
    );
    await expectNoAxeViolations(page);

    // The CSV holds the exact thousands, a blank where not reported.
    const csv = await download(page, 'funding trend', 'Download CSV');
    expect(csv.name).toBe('iraq-funding-trend-fy2013-fy2017.csv');
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Country,Funding line,FY2013 (USD thousands),FY2014 (USD thousands),FY2015 (USD thousands),FY2016 (USD thousands),FY2017 (USD thousands),Edition of each year,Restated years');
    expect(lines[1]).toMatch(new RegExp(`^Iraq,DOS NADR-CWD,,${nadr.join(',')},`));
    // The image carries the ring and the restated figure's exact dollars.
    const svg = (await download(page, 'funding trend', 'Download SVG')).bytes.toString('utf8');
    expect(svg).toContain(`DOS NADR-CWD, FY2016: ${dollars(30945)} (restated)`);
    expect(svg).toContain('Ringed point: a restated figure');
    // The slide is PowerPoint's own line chart, with gaps where a figure is not reported.
    const slide = await JSZip.loadAsync((await download(page, 'funding trend', 'Download slide (.pptx)')).bytes);
    const chart = await slide.file(/ppt\/charts\/chart\d+\.xml/)[0]?.async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
  });

  test("Angola beside its nine default peers: every country's FY2015, FY2016 and FY2017 in one chart, on a desktop and a phone", async ({ page }) => {
    const peers = e2018.countries.filter((c) => c.region === 'Africa' && c.id !== 'angola');
    expect(peers).toHaveLength(9);
    const countries = [e2018.countries.find((c) => c.id === 'angola'), ...peers].flatMap((c) => (c ? [c] : []));
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?country=angola');
      await showPanelsBelow(page);
      const figure = page.getByRole('region', { name: 'Comparison', exact: true }).getByRole('figure', { name: 'The comparison by fiscal year' });
      await figure.scrollIntoViewIfNeeded();
      const plot = figure.locator('.plot-svg svg:visible');
      // A panel per country, named; a point per year, each with its exact dollars.
      await expect(plot.locator('circle title')).toHaveCount(countries.length * 3);
      for (const c of countries) {
        await expect(plot.locator('text', { hasText: c.name.split(' ')[0] ?? '' }).first()).toBeVisible();
        for (const year of [2015, 2016, 2017]) {
          const total = c.rows.reduce((sum, r) => sum + Number(r[`fy${year}`]), 0);
          await expect(plot.locator('circle title', { hasText: `${c.name}, FY${year}:` })).toHaveText(`${c.name}, FY${year}: ${dollars(total)}`);
        }
      }
      // Nothing runs past the page's edge.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await expectNoAxeViolations(page);
  });
});
