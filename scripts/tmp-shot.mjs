import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from './chromium.mjs';
const [,, url, out, width = '1280', selector = '', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.waitForSelector('#root:not([inert])');
if (selector) {
  for (let i = 0; i < 10; i += 1) { await page.mouse.wheel(0, 1500); await page.waitForTimeout(300); }
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await el.screenshot({ path: out });
} else {
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out, fullPage: false });
}
await browser.close();
