/**
 * Renders assets/icon.svg to the PNG icons electron-builder uses (it derives .ico and .icns from
 * the 512×512 PNG). Run after changing the SVG: `tsx scripts/renderIcons.ts`.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
for (const size of [512, 256]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`,
  );
  await page.screenshot({
    path: size === 512 ? 'assets/icon.png' : `assets/icon-${size}.png`,
    omitBackground: true,
  });
  await page.close();
}
await browser.close();
console.log('rendered assets/icon.png');
