import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from './chromium.mjs';
const [,, url, chartName, out] = process.argv;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
await page.goto(url);
await page.waitForSelector('#root:not([inert])');
await page.mouse.move(2, 2); await page.mouse.move(4, 4);
for (const item of ['Download PNG', 'Download slide (.pptx)']) {
  await page.getByRole('button', { name: `Export the ${chartName}` }).click();
  const p = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const d = await p;
  await d.saveAs(`${out}-${d.suggestedFilename()}`);
  console.log(`${out}-${d.suggestedFilename()}`);
}
await browser.close();
