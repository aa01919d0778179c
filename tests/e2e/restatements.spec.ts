import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, openSection, test } from './fixtures';

interface EditionFile {
  countries: { id: string; rows: ({ label: string } & Record<string, number | string>)[] }[];
}

// Iraq's FY2016 DOS NADR-CWD line as each edition's data file prints it, read here independently of the app.
const nadr2016 = (edition: number): number => {
  const file = JSON.parse(readFileSync(new URL(`../../src/data/datasets/tweis-${edition}-funding.json`, import.meta.url), 'utf8')) as EditionFile;
  const row = file.countries.find((c) => c.id === 'iraq')?.rows.find((r) => r.label === 'DOS NADR - CWD');
  return Number(row?.fy2016);
};
const before = nadr2016(2017);
const after = nadr2016(2018);
/** Thousands as officers write them, from $1 million up: three significant figures. */
const millions = (thousands: number) => `$${(Math.abs(thousands) / 1000).toPrecision(3)} million`;
const dollars = (thousands: number) => `$${(thousands * 1000).toLocaleString('en-US')}`;

test.describe('restated figures, for a reader who is not a specialist', () => {
  test('Iraq’s first screen names the FY2016 restatement with the change in dollars and percent', async ({ page }) => {
    // As the two Iraq pages print it: 15,000 in the 2017 edition, 30,945 in the 2018.
    expect([before, after]).toEqual([15000, 30945]);
    const change = `+${millions(after - before)} (+${Math.round(((after - before) / before) * 100)}%)`;
    expect(change).toBe('+$15.9 million (+106%)');
    await page.goto('/?country=iraq');
    const sentence = page.getByRole('banner').locator('p', { hasText: 'restates' });
    await expect(sentence).toHaveText(
      `The 2018 edition restates Iraq's FY2016 funding (DOS NADR-CWD) at ${millions(after)}: a change of ${change} from the ${millions(before)} the 2017 edition printed. Compare the editions`,
    );
    await expect(sentence).toBeInViewport();
    await expectNoAxeViolations(page);

    // Its link opens the section one step away and takes the reader to it.
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await sentence.getByRole('link', { name: 'Compare the editions' }).click();
    await expect(page.getByRole('button', { name: 'Across editions', exact: true })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('heading', { level: 2, name: 'Across editions' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Across editions' })).toBeInViewport();
  });

  test('on a phone, the sentence is on the first screen too', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/?country=iraq');
    await expect(page.getByRole('banner').locator('p', { hasText: '+$15.9 million (+106%)' })).toBeInViewport();
  });

  test('the editions panel draws both editions’ bars for Iraq’s FY2016, the later outlined as restated', async ({ page }) => {
    await page.goto('/?country=iraq&open=editions');
    const panel = page.getByRole('region', { name: 'Across editions' });
    const chart = panel.getByRole('figure', { name: 'Iraq: funding as each edition printed it' });
    await expect(chart).toBeVisible();
    const plot = chart.locator('.plot-svg > svg').filter({ visible: true });
    await expect(plot.locator('rect')).toHaveCount(2);
    expect(await plot.locator('rect > title').allTextContents()).toEqual([`2017 edition, FY2016: ${dollars(before)}`, `2018 edition, FY2016: ${dollars(after)} (restated)`]);
    await expect(plot.locator('rect[stroke-dasharray="6 3"]')).toHaveCount(1);
    // The 2018 edition's bar is about twice the 2017 edition's, as 30,945 is to 15,000.
    const heights = await plot.locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    expect((heights[1] ?? 0) / (heights[0] ?? 1)).toBeCloseTo(after / before, 1);
    const labels = await plot.locator('text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining([millions(before), millions(after), 'FY2016']));
    await expect(chart.locator('.plot-svg__legend')).toHaveText(/2017 edition\s*2018 edition/);
    await expect(panel).toContainText(
      `FY2016, DOS NADR-CWD: the 2017 edition prints ${millions(before)}; the 2018 edition prints ${millions(after)}: a change of +$15.9 million (+106%).`,
    );
    await expectNoAxeViolations(page);
  });

  test('a country with nothing restated has no sentence and no chart: Mali', async ({ page }) => {
    await page.goto('/?country=mali');
    await openSection(page, 'Across editions');
    const panel = page.getByRole('region', { name: 'Across editions' });
    await expect(panel).toContainText('No edition prints a figure for Mali that differs from another edition');
    await expect(panel.getByRole('figure')).toHaveCount(0);
    await expect(page.getByRole('banner')).not.toContainText('restates');
  });
});
