import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expect, filterCheckbox, showFundingChart, showPanelsBelow, test } from './fixtures';

// Niger's figures, from the data file: its FY2015–FY2017 rows added, and its printed cumulative (since FY2015).
const niger = (
  JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-funding.json', import.meta.url), 'utf8')) as {
    countries: { id: string; cumulativeFrom: number; rows: Record<string, number | string>[]; printedTotal: { cumulative: number } }[];
  }
).countries.find((c) => c.id === 'niger');
const nigerSum = (niger?.rows ?? []).reduce((sum, r) => sum + Number(r.fy2015) + Number(r.fy2016) + Number(r.fy2017), 0);

/** Holds back the app's script until `release()`, so a test can look at the page as it is before the app runs. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const entry = await page.request.get('/').then(async (r) => /<meta name="app-entry" content="(\/assets\/index-[^"]+\.js)"/.exec(await r.text())?.[1]);
  expect(entry, 'the built page names its entry script').toBeTruthy();
  await page.route(`**${entry ?? ''}`, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('the first view, built ahead of time', () => {
  test('is on the page before any script runs: heading, headline funding, chart and result tiles', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mali: To Walk the Earth in Safety, 2018 edition');
    await expect(page.getByText('Opens on Mali; 35 countries to choose from.')).toBeVisible();
    // The headline: the years shown, added, then the report's own cumulative.
    await expect(page.getByText('U.S. CWD funding to Mali, FY2015–FY2017 (all agencies) $3.05 million $3,052,000 exactly; 3 fiscal years added (calculated)')).toBeVisible();
    await expect(page.getByText("Cumulative since FY2013: $3.05 million $3,052,000 exactly; the report's own figure, whatever the years shown")).toBeVisible();
    // The funding chart is drawn already, by the figure's own SVG plot: its bars and their totals.
    await showFundingChart(page);
    const plot = page.getByRole('region', { name: 'Funding by agency' }).locator('.plot-svg > svg').filter({ visible: true });
    await expect(plot.locator('text[font-weight="700"]')).toHaveText(['$1.20 million', '$670,000', '$1.18 million']);
    for (const tile of ['More than 27,990 weapons secured', '256', '22']) {
      await expect(page.locator('#root h3', { hasText: tile }).first()).toBeVisible();
    }
    // Its colour keys are drawn without inline styles, which the CSP refuses.
    await expect(page.locator('#root [style]')).toHaveCount(0);
    // A browser with JavaScript off also shows a <noscript> note saying this is only the plain view. (Playwright turns
    // scripts off below the HTML parser, which then treats <noscript> as text, so the note is checked in the markup.)
    const html = await (await page.request.get('/')).text();
    expect(html).toMatch(/<noscript>[\s\S]*JavaScript is off, so this is only the dashboard's plain view: Mali, every fiscal year and agency/);
    await context.close();
  });

  test('cannot be used until the app has taken it over, and then works', async ({ page }) => {
    const release = await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByText('$3,052K').first()).toBeVisible();
    // Until the app runs, the built view is inert: nothing in it can be focused or changed to no effect.
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('root')?.contains(document.activeElement))).toBe(false);
    release();
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await (await filterCheckbox(page, 'FY2017')).uncheck();
    await expect(page).toHaveURL(/years=2015(,|%2C)2016/);
  });

  test('a link with settings never shows the built view’s figures: it says it is loading until the app has drawn its own', async ({ page }) => {
    const release = await holdAppScript(page);
    await page.goto('/?country=niger', { waitUntil: 'commit' });
    await expect(page.getByText('Loading the view in the link…')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    for (const figure of [...(await page.getByText('$3,052K').all()), ...(await page.getByText('$3,052,000').all())]) await expect(figure).toBeHidden();
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niger: To Walk the Earth in Safety, 2018 edition');
    expect([nigerSum, niger?.printedTotal.cumulative, niger?.cumulativeFrom]).toEqual([2196, 2196, 2015]);
    await expect(page.getByText('U.S. CWD funding to Niger, FY2015–FY2017 (all agencies) $2.20 million $2,196,000 exactly; 3 fiscal years added (calculated)')).toBeVisible();
    await expect(page.getByText("Cumulative since FY2015: $2.20 million $2,196,000 exactly; the report's own figure, whatever the years shown")).toBeVisible();
    await expect(page.getByText('Loading the view in the link…')).toHaveCount(0);
  });

  test('a remembered dark theme applies before the app runs, so the page does not flash light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      window.localStorage.setItem('cwd-dashboard:theme', 'dark');
    });
    const release = await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByText('$3,052K').first()).toBeVisible();
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    // Polled until the stylesheet has applied; with the theme missing it would settle on white.
    await expect.poll(background).toBe('rgb(27, 27, 27)');
    release();
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.getByRole('combobox', { name: 'Colours' })).toHaveValue('dark');
    expect(await background()).toBe('rgb(27, 27, 27)');
  });

  test('says so when the app’s code does not load, rather than leaving a page that looks usable', async ({ page, problems }) => {
    const entry = await page.request.get('/').then(async (r) => /<meta name="app-entry" content="(\/assets\/index-[^"]+\.js)"/.exec(await r.text())?.[1]);
    await page.route(`**${entry ?? ''}`, (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(/^The dashboard's code did not load, so the page shows only its plain view/);
    await expect(page.getByText('$3,052K').first()).toBeVisible();
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    // A link with settings: its view cannot be drawn, and the page says that instead of "loading".
    await page.goto('/?country=niger');
    await expect(page.getByRole('alert')).toHaveText(/^The dashboard's code did not load, so the view in this link cannot be shown/);
    await expect(page.getByText('Loading the view in the link…')).toHaveCount(0);
    for (const figure of [...(await page.getByText('$3,052K').all()), ...(await page.getByText('$3,052,000').all())]) await expect(figure).toBeHidden();
    // The browser reports each refused request itself; those messages are expected, and only they.
    expect(problems).toEqual([
      expect.stringMatching(/^console error: Failed to load resource/),
      expect.stringMatching(/^console error: Failed to load resource/),
    ]);
    problems.length = 0;
  });

  test('paints from its HTML alone: no stylesheet request, and the app’s code is fetched only after the first paint', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    const timing = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      resources: performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
    }));
    expect(timing.firstPaint, 'the browser reports the first contentful paint').not.toBeNull();
    expect(timing.resources.filter((r) => r.path.endsWith('.css'))).toEqual([]);
    const scripts = timing.resources.filter((r) => r.path.startsWith('/assets/') && r.path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.start, script.path).toBeGreaterThan(timing.firstPaint ?? Infinity);
    // Its text is set in Public Sans, regular and bold, from the page's own font files.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.family.replaceAll('"', '') === 'Public Sans').map((font) => `${font.weight} ${font.status}`);
    });
    expect(fonts.sort()).toEqual(['400 loaded', '700 loaded']);

    // A link with settings has only a loading line to paint: its app code is asked for at once, before that paint.
    await page.goto('/?country=niger');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niger: To Walk the Earth in Safety, 2018 edition');
    const linked = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      entry: performance.getEntriesByType('resource').find((r) => /\/assets\/index-[^/]*\.js$/.test(r.name))?.startTime ?? Infinity,
    }));
    expect(linked.entry).toBeLessThan(linked.firstPaint);
  });

  test('nothing on the page shifts while it loads: fonts, panels and charts take the place kept for them', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
          shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${(entry.sources ?? []).map((s) => s.node?.nodeName ?? '?').join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.locator('#root')).not.toHaveAttribute('inert');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts), `layout shifts at ${viewport.width} px before any move`).toEqual([]);
      // The panels below load on the reader's first move, appended below the screen: nothing already there moves.
      await showPanelsBelow(page);
      await expect(page.getByRole('heading', { name: 'Partner activity' })).toBeVisible();
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts), `layout shifts at ${viewport.width} px`).toEqual([]);
      await showFundingChart(page); // scrolling is the reader's doing, not a shift; the chart fills its placeholder
    }
  });
});
