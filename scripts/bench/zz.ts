import { launchChromium } from '../../tests/browser/chromium';
import { serveBench } from './server';
const server = await serveBench(process.argv[2] ?? '/tmp/cur/dist');
const browser = await launchChromium();
for (let i = 0; i < 2; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.addInitScript(`
    globalThis.__name = (f) => f;
    window.__ev = [];
    const t = () => Math.round(performance.now());
    const iv = setInterval(() => {
      const m = window.__icemap && window.__icemap.map;
      if (!m) return;
      clearInterval(iv);
      window.__ev.push(['map', t()]);
      m.on('load', () => window.__ev.push(['load', t()]));
      m.on('render', () => window.__ev.push(['render', t()]));
      m.on('sourcedata', (e) => { if (e.isSourceLoaded && e.sourceId && e.sourceDataType !== 'metadata') window.__ev.push(['src:' + e.sourceId, t()]); });
      m.on('idle', () => window.__ev.push(['idle', t()]));
    }, 1);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ev.push(['LT' + Math.round(e.duration), Math.round(e.startTime)]); }).observe({ type: 'longtask' });
  `);
  await page.goto(server.url + '?bench=1');
  await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, { timeout: 120000 });
  await page.waitForTimeout(1500);
  const ev = await page.evaluate(() => (window as any).__ev);
  console.log('complete', Math.round(await page.evaluate(() => performance.getEntriesByName('map-complete')[0]!.startTime)));
  console.log(ev.map((e: any) => `${e[0]}@${e[1]}`).join(' '));
  await ctx.close();
}
await browser.close(); await server.close();
