import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, openDashboard, openSection, tableRows, test } from './fixtures';
import type { Page } from '@playwright/test';

const csvPath = new URL('../fixtures/files/two-countries.csv', import.meta.url).pathname;

function fundingRows(page: Page, country: string): Promise<string[][]> {
  return tableRows(page, new RegExp(`Funding to ${country}`), 'body');
}

const freedonia = [
  ['DOS NADR-CWD', '$400K', '$1,250K', '$5,200K'],
  ['DoD', '$10K', '$20K', '$90K'],
  ['Sum of rows shown', '$410K', '$1,270K', '$5,290K'],
  ['COUNTRY TOTAL (printed)', '$410K', '$1,270K', '$5,290K'],
];

/** Answers the question a CSV without a Source column raises; an empty answer keeps the suggested name (the file's). */
async function nameTheFigures(page: Page, name: string) {
  const input = page.getByLabel('Name the report edition or office they come from');
  await input.fill(name);
  await page.getByRole('button', { name: `Import as “${name}”` }).click();
}

test.describe('importing a dataset', () => {
  test('through the file input: figures on screen, kept across reload, then removed', async ({ page }) => {
    await openDashboard(page);
    // The file input is in the Datasets section, one step away under "More about Mali".
    await openSection(page, 'Datasets');
    await expect(page).toHaveURL(/\?country=mali&open=datasets$/);
    await page.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)').setInputFiles(csvPath);
    // The file has no Source column: the import asks what its figures are.
    await nameTheFigures(page, 'Freedonia desk');
    await expect(page.getByRole('status').filter({ hasText: 'Imported two-countries.csv: 2 countries.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freedonia: Freedonia desk (imported)');
    expect(await fundingRows(page, 'Freedonia')).toEqual(freedonia);
    // The Datasets section, where the officer is working, stays open on the imported dataset.
    await expect(page).toHaveURL(/\?dataset=import-[a-z0-9-]+&country=freedonia&open=datasets$/);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freedonia: Freedonia desk (imported)');
    expect(await fundingRows(page, 'Freedonia')).toEqual(freedonia);

    // Closed, the section is opened again by the notice's link to it, which takes focus to its heading.
    const toggle = page.getByRole('button', { name: 'Datasets', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/\?dataset=import-[a-z0-9-]+&country=freedonia$/);
    await page.getByRole('link', { name: 'Manage datasets' }).click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('heading', { level: 2, name: 'Datasets' })).toBeFocused();
    await expect(page).toHaveURL(/\?dataset=import-[a-z0-9-]+&country=freedonia&open=datasets(#datasets-heading)?$/);

    const panel = page.getByRole('region', { name: 'Datasets' });
    const list = panel.getByRole('list', { name: 'Datasets in this browser' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await panel.getByRole('button', { name: 'Remove two-countries.csv' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(panel.getByRole('button', { name: /Remove/ })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Removed two-countries.csv.' })).toBeVisible();
  });

  test('through a simulated drop', async ({ page }) => {
    await openDashboard(page);
    await openSection(page, 'Datasets');
    const text = readFileSync(csvPath, 'utf8');
    const transfer = await page.evaluateHandle((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    }, text);
    const zone = page.locator('.dropzone');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await nameTheFigures(page, 'dropped');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freedonia: dropped (imported)');
    expect(await fundingRows(page, 'Freedonia')).toEqual(freedonia);
  });

  test('a broken file shows every problem and changes nothing', async ({ page }) => {
    // A link that opens the Datasets section.
    await openDashboard(page, '?country=mali&years=2017&open=datasets');
    const before = page.url();
    await page.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Country,Agency line,FY2017 (USD thousands),Cumulative (USD thousands)\nMali,NASA,12,12\nMali,DoD,-4,x\n<script>alert(1)</script>,DoD,1,1e999\n'),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.csv was not imported. Nothing has changed.' });
    await expect(alert).toContainText('4 problems found');
    await expect(alert).toContainText('broken.csv: row 2, column B "Agency line": expected an agency line (DOS NADR-CWD, DOS Other, DoD, USAID or CDC); found "NASA"');
    await expect(alert).toContainText('broken.csv: row 3, column C "FY2017 (USD thousands)": amounts must not be negative; found "-4"');
    await expect(alert).toContainText('broken.csv: row 3, column D "Cumulative (USD thousands)": expected an amount; found "x". In Excel, type the figure as a number');
    await expect(alert).toContainText('row 4, column D "Cumulative (USD thousands)": expected an amount; found "1e999"');
    expect(page.url()).toBe(before);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
    await expect(page.getByRole('list', { name: 'Datasets in this browser' }).getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.getByLabel('Import a dataset file (Excel, CSV or JSON, up to 10 MB)').setInputFiles({
      name: 'truncated.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "countries": [{"id": "mali"'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'truncated.json was not imported' })).toContainText('the JSON ends too early: the file looks truncated');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
  });

  test('the JSON Schema of the format is published', async ({ page, baseURL }) => {
    const response = await page.request.get(`${baseURL ?? ''}/dataset.schema.json`);
    expect(response.ok()).toBe(true);
    const schema = (await response.json()) as { title: string; properties: Record<string, unknown> };
    expect(schema.title).toBe('CWD dashboard dataset');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'editions', 'countries']));
  });
});
