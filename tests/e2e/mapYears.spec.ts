import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface Edition {
  countries: { id: string; name: string }[];
}
const read = (name: string) => JSON.parse(readFileSync(new URL(`../../src/data/datasets/${name}`, import.meta.url), 'utf8')) as Edition;
const latest = read('tweis-2018-funding.json');
const earlier = [read('tweis-2016-funding.json'), read('tweis-2017-funding.json')];
// A country the 2018 edition prints (FY2015–FY2017) with no table in the 2016 or 2017 edition: FY2013 and FY2014 are not reported.
const onlyIn2018 = latest.countries.filter((c) => earlier.every((e) => !e.countries.some((o) => o.id === c.id)));

const mapPanel = (page: Page) => page.getByRole('region', { name: 'Map' });
const mapSlider = (page: Page) => mapPanel(page).getByRole('slider', { name: 'Fiscal year' });
const rankingSlider = (page: Page) => page.getByRole('group', { name: 'What to rank by' }).getByRole('slider', { name: 'Fiscal year' });

/** The key's colour classes as a reader sees them: every entry but $0, the hatch and the grey. */
async function keyClasses(page: Page): Promise<string[]> {
  const items = await mapPanel(page).getByRole('list', { name: 'Map key' }).getByRole('listitem').allTextContents();
  return items.filter((text) => text !== '$0' && !text.startsWith('Table, but no figure') && !text.startsWith('Grey:'));
}

/** The map drawn for the year: its name says so once the deferred redraw has landed. */
async function mapShows(page: Page, year: number): Promise<Locator> {
  const map = mapPanel(page).getByRole('group', { name: new RegExp(`^Map: FY${year},`) });
  await expect(map).toBeVisible();
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
  return map;
}

test.describe('the map through the years', () => {
  test('the map’s slider steps from FY2013 to FY2017 by keyboard: the ranking and the address follow, and the key stays the same', async ({ page }) => {
    await page.goto('/?view=overview&measure=cumulative');
    // No single year while the measure is the cumulative; moving the slider chooses one.
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'No single year chosen');
    await expect(mapPanel(page).getByText('No single year', { exact: true })).toBeVisible();
    await mapSlider(page).focus();
    await page.keyboard.press('Home');
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'FY2013');
    await expect(page).toHaveURL(/[?&]measure=fy2013(&|$)/);
    await expect(page.getByRole('combobox', { name: 'Measure' })).toHaveValue('year');
    await expect(mapPanel(page).getByText('FY2013', { exact: true })).toBeVisible();
    await mapShows(page, 2013);
    await expect(mapPanel(page).getByText('Same key for FY2013–FY2017', { exact: false })).toBeVisible();
    const key2013 = await keyClasses(page);
    expect(key2013).toHaveLength(4);

    for (const year of [2014, 2015, 2016, 2017]) {
      await page.keyboard.press('ArrowRight');
      await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', `FY${year}`);
      await expect(rankingSlider(page)).toHaveAttribute('aria-valuetext', `FY${year}`);
    }
    await expect(page).toHaveURL(/[?&]measure=fy2017(&|$)/);
    await expect(page.getByRole('status').filter({ hasText: /^Ranking 35 countries · FY2017 · / })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Every country ranked by FY2017\./ })).toBeVisible();
    await mapShows(page, 2017);
    expect(await keyClasses(page)).toEqual(key2013);
    await expect(mapPanel(page).getByText('Same key for FY2013–FY2017', { exact: false })).toBeVisible();
    // The ranking's own slider drives the same choice.
    await rankingSlider(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'FY2016');
    await expect(page).toHaveURL(/[?&]measure=fy2016(&|$)/);
  });

  test('Play steps a year at a time from the year shown to FY2017 and stops there', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2015');
    await mapShows(page, 2015);
    await mapPanel(page).getByRole('button', { name: 'Play' }).click();
    // Both buttons (the ranking's and the map's) play the one run.
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(2);
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'FY2016');
    await expect(page).toHaveURL(/[?&]measure=fy2016(&|$)/);
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'FY2017');
    await expect(page).toHaveURL(/[?&]measure=fy2017(&|$)/);
    // At the last year it stops by itself.
    await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(2);
    await mapShows(page, 2017);
    await expect(page.getByRole('status').filter({ hasText: /^Ranking 35 countries · FY2017 · / })).toBeVisible();
  });

  test('Pause stops the run where it is', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?view=overview&measure=fy2013');
    await mapShows(page, 2013);
    // From here the page's time moves only when the test moves it.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await mapPanel(page).getByRole('button', { name: 'Play' }).click();
    await expect(mapPanel(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.clock.runFor(1200);
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'FY2014');
    await mapPanel(page).getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(2);
    await page.clock.runFor(5000);
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'FY2014');
    await expect(page).toHaveURL(/[?&]measure=fy2014(&|$)/);
  });

  test('a country with a table but no figure for the year is hatched, as its key says; axe passes', async ({ page }) => {
    const country = onlyIn2018[0];
    expect(country, 'a country only the 2018 edition prints').toBeDefined();
    if (!country) return;
    await page.goto('/?view=overview&measure=fy2015');
    const map2015 = await mapShows(page, 2015);
    // Printed for FY2015: a colour of the key, no hatch.
    await expect(map2015.getByRole('link', { name: new RegExp(`^${country.name}: \\$`) })).toHaveAttribute('fill', /^#[0-9a-f]{6}$/);

    await mapSlider(page).focus();
    await page.keyboard.press('Home');
    const map = await mapShows(page, 2013);
    const shape = map.getByRole('link', { name: `${country.name}: not reported` });
    await expect(shape).toBeVisible();
    const fill = await shape.getAttribute('fill');
    const hatchId = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1];
    expect(hatchId, `${country.name} is filled with a pattern`).toBeDefined();
    // The pattern is a hatch: lines over white.
    const hatch = page.locator(`pattern[id="${hatchId ?? ''}"]`);
    await expect(hatch.locator('line')).toHaveCount(1);
    // The key shows the same hatch, named for the year.
    const keyed = mapPanel(page).getByRole('list', { name: 'Map key' }).getByRole('listitem').filter({ hasText: 'Table, but no figure for FY2013' });
    await expect(keyed).toBeVisible();
    await expect(keyed.locator('svg path[stroke]')).toHaveCount(1);
    await expectNoAxeViolations(page);

    // With the cumulative, no year is chosen and the slider says so; the page still passes axe.
    await page.getByRole('combobox', { name: 'Measure' }).selectOption('cumulative');
    await expect(mapSlider(page)).toHaveAttribute('aria-valuetext', 'No single year chosen');
    await expect(mapPanel(page).getByText('Same key for', { exact: false })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
