import { launchChromium } from '../../tests/browser/chromium';
import { serveBench } from './server';
import { chromiumCpu, findChromium } from './cpu';
const server = await serveBench(process.argv[2] ?? '/tmp/cur/dist');
const marker = String(process.pid);
const browser = await launchChromium([`--icemap-bench=${marker}`]);
const pid = findChromium(marker);
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.addInitScript('globalThis.__name = (f) => f');
await page.goto(server.url + '?bench=1&date=2020-01');
await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, { timeout: 120000 });
const configs = ['base', 'noAA', 'noHighlight', 'noAAnoHighlight', 'noBorder', 'bgOnly'];
const res: Record<string, { gpu: number; renderer: number; wall: number }[]> = {};
for (let round = 0; round < 3; round++) for (const c of configs) {
  await page.evaluate(async (c) => {
    const map = (window as any).__icemap.map;
    const vis = (id: string, v: boolean) => map.getLayer(id) && map.setLayoutProperty(id, 'visibility', v ? 'visible' : 'none');
    const all = ['county-fill', 'county-border', 'county-highlight', 'state-border', 'place-circle'];
    for (const id of all) vis(id, true);
    map.setPaintProperty('county-fill', 'fill-antialias', !c.includes('noAA'));
    if (c.includes('noHighlight') || c === 'noAAnoHighlight') vis('county-highlight', false);
    if (c === 'noBorder') vis('county-border', false);
    if (c === 'bgOnly') for (const id of all) vis(id, false);
    map.triggerRepaint();
    await new Promise<void>((r) => map.once('idle', () => r()));
    await new Promise((r) => setTimeout(r, 300));
  }, c);
  const before = chromiumCpu(pid);
  const wall = await page.evaluate(async () => {
    const map = (window as any).__icemap.map;
    const raf = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) {
      let at = 0; map.once('render', () => { at = performance.now(); });
      map.triggerRepaint();
      while (!at) await raf();
      await raf();
    }
    return (performance.now() - t0) / 10;
  });
  await new Promise((r) => setTimeout(r, 200));
  const after = chromiumCpu(pid);
  (res[c] ??= []).push({ gpu: (after.gpu - before.gpu) / 10, renderer: (after.renderer - before.renderer) / 10, wall });
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(16), v.map((x) => `gpu ${x.gpu.toFixed(0)} rend ${x.renderer.toFixed(0)} wall ${x.wall.toFixed(0)}`).join(' | '));
await browser.close(); await server.close();
