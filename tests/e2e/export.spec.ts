import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openDashboard, test } from './fixtures';

/** Reads a PNG's size from its IHDR header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function chooseExport(page: Page, item: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export the funding chart' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return downloadPromise;
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** The source every row of a country's CSV names (quoted: it holds commas). */
const MALI_SOURCE =
  '"U.S. Department of State, Bureau of Political-Military Affairs, Office of Weapons Removal and Abatement (PM/WRA), To Walk the Earth in Safety, 2018 edition, Mali page (https://www.state.gov/t/pm/rls/rpt/walkearth/2018/287812.htm)"';

test.describe('exporting the funding chart', () => {
  test('downloads a 2× PNG of the composed figure that is not blank', async ({ page }) => {
    await openDashboard(page);
    const download = await chooseExport(page, 'Download PNG');
    expect(download.suggestedFilename()).toBe('mali-funding-by-agency-fy2015-fy2017.png');
    const bytes = await saved(download);
    expect(pngSize(bytes)).toEqual({ width: 2400, height: 1350 });
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded mali-funding-by-agency-fy2015-fy2017.png.' })).toBeVisible();

    // Decode it in the page and count the colours: a blank or one-colour image fails.
    const stats = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let white = 0;
      let blue = 0;
      let orange = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (r > 250 && g > 250 && b > 250) white += 1;
        if (r === 0x00 && g === 0x72 && b === 0xb2) blue += 1;
        if (r === 0xe6 && g === 0x9f && b === 0x00) orange += 1;
      }
      const total = data.length / 4;
      return { corner: Array.from(data.subarray(0, 4)), whiteShare: white / total, blue, orange };
    }, bytes.toString('base64'));
    expect(stats.corner).toEqual([255, 255, 255, 255]);
    expect(stats.whiteShare).toBeGreaterThan(0.4);
    expect(stats.whiteShare).toBeLessThan(0.97);
    expect(stats.blue).toBeGreaterThan(10_000);
    expect(stats.orange).toBeGreaterThan(1_000);
  });

  test('downloads a self-contained SVG with title, legend, source and footnote', async ({ page }) => {
    await openDashboard(page, '?country=mali&years=2016,2017');
    const download = await chooseExport(page, 'Download SVG');
    expect(download.suggestedFilename()).toBe('mali-funding-by-agency-fy2016-fy2017.svg');
    const svg = (await saved(download)).toString('utf8');
    // Parsed in a blank page: the app's CSP (rightly) refuses the SVG's own <style> in its document.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('svg > title')?.textContent ?? null,
        desc: doc.querySelector('svg > desc')?.textContent ?? null,
        texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent),
      };
    }, svg);
    await blank.close();
    expect(parsed.error).toBeNull();
    expect(parsed.title).toBe('Mali: U.S. CWD funding by agency and fiscal year');
    expect(parsed.texts).toContain('FY2016–FY2017 · All agencies (DOS NADR-CWD, DoD) · U.S. dollars');
    expect(parsed.texts).toEqual(expect.arrayContaining(['DOS NADR-CWD', 'DoD', '$670,000', '$1.18 million', 'FY2016', 'FY2017']));
    expect(parsed.texts.join(' ')).toContain('Source: U.S. Department of State, Bureau of Political-Military Affairs');
    expect(parsed.texts.join(' ')).toContain('*Department of State FY13 funding is included in regional funding.');
    expect(parsed.desc).toContain('FY2017: DOS NADR-CWD $1,000,000, DoD $182,000; total $1,182,000.');
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toMatch(/(href|src)="(?!data:)/);
    expect(svg).toContain('@font-face');
  });

  test('downloads the CSV of the figures shown: FY2017 and DoD is one DoD row of 182', async ({ page }) => {
    await openDashboard(page, '?country=mali&years=2017&lines=dod');
    const download = await chooseExport(page, 'Download CSV');
    expect(download.suggestedFilename()).toBe('mali-funding-by-agency-fy2017-dod.csv');
    const csv = (await saved(download)).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Country,Agency line,Printed label,FY2017 (USD thousands),Cumulative FY2013–FY2017 (USD thousands),Source',
      `Mali,DoD,DoD,182,352,${MALI_SOURCE}`,
    ]);
  });

  test('the full CSV carries every row of the table, printed total included', async ({ page }) => {
    await openDashboard(page);
    const csv = (await saved(await chooseExport(page, 'Download CSV'))).toString('utf8');
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Country,Agency line,Printed label,FY2015 (USD thousands),FY2016 (USD thousands),FY2017 (USD thousands),Cumulative FY2013–FY2017 (USD thousands),Source',
      `Mali,DOS NADR-CWD,DOS NADR - CWD,1200,500,1000,2700,${MALI_SOURCE}`,
      `Mali,DoD,DoD,0,170,182,352,${MALI_SOURCE}`,
      `Mali,All agencies (printed total),COUNTRY TOTAL,1200,670,1182,3052,${MALI_SOURCE}`,
    ]);
  });

  test('copies the link and the image where the browser allows it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openDashboard(page, '?country=mali&years=2016');
    await page.getByRole('button', { name: 'Export the funding chart' }).click();
    await page.getByRole('menuitem', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link to this view copied to the clipboard.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL ?? ''}/?country=mali&years=2016`);

    await page.getByRole('button', { name: 'Export the funding chart' }).click();
    await page.getByRole('menuitem', { name: 'Copy image' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Image copied to the clipboard.' })).toBeVisible();
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
  });

  test('says so plainly when the clipboard is refused', async ({ page }) => {
    await openDashboard(page);
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'write', { value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
    });
    await page.getByRole('button', { name: 'Export the funding chart' }).click();
    await page.getByRole('menuitem', { name: 'Copy image' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The browser did not allow copying the image (Write permission denied.). Use “Download PNG” instead.' })).toBeVisible();
  });

  test('menu and preview work from the keyboard and pass axe', async ({ page }) => {
    await openDashboard(page);
    const button = page.getByRole('button', { name: 'Export the funding chart' });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Export the funding chart' });
    await expect(menu).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Preview image…' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Preview image…' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await expect(dialog).toBeVisible();
    const preview = dialog.getByRole('img', { name: /Preview of the exported image/ });
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    await expectNoAxeViolations(page);

    await dialog.getByRole('radio', { name: /3×/ }).check();
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download PNG' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('mali-funding-by-agency-fy2015-fy2017@3x.png');
    expect(pngSize(await saved(download))).toEqual({ width: 3600, height: 2025 });

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the image stays white in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDashboard(page);
    const bytes = await saved(await chooseExport(page, 'Download PNG'));
    const corner = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 4;
      canvas.height = 4;
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      return Array.from(canvas.getContext('2d')?.getImageData(0, 0, 1, 1).data ?? []);
    }, bytes.toString('base64'));
    expect(corner).toEqual([255, 255, 255, 255]);
  });
});
