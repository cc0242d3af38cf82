/**
 * Screenshots of the first screen at the layout issue's sizes, for looking at (not for the README):
 *
 *   npm run build && npx tsx tests/browser/helpers/layout-shots.ts /tmp/shots [query]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../chromium';
import { serveStatic } from '../static-server';
import { waitForMapComplete, waitForMapIdle, withMapHook } from './map';

const outDir = resolve(process.argv[2] ?? '/tmp/shots');
const query = process.argv[3] ?? 'date=2026-05-01';
const only = process.argv[4];
const SIZES: [string, number, number, boolean, string?][] = [
  ['1280x800', 1280, 800, false],
  ['1366x768', 1366, 768, false],
  ['1440x900', 1440, 900, false],
  ['360x640', 360, 640, true],
  ['390x844', 390, 844, true],
  ['844x390', 844, 390, true],
  ['present-1920x1080', 1920, 1080, false, '&mode=present'],
  ['present-1280x720', 1280, 720, false, '&mode=present'],
  ['embed-600x400', 600, 400, false, '&embed=1'],
  ['embed-400x600', 400, 600, false, '&embed=1'],
  ['embed-300x250', 300, 250, false, '&embed=1'],
];
mkdirSync(outDir, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const [name, width, height, phone, extra = ''] of SIZES) {
    if (only !== undefined && !name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: 'light', deviceScaleFactor: 1, hasTouch: phone, isMobile: phone });
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(name, e.message));
    await page.goto(withMapHook(`${server.url}/?${query}${extra}`));
    await waitForMapComplete(page);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${outDir}/${name}.png`, animations: 'disabled', caret: 'hide' });
    console.log(`${outDir}/${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
