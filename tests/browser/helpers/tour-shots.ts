/**
 * Screenshots of every guided-tour step in presentation mode, for looking at:
 *   npm run build && npx tsx tests/browser/helpers/tour-shots.ts /tmp/tour 1920x1080 [zoom]
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../chromium';
import { serveStatic } from '../static-server';
import { waitForMapComplete, waitForMapIdle, withMapHook } from './map';

const out = process.argv[2] ?? '/tmp/tour';
const [w, h] = (process.argv[3] ?? '1920x1080').split('x').map(Number) as [number, number];
const zoom = Number(process.argv[4] ?? '1');
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: Math.round(w / zoom), height: Math.round(h / zoom) }, deviceScaleFactor: zoom, reducedMotion: 'reduce' });
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  await page.goto(withMapHook(`${server.url}/?mode=present`));
  await waitForMapComplete(page);
  await page.keyboard.press('t');
  await page.locator('.tour-panel__title').waitFor();
  const total = Number((await page.locator('.tour-panel__counter').innerText()).match(/of (\d+)/)?.[1] ?? '15');
  for (let i = 1; i <= total; i++) {
    await waitForMapIdle(page);
    const clipped = await page.evaluate(() => {
      const cap = document.querySelector('.tour-panel__caption')!.getBoundingClientRect();
      const panel = document.querySelector('.tour-panel')!;
      const p = panel.getBoundingClientRect();
      return { capBottom: cap.bottom, panelBottom: p.bottom, scroll: panel.scrollHeight - panel.clientHeight, vh: innerHeight };
    });
    console.log(i, JSON.stringify(clipped));
    await page.screenshot({ path: `${out}/step-${String(i).padStart(2, '0')}.png` });
    await page.keyboard.press('ArrowRight');
  }
} finally {
  await browser.close();
  await server.close();
}
