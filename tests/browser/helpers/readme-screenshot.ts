/**
 * Takes the README's screenshot (docs/screenshot.png) from the built site:
 *
 *   npm run build && npx tsx tests/browser/helpers/readme-screenshot.ts [out.png]
 *
 * A 1400×900 window, light theme, 2026-05-01, counties, Harris County TX's panel open (its 287(g)
 * agreements and sources loaded), taken once the map is idle; the whole page, so the timeline
 * under the map shows. Shrunk to a 256-colour PNG with pngquant (Debian: apt-get install
 * pngquant) when it is installed, which keeps it well under 300 KB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchChromium } from '../chromium';
import { serveStatic } from '../static-server';
import { waitForMapComplete, waitForMapIdle, withMapHook } from './map';

const out = resolve(process.argv[2] ?? 'docs/screenshot.png');
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 });
  // tsx keeps function names with a __name helper that page functions do not have.
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(withMapHook(`${server.url}/?date=2026-05-01&j=48201`));
  await waitForMapComplete(page);
  await page.locator('section.detail-panel .sources a').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.mouse.move(0, 0);
  await waitForMapIdle(page);
  if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
  mkdirSync(dirname(out), { recursive: true });
  const raw = `${out}.raw.png`;
  await page.screenshot({ path: raw, fullPage: true, animations: 'disabled', caret: 'hide' });
  try {
    execFileSync('pngquant', ['--force', '--strip', '--speed', '1', '--quality', '70-95', '--output', out, '256', raw]);
  } catch (error) {
    console.warn(`pngquant failed or is not installed (${String(error)}): keeping the full-colour PNG`);
    renameSync(raw, out);
  }
  rmSync(raw, { force: true });
  console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB`);
} finally {
  await browser.close();
  await server.close();
}
