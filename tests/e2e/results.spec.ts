import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, openDashboard, showPanelsBelow, test } from './fixtures';

interface NarrativeResult {
  label: string;
  value: number;
  valueText: string | null;
  partner: string | null;
  period: { from: number | null; to: number };
}
const mali = JSON.parse(readFileSync(new URL('../../src/data/datasets/tweis-2018-narrative/countries/mali.json', import.meta.url), 'utf8')) as {
  results: NarrativeResult[];
  activities: { partner: string | null; summary: string }[];
};

function csvRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

test.describe('results out', () => {
  test('"Download results (CSV)" gives every result in view, with figure, period, partner and funder, as the tiles show them', async ({ page }) => {
    await openDashboard(page);
    const results = page.getByRole('region', { name: 'Results' });
    const tiles = await results.locator('.tiles > li').count();
    expect(tiles).toBeGreaterThan(0);
    const downloadPromise = page.waitForEvent('download');
    await results.getByRole('button', { name: 'Download results (CSV)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('mali-results.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['Country', 'Result', 'Figure', 'Qualifier', 'Unit', 'As printed', 'Period (calendar years)', 'Period as the page words it', 'Partner', 'Funded by', 'Marked']);
    expect(rows).toHaveLength(tiles);
    // Each row is one of Mali's results as transcribed: its figure, label and partner.
    for (const row of rows) {
      const source = mali.results.find((r) => row[1]?.endsWith(r.label) && String(r.value) === row[2]);
      expect(source, `no result in mali.json for ${row.join(' | ')}`).toBeDefined();
      expect(row[8]).toBe(source?.partner ?? 'None named');
      expect(row[5]).toBe(source?.valueText ?? '');
    }
    expect(rows.some((r) => r[5] === 'more than 27,990')).toBe(true);
    await expect(results.getByRole('status')).toHaveText('Downloaded mali-results.csv.');
  });

  test('"Download partner activity (CSV)" gives the activities shown, search applied, each as its entry reads', async ({ page }) => {
    await openDashboard(page);
    // Partner activity is below the first view: it loads on the reader's first move.
    await showPanelsBelow(page);
    const panel = page.getByRole('region', { name: 'Partner activity' });
    await panel.scrollIntoViewIfNeeded();
    const all = panel.getByRole('button', { name: 'Download partner activity (CSV)', exact: true });
    const downloadPromise = page.waitForEvent('download');
    await all.click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('mali-partner-activity.csv');
    const [header, ...rows] = csvRows(await download.path());
    expect(header).toEqual(['Country', 'Partner', 'Funded by', 'When (calendar years)', 'When, as the page words it', 'What was done (dashboard summary)', 'Results', 'Marked']);
    expect(rows.length).toBe(await panel.locator('.activities > li').count());
    for (const row of rows) expect(mali.activities.some((a) => (a.partner ?? 'Partner not named') === row[1] && a.summary === row[5])).toBe(true);

    await panel.getByRole('searchbox', { name: 'Search partner activity' }).fill('armories');
    const shown = await panel.locator('.activities > li').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(rows.length);
    const narrowed = page.waitForEvent('download');
    await panel.getByRole('button', { name: `Download partner activity (CSV): the ${shown} shown` }).click();
    const [, ...some] = csvRows(await (await narrowed).path());
    expect(some).toHaveLength(shown);
  });
});
