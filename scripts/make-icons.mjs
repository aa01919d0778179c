// Draws the app's install icons (public/icons/*.png) from public/icons/icon.svg in Debian's Chromium.
// The PNGs are committed; run this (`node scripts/make-icons.mjs`) only when the icon changes.
// "maskable" icons keep the mark inside the middle 80% (the safe zone), on the icon's blue to the edge.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const svg = await readFile(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  for (const { file, size, maskable } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inset = maskable ? Math.round(size * 0.1) : 0;
    await page.setContent(
      `<html><body style="margin:0;background:${maskable ? '#1a4480' : 'transparent'}">` +
        `<div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`,
    );
    await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: !maskable });
    await page.close();
    console.log(`public/icons/${file}: ${size} × ${size}`);
  }
} finally {
  await browser.close();
}
