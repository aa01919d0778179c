import { expect, expectNoAxeViolations, openDashboard, openSection, showFundingChart, tableRows, test } from './fixtures';
import type { Page } from '@playwright/test';
import { bundledTable, encode, GERMAN_EXCEL, officeCsv, tableWorkbook, US_EXCEL, workbookBytes } from '../fixtures/officeFiles';

/* Officers' own files, as Excel writes them, imported through the page: read exactly, or asked about. */

const input = (page: Page) => page.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)');
const review = (page: Page, fileName: string) => page.getByRole('form', { name: `Check how ${fileName} was read` });

async function choose(page: Page, name: string, buffer: Uint8Array, mimeType = 'text/csv') {
  await input(page).setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });
  await expect(review(page, name)).toBeVisible();
}

/** Names the figures of a file without a Source column, and imports them. */
async function importAs(page: Page, fileName: string, name: string) {
  const form = review(page, fileName);
  await form.getByLabel('Name the report edition or office they come from').fill(name);
  await form.getByRole('button', { name: `Import as “${name}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${fileName}:` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${name} (imported)`);
}

/** The year totals the funding chart (the figure's own SVG plot) prints in bold over its stacks. */
const chartTotals = (page: Page) =>
  page.getByRole('region', { name: 'Funding by agency' }).locator('.plot-svg > svg').filter({ visible: true }).locator('text[font-weight="700"]');

/** Angola's funding table and chart as the page shows them, with a cell's restatement note set aside (the editions differ by view). */
async function angolaAsShown(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Angola');
  const rows = (await tableRows(page, /Funding to Angola/, 'body')).map((r) => r.map((c) => c.replace(/\s*restated;.*$/, '')));
  await showFundingChart(page);
  const totals = await chartTotals(page).allTextContents();
  return { rows, totals };
}

/** The report's own Angola, as the page shows it before any import; the link opens the Datasets section, where the file input is. */
async function bundledAngola(page: Page) {
  await page.goto('/?country=angola&open=datasets');
  return angolaAsShown(page);
}

/** The imported table equals the bundled one on the page, cell for cell, and the chart draws the same year totals. */
async function expectAngola(page: Page, bundled: Awaited<ReturnType<typeof angolaAsShown>>) {
  await expect(chartTotals(page)).toHaveText(bundled.totals);
  const shown = await angolaAsShown(page);
  expect(shown).toEqual(bundled);
  expect(shown.totals).toEqual(['$5.75 million', '$5.25 million', '$4.19 million']);
  expect(shown.rows.find((r) => r[0]?.startsWith('DOS NADR-CWD'))).toEqual(['DOS NADR-CWD', '$5,600K', '$4,700K', '$4,000K', '$106,504K']);
}

test.describe('office files', () => {
  const { table } = bundledTable('angola');

  test('a German-Excel CSV of Angola’s table: the review says how it was read, and the page shows the report’s figures', async ({ page }) => {
    const bundled = await bundledAngola(page);
    await choose(page, 'angola-de.csv', officeCsv(table, GERMAN_EXCEL));
    const form = review(page, 'angola-de.csv');
    await expect(form).toContainText('Semicolons; UTF-8 text; decimal comma, dot between thousands; figures in USD thousands; 1 country, 3 fiscal years (FY2015–FY2017).');
    await expect(form.getByRole('table', { name: /as the dashboard will show them/ }).getByRole('row', { name: /DOS NADR-CWD/ })).toContainText('106.504 → $106,504K');
    await expectNoAxeViolations(page);
    await importAs(page, 'angola-de.csv', 'Luanda desk');
    await expectAngola(page, bundled);
  });

  test('a US-Excel CSV and an .xlsx workbook of Angola’s table import to the same figures', async ({ page }) => {
    const bundled = await bundledAngola(page);
    await choose(page, 'angola-us.csv', officeCsv(table, US_EXCEL));
    await expect(review(page, 'angola-us.csv')).toContainText('Commas; UTF-8 text; decimal point, comma between thousands; figures in USD thousands;');
    await importAs(page, 'angola-us.csv', 'Luanda desk');
    await expectAngola(page, bundled);

    await choose(page, 'angola.xlsx', tableWorkbook(table), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await expect(review(page, 'angola.xlsx')).toContainText('Sheet “Funding”; numbers as the workbook stores them; figures in USD thousands; 1 country, 3 fiscal years (FY2015–FY2017).');
    await importAs(page, 'angola.xlsx', 'Luanda workbook');
    await expectAngola(page, bundled);
  });

  test('a workbook with several sheets asks which; the first is read until another is chosen', async ({ page }) => {
    await openDashboard(page);
    await openSection(page, 'Datasets');
    const sheet = (name: string, dod: number) => ({
      name,
      rows: [['Country', 'Agency line', 'FY2017 (USD millions)', 'Cumulative (USD millions)'], ['Mali', 'DoD', dod, 0.602], ['Mali', 'DOS NADR-CWD', 1, 2.7]],
    });
    await choose(page, 'two-sheets.xlsx', workbookBytes([sheet('Draft', 0.1), sheet('Final', 0.182)]));
    const form = review(page, 'two-sheets.xlsx');
    const sheets = form.getByRole('group', { name: 'Which sheet holds the figures?' });
    await expect(sheets.getByRole('radio', { name: 'Draft' })).toBeChecked();
    await expect(form.getByRole('row', { name: /Mali DoD/ })).toContainText('0.1 → $100K');
    await sheets.getByRole('radio', { name: 'Final' }).click();
    await expect(sheets.getByRole('radio', { name: 'Final' })).toBeChecked();
    await expect(form.getByRole('row', { name: /Mali DoD/ })).toContainText('0.182 → $182K');
    await expectNoAxeViolations(page);
    await importAs(page, 'two-sheets.xlsx', 'Bamako office');
    const dod = (await tableRows(page, /Funding to Mali/, 'body')).find((r) => r[0] === 'DoD');
    expect(dod?.slice(1)).toEqual(['$182K', '$602K']);
  });

  test('the everyday CSV forms: decimal comma in millions, dollars, Windows-1252, and a question where the file is split', async ({ page }) => {
    await openDashboard(page);
    await openSection(page, 'Datasets');
    // "0,170" in millions is $170K.
    await choose(page, 'millions.csv', encode('Country;Agency line;FY2016 (USD millions);Cumulative (USD millions)\r\nMali;DoD;0,170;0,352\r\n', 'utf-8'));
    await expect(review(page, 'millions.csv').getByRole('row', { name: /Mali DoD/ })).toContainText('0,170 → $170K');
    await importAs(page, 'millions.csv', 'Millions');
    expect((await tableRows(page, /Funding to Mali/, 'body')).find((r) => r[0] === 'DoD')?.slice(1)).toEqual(['$170K', '$352K']);

    // Dollars with thousands separators, and a name in Windows-1252.
    await choose(page, 'dollars.csv', encode('Country,Agency line,FY2016 (USD),Cumulative (USD)\r\nCôte d’Ivoire,DoD,"1,200,000","3,052,000"\r\n', 'windows-1252'));
    await expect(review(page, 'dollars.csv')).toContainText('Commas; Windows-1252 text (Excel’s plain “CSV”);');
    await importAs(page, 'dollars.csv', 'Abidjan');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Côte d’Ivoire');
    expect((await tableRows(page, /Funding to Côte d’Ivoire/, 'body')).find((r) => r[0] === 'DoD')?.slice(1)).toEqual(['$1,200K', '$3,052K']);

    // "1.200" alone in a comma file reads two ways: both are shown, nothing can be imported until one is chosen.
    await choose(page, 'split.csv', encode('Country,Agency line,FY2016 (USD thousands),Cumulative (USD thousands)\r\nMali,DoD,1.200,2.500\r\n', 'utf-8'));
    const form = review(page, 'split.csv');
    const marks = form.getByRole('group', { name: 'Which decimal mark does the file use?' });
    await expect(marks).toContainText('“1.200” (row 2, column C) → $1.2K');
    await expect(marks).toContainText('“1.200” (row 2, column C) → $1,200K');
    await expect(form.getByRole('button', { name: /^Import/ })).toBeDisabled();
    await marks.getByRole('radio', { name: /^Decimal comma/ }).click();
    await expect(marks.getByRole('radio', { name: /^Decimal comma/ })).toBeChecked();
    await expect(form.getByRole('row', { name: /Mali DoD/ })).toContainText('1.200 → $1,200K');
    await importAs(page, 'split.csv', 'Split');
    // The report prints $170K for FY2016: the file's figure is shown, marked as a restatement of it.
    expect((await tableRows(page, /Funding to Mali/, 'body')).find((r) => r[0] === 'DoD')?.slice(1)).toEqual(['$1,200K restated; 2017 edition: $170K, 2018 edition: $170K', '$2,500K']);
  });

  test('Cancel saves nothing; a refusal names the row and column as Excel does', async ({ page }) => {
    await openDashboard(page, '?country=mali&years=2017&open=datasets');
    await choose(page, 'cancel.csv', encode('Country,Agency line,FY2017 (USD thousands),Cumulative (USD thousands)\r\nMali,DoD,5,10\r\n', 'utf-8'));
    await review(page, 'cancel.csv').getByRole('button', { name: 'Cancel import' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'cancel.csv was not imported (cancelled).' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Datasets in this browser' }).getByRole('listitem')).toHaveCount(1);
    await expect(page).toHaveURL(/\?country=mali&years=2017&open=datasets$/);

    await input(page).setInputFiles({ name: 'merged.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(workbookBytes([{ name: 'S', rows: [['Country', 'Agency line', 'FY2017 (USD thousands)', 'Cumulative (USD thousands)'], ['Mali', 'DoD', 1, 2], [null, 'USAID', 1, 2]], merges: ['A2:A3'] }])) });
    const alert = page.getByRole('alert').filter({ hasText: 'merged.xlsx was not imported. Nothing has changed.' });
    await expect(alert).toContainText('merged.xlsx: row 2: cells A2:A3 are merged. In Excel, select them, choose Home › Merge & Center › Unmerge Cells');
    await expectNoAxeViolations(page);
  });
});
