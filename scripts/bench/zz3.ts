import { launchChromium } from '../../tests/browser/chromium';
import { serveBench } from './server';
const server = await serveBench('/tmp/bsite-nomin');
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.addInitScript('globalThis.__name = (f) => f');
await page.goto(server.url + '?bench=1&date=1979-01');
await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, { timeout: 120000 });
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const total = await page.evaluate(async () => {
  const { store } = (window as any).__icemap;
  let sum = 0;
  for (let y = 1979; y <= 2026; y++) for (let m = 1; m <= 12; m++) {
    const d = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (d > store.getState().today) break;
    const t0 = performance.now();
    store.getState().setDate(d);
    await Promise.resolve();
    sum += performance.now() - t0;
  }
  return sum;
});
const { profile } = await cdp.send('Profiler.stop');
console.log('total main ms', total);
const cnt = new Map<number, number>();
profile.samples!.forEach((s, i) => cnt.set(s, (cnt.get(s) ?? 0) + (profile.timeDeltas![i] ?? 0)));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>(); const incl = new Map<string, number>();
for (const n of profile.nodes) {
  const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (cnt.get(n.id) ?? 0));
  const t = cnt.get(n.id) ?? 0; if (!t) continue;
  const seen = new Set<string>(); let id: number | undefined = n.id;
  while (id !== undefined) { const m = byId.get(id)!; const kk = `${m.callFrame.functionName} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`; if (!seen.has(kk)) { seen.add(kk); incl.set(kk, (incl.get(kk) ?? 0) + t); } id = parent.get(id); }
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`).join('\n'));
console.log('--- incl');
console.log([...incl].sort((a, b) => b[1] - a[1]).filter(([k]) => k.includes('index-')).slice(0, 40).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`).join('\n'));
await browser.close(); await server.close();
