// Screenshots of the running dashboard at desktop and phone width, for a person to look at.
// Usage: node scripts/screenshot.mjs [url] [out-dir]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:4300/';
const out = process.argv[3] ?? '/tmp/shots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
for (const [name, width, height, scheme] of [
  ['desktop', 1280, 900, 'light'],
  ['phone', 375, 812, 'light'],
  ['desktop-dark', 1280, 900, 'dark'],
]) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  page.on('console', (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
  await page.goto(url);
  // The panels below the first view appear one per frame; the last is Datasets.
  await page.getByRole('heading', { name: 'Datasets', level: 2 }).waitFor();
  // Charts draw when they come near the screen: scroll through the page once.
  for (const frame of await page.locator('.chart-frame').all()) {
    await frame.scrollIntoViewIfNeeded();
    await frame.locator('.recharts-bar-rectangle').first().waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  // Tall pages come out too small to read whole: also save them in screen-sized parts.
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  const part = width < 600 ? 1400 : 1800;
  for (let y = 0, i = 0; y < total; y += part, i += 1) {
    // Scrolled there first: what is laid out only near the screen (content-visibility: auto) is then drawn, as for a reader.
    await page.evaluate((top) => {
      window.scrollTo(0, top);
    }, y);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: `${out}/${name}-part${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(part, total - y) } });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
