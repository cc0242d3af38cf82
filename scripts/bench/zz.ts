import { launchChromium } from '../../tests/browser/chromium';
import { serveBench } from './server';
import { median } from './report';
const server = await serveBench(process.argv[2] ?? '/tmp/exp-site/dist');
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.addInitScript('globalThis.__name = (f) => f');
await page.goto(server.url + '?bench=1&date=2020-01');
await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, { timeout: 120000 });
const r = await page.evaluate(async () => {
  const map = (window as any).__icemap.map;
  const raf = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
  const vis = (id: string, v: string) => map.getLayer(id) && map.setLayoutProperty(id, 'visibility', v);
  const configs: Record<string, () => void> = {
    base: () => { vis('county-highlight', 'visible'); map.setPaintProperty('county-fill', 'fill-antialias', true); vis('county-border', 'visible'); },
    noAA: () => { vis('county-highlight', 'visible'); map.setPaintProperty('county-fill', 'fill-antialias', false); vis('county-border', 'visible'); },
    noHighlight: () => { vis('county-highlight', 'none'); map.setPaintProperty('county-fill', 'fill-antialias', true); vis('county-border', 'visible'); },
    noAAnoHighlight: () => { vis('county-highlight', 'none'); map.setPaintProperty('county-fill', 'fill-antialias', false); vis('county-border', 'visible'); },
    noBorder: () => { vis('county-highlight', 'visible'); map.setPaintProperty('county-fill', 'fill-antialias', true); vis('county-border', 'none'); },
  };
  const res: Record<string, number[]> = {};
  for (let round = 0; round < 8; round++) {
    for (const [name, apply] of Object.entries(configs)) {
      apply();
      await new Promise<void>((r) => map.once('idle', () => r())); map.triggerRepaint();
      await new Promise<void>((r) => map.once('idle', () => r()));
      await new Promise((r) => setTimeout(r, 50));
      let at = 0; map.once('render', () => { at = performance.now(); });
      const t0 = performance.now();
      map.triggerRepaint();
      while (!at) await raf();
      const end = await raf();
      (res[name] ??= []).push(end - t0);
    }
  }
  return res;
});
for (const [k, v] of Object.entries(r)) console.log(k, Math.round(median(v)), v.map(Math.round).join(' '));
await browser.close(); await server.close();
