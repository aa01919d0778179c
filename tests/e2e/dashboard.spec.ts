import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, filterCheckbox, filterGroup, fundingTableRows, openDashboard, openSection, showPanelsBelow, test } from './fixtures';

/** The sections one step away, under "More about Mali", each closed until opened. */
const MORE_SECTIONS = ['Funding through time', 'Across editions', 'Regional context', 'Sources and notes', 'Datasets'];

/** Loads the panels below the first view and opens every section one step away: the whole page. */
async function showWholePage(page: Page): Promise<void> {
  await showPanelsBelow(page);
  for (const title of MORE_SECTIONS) await openSection(page, title);
  await expect(page.getByRole('heading', { level: 3, name: 'Glossary' })).toBeVisible();
}

test.describe('Mali dashboard in Chromium', () => {
  test('shows the figures of the source with every filter open, and passes axe', async ({ page }) => {
    await openDashboard(page);
    expect(await fundingTableRows(page)).toEqual([
      ['Agency', 'FY2015', 'FY2016', 'FY2017', 'Cumulative'],
      ['DOS NADR-CWD', '$1,200K', '$500K', '$1,000K', '$2,700K'],
      ['DoD', '$0K', '$170K', '$182K', '$352K'],
      ['Sum of rows shown', '$1,200K', '$670K', '$1,182K', '$3,052K'],
      ['COUNTRY TOTAL (printed)', '$1,200K', '$670K', '$1,182K', '$3,052K'],
    ]);
    // The chart (the figure's own SVG plot, drawn at once) labels each stacked bar with its year total, in bold.
    const plot = page.getByRole('region', { name: 'Funding by agency' }).locator('.plot-svg > svg').filter({ visible: true });
    await expect(plot.locator('text[font-weight="700"]')).toHaveText(['$1.20 million', '$670,000', '$1.18 million']);
    // The headline: the years shown, added and said to be calculated, then the report's cumulative, each
    // of $1 million or more read in millions (three significant figures) with the exact dollars beside it.
    const header = page.getByRole('banner');
    await expect(header.locator('.headline__figure')).toHaveText('U.S. CWD funding to Mali, FY2015–FY2017 (all agencies) $3.05 million $3,052,000 exactly; 3 fiscal years added (calculated)');
    await expect(header.locator('.headline__cumulative')).toHaveText("Cumulative since FY2013: $3.05 million $3,052,000 exactly; the report's own figure, whatever the years shown");
    await expect(header.getByText('Total U.S. CWD funding')).toHaveCount(0);
    // What the page is, above it: the default country and how many there are to choose from.
    await expect(header).toContainText('U.S. Conventional Weapons Destruction assistance by country:');
    await expect(header).toContainText('Opens on Mali; 35 countries to choose from.');
    const cumulative = page.getByRole('complementary', { name: 'Cumulative since FY2013' });
    await expect(cumulative.locator('.stat__value')).toHaveText('$3.05 million $3,052,000 exactly');
    // The page's own investment sentence sits beside the cumulative, checked against it: it is not a result.
    await expect(cumulative).toContainText('The page\'s own figure, 2013–2017: more than $3 million (printed “more than $3 million”)');
    await expect(cumulative).toContainText('Consistent with the table: its all-agency cumulative, $3.05 million ($3,052,000), is not below it.');
    const results = page.getByRole('region', { name: 'Results' });
    await expect(results.getByRole('heading', { level: 3 })).toHaveCount(6);
    await expect(results.getByRole('heading', { name: /U\.S\. investment/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 3, name: 'More than 27,990 weapons secured' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: '256 security force personnel trained in SA/LW management' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: '22 armories built or refurbished' })).toBeVisible();
    await expectNoAxeViolations(page);
    // The panels below, their sections one step away closed, then opened: the whole page passes too.
    await showPanelsBelow(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Partner activity' })).toBeVisible();
    for (const title of MORE_SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name: title, exact: true }).getByRole('button')).toHaveAttribute('aria-expanded', 'false');
    }
    await expectNoAxeViolations(page);
    await showWholePage(page);
    await expect(page).toHaveURL(/\?country=mali&open=trend,editions,region,sources,datasets$/);
    await expectNoAxeViolations(page);

    // The table shows exact thousands by default; millions on request.
    const exact = page.getByRole('button', { name: 'Exact thousands, as printed' });
    const millions = page.getByRole('button', { name: 'Rounded, as in briefs (three significant figures)' });
    await expect(exact).toHaveAttribute('aria-pressed', 'true');
    await expect(millions).toHaveAttribute('aria-pressed', 'false');
    await millions.click();
    await expect(millions).toHaveAttribute('aria-pressed', 'true');
    await expect(exact).toHaveAttribute('aria-pressed', 'false');
    expect(await fundingTableRows(page)).toEqual([
      ['Agency', 'FY2015', 'FY2016', 'FY2017', 'Cumulative'],
      ['DOS NADR-CWD', '$1.20 million', '$500,000', '$1.00 million', '$2.70 million'],
      ['DoD', '$0', '$170,000', '$182,000', '$352,000'],
      ['Sum of rows shown', '$1.20 million', '$670,000', '$1.18 million', '$3.05 million'],
      ['COUNTRY TOTAL (printed)', '$1.20 million', '$670,000', '$1.18 million', '$3.05 million'],
    ]);
    await exact.click();
    expect((await fundingTableRows(page))[1]).toEqual(['DOS NADR-CWD', '$1,200K', '$500K', '$1,000K', '$2,700K']);
  });

  test('filters through the UI, keeps them in the URL across reload and back', async ({ page }) => {
    await openDashboard(page);
    // The filter bar is compact: each filter closed to what it is set to, its checkboxes hidden until it is opened.
    const yearsFilter = page.locator('details.filter-choice > summary', { hasText: 'Fiscal years' });
    const linesFilter = page.locator('details.filter-choice > summary', { hasText: 'Funding lines' });
    await expect(yearsFilter).toHaveText('Fiscal years FY2015–FY2017');
    await expect(linesFilter).toHaveText('Funding lines All agencies');
    await expect(page.getByRole('checkbox', { name: 'DOS NADR-CWD' })).toBeHidden();
    // Reset filters is hidden while there is nothing to reset.
    await expect(page.getByRole('button', { name: 'Reset filters' })).toBeHidden();
    const lines = await filterGroup(page, 'Funding lines');
    await expect(lines.getByRole('checkbox')).toHaveCount(2);
    await lines.getByRole('checkbox', { name: 'DOS NADR-CWD' }).uncheck();
    await expect(page).toHaveURL(/\?country=mali&lines=dod$/);
    await expect(linesFilter).toHaveText('Funding lines DoD');
    // Escape closes the filter, back to its summary.
    await page.keyboard.press('Escape');
    await expect(lines.getByRole('checkbox', { name: 'DoD' })).toBeHidden();
    await expect(linesFilter).toBeFocused();
    const dodOnly = [
      ['Agency', 'FY2015', 'FY2016', 'FY2017', 'Cumulative'],
      ['DoD', '$0K', '$170K', '$182K', '$352K'],
    ];
    expect(await fundingTableRows(page)).toEqual(dodOnly);
    await expect(page.getByRole('complementary', { name: /Cumulative/ })).toContainText('$352,000');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(linesFilter).toHaveText('Funding lines DoD');
    await expect(await filterCheckbox(page, 'DOS NADR-CWD')).not.toBeChecked();
    expect(await fundingTableRows(page)).toEqual(dodOnly);
    // A click elsewhere on the page closes the filter.
    await page.getByRole('heading', { level: 1 }).click();
    await expect(page.getByRole('checkbox', { name: 'DOS NADR-CWD' })).toBeHidden();

    await (await filterCheckbox(page, 'FY2015')).uncheck();
    await expect(page).toHaveURL(/years=2016,2017&lines=dod$/);
    await expect(yearsFilter).toHaveText('Fiscal years FY2016–FY2017');
    await page.goBack();
    await expect(page).toHaveURL(/\?country=mali&lines=dod$/);
    await expect(await filterCheckbox(page, 'FY2015')).toBeChecked();
    await page.goForward();
    await expect(await filterCheckbox(page, 'FY2015')).not.toBeChecked();

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page).toHaveURL(/\?country=mali$/);
    expect(await fundingTableRows(page)).toHaveLength(5);
    await expect(yearsFilter).toHaveText('Fiscal years FY2015–FY2017');
    await expect(linesFilter).toHaveText('Funding lines All agencies');
    await expect(page.getByRole('button', { name: 'Reset filters' })).toBeHidden();
  });

  test('filters through the URL: FY2017 and DoD', async ({ page }) => {
    await openDashboard(page, '?country=mali&years=2017&lines=dod');
    expect(await fundingTableRows(page)).toEqual([
      ['Agency', 'FY2017', 'Cumulative'],
      ['DoD', '$182K', '$352K'],
    ]);
    const results = page.getByRole('region', { name: 'Results' });
    await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveAccessibleName('2 EOD Level I Awareness missions');
    await expect(results).toContainText('Not shown: 5 results funded by lines not selected.');
    await expectNoAxeViolations(page);

    // A figure the page credits to the United States as a whole, over a span of years, is kept whole and marked.
    await page.goto('/?country=angola&years=2017&lines=dod');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Angola');
    const angola = page.getByRole('region', { name: 'Results' });
    const tile = angola.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '125,000 SA/LW destroyed' }) });
    await expect(tile).toContainText('2006–2017 total, not reported by year');
    await expect(tile).toContainText('Credited to the U.S. government as a whole, not reported by agency or line');
  });

  test('a multi-year figure is never shown as FY2016’s', async ({ page }) => {
    await openDashboard(page, '?country=mali&years=2016');
    const tile = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'More than 27,990 weapons secured' }) });
    await expect(tile).toContainText('2015–2017 total, not reported by year');
    await expect(page.getByRole('heading', { name: '22 armories built or refurbished' })).toHaveCount(0);
    await expect(page.getByText('Not shown: 3 results from years outside the filter.')).toBeVisible();
  });

  test('a bad link falls back to the default view with a notice, not an error page', async ({ page }) => {
    await openDashboard(page, '?country=atlantis&years=20x6,1999&agencies=<script>alert(1)</script>');
    const notice = page.getByRole('status').filter({ hasText: 'Some settings in the link were not recognised' });
    await expect(notice).toContainText('Country “atlantis” is not in the dataset; showing Mali instead.');
    await expect(notice).toContainText('Ignored fiscal year “20x6”, “1999”');
    await expect(notice).toContainText('Ignored funding line “<script>alert(1)</script>”: Mali has dos-nadr-cwd, dod.');
    expect(await fundingTableRows(page)).toHaveLength(5);
    await expect(page).toHaveURL(/\?country=mali$/);
    await expectNoAxeViolations(page);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('each bar says its figure; the charts that offer a tooltip give exact dollar amounts', async ({ page }) => {
    await openDashboard(page);
    const funding = page.getByRole('region', { name: 'Funding by agency' });
    // The funding chart is the figure's own SVG plot: each bar's title (shown on hover) names its line, year and figure
    // in exact dollars, in the legend's order within each year; a $0 bar (DoD FY2015) is not drawn.
    const plot = funding.locator('.plot-svg > svg').filter({ visible: true });
    await expect(plot.locator('rect > title')).toHaveText([
      'DOS NADR-CWD, FY2015: $1,200,000',
      'DOS NADR-CWD, FY2016: $500,000',
      'DoD, FY2016: $170,000',
      'DOS NADR-CWD, FY2017: $1,000,000',
      'DoD, FY2017: $182,000',
    ]);
    await expect(funding.locator('.plot-svg__legend li')).toHaveText(['DOS NADR-CWD', 'DoD']);
    // The exact dollars behind the thousands are said once, under the heading.
    await expect(funding).toContainText('the table in U.S. dollars in thousands, as the report prints them ($1,200K is $1,200,000)');

    // The comparison (drawn with the chart code once it is near the screen) keeps its tooltip: the figure and its exact dollars.
    await showPanelsBelow(page);
    const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
    const cumulative = comparison.getByRole('figure', { name: 'The cumulative comparison' });
    await cumulative.scrollIntoViewIfNeeded();
    // Ranked, highest first: Chad's cumulative is the first bar.
    await cumulative.locator('.recharts-bar-rectangle').first().hover();
    const comparisonTip = comparison.locator('.chart-tooltip');
    await expect(comparisonTip).toContainText('Chad');
    await expect(comparisonTip).toContainText('$15,410K');
    await expect(comparisonTip).toContainText('$15,410,000');

    // The embedded funding chart is drawn with the chart code: its tooltip gives every line of the year in exact dollars.
    await page.goto('/?country=mali&embed=funding');
    // DOS NADR-CWD's FY2017 segment: the third bar drawn.
    await page.locator('.recharts-bar-rectangle').nth(2).hover();
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toContainText('FY2017');
    await expect(tooltip).toContainText('$1,000K');
    await expect(tooltip).toContainText('$1,000,000');
    await expect(tooltip).toContainText('$182,000');
    await expect(tooltip).toContainText('$1,182,000');
    // Series in the legend's order, then the total.
    await expect(tooltip.getByRole('rowheader')).toHaveText(['DOS NADR-CWD', 'DoD', 'Total']);
  });

  test('works from the keyboard with a visible focus outline', async ({ page }) => {
    await openDashboard(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Country: Mali' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'All countries: rankings and map' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Results across countries' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Partners' })).toBeFocused();
    // The report's one search, then the page's tools.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Country brief: download a one-slide brief of Mali' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
    // The section menu: four sections, then one link to the rest ("More about Mali"); then the filters.
    const sections = page.getByRole('navigation', { name: 'Sections of this page' });
    await expect(sections.getByRole('link')).toHaveText(['Funding', 'Results', 'Comparison', 'Activity', 'More about Mali']);
    for (const name of ['Funding', 'Results', 'Comparison', 'Activity', 'More about Mali']) {
      await page.keyboard.press('Tab');
      await expect(sections.getByRole('link', { name })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Country' })).toBeFocused();
    // The fiscal years: a filter closed to what it is set to; Enter opens it, and Tab goes on into its checkboxes.
    await page.keyboard.press('Tab');
    const yearsFilter = page.locator('details.filter-choice > summary', { hasText: 'Fiscal years' });
    await expect(yearsFilter).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The first year offered is FY2013, printed by the 2016 edition; the default view shows FY2015–FY2017.
    const fy2013 = page.getByRole('checkbox', { name: 'FY2013' });
    await expect(fy2013).toBeFocused();
    const outline = await fy2013.evaluate((el) => getComputedStyle(el).outlineWidth);
    expect(parseFloat(outline)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Space');
    await expect(fy2013).toBeChecked();
    await expect(page).toHaveURL(/years=2013,2015,2016,2017/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const fy2015 = page.getByRole('checkbox', { name: 'FY2015' });
    await expect(fy2015).toBeFocused();
    await page.keyboard.press('Space');
    await expect(fy2015).not.toBeChecked();
    await expect(page).toHaveURL(/years=2013,2016,2017/);
    // Escape closes the filter and gives focus back to its summary, which says what it is set to now.
    await page.keyboard.press('Escape');
    await expect(fy2015).toBeHidden();
    await expect(yearsFilter).toBeFocused();
    await expect(yearsFilter).toHaveText('Fiscal years FY2013, FY2016, FY2017');
    // Glossary terms are no tab stops: they open on hover and close on Escape.
    const pssm = page.getByRole('region', { name: 'Results' }).locator('abbr', { hasText: 'PSSM' }).first();
    await pssm.hover();
    await expect(page.getByRole('tooltip', { name: /Physical security and stockpile management/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    // The menu's last link takes focus to the sections one step away; each heading's button opens its section, where the glossary is.
    await sections.getByRole('link', { name: 'More about Mali' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'More about Mali' })).toBeFocused();
    await expect(page).not.toHaveURL(/#/);
    for (const name of ['Funding through time', 'Across editions', 'Regional context', 'Sources and notes']) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
    }
    const sources = page.getByRole('button', { name: 'Sources and notes', exact: true });
    await expect(sources).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(sources).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('heading', { level: 3, name: 'Glossary' })).toBeVisible();
    await expect(page).toHaveURL(/years=2013,2016,2017&open=sources$/);
    // The colours are chosen at the foot of the page.
    await expect(page.getByRole('contentinfo').getByRole('combobox', { name: 'Colours' })).toBeVisible();
  });

  test('fits a 375 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openDashboard(page);
    await showWholePage(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('passes axe in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDashboard(page);
    await expectNoAxeViolations(page);
    await showWholePage(page);
    await expectNoAxeViolations(page);
  });
});
