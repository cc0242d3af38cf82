/**
 * Before/after comparison of two source trees (a dev tool for recording an optimisation's effect;
 * `npm run bench` is the full suite). Builds each tree's site from the same data (this checkout's
 * data/), then alternates measurement rounds between them so that changes in machine load hit both
 * alike, and prints medians per variant.
 *
 *   tsx scripts/bench/ab.ts <before-root> <after-root> [rounds=3] [what=steps,firstmap,paired]
 *
 * A root is a folder with src/, index.html, vite.config.ts (node_modules may be a symlink).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/browser/chromium';
import { firstMapRun, monthDays, openBenchPage, stepEveryMonth } from './browser';
import { paired } from './paired';
import { benchBuildData } from './build-data';
import { median, quantile } from './report';
import { serveBench } from './server';
import { buildSite } from './site';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const [beforeRoot, afterRoot, roundsArg = '3', whatArg = 'steps,firstmap'] = process.argv.slice(2);
if (!beforeRoot || !afterRoot) {
  console.error('usage: tsx scripts/bench/ab.ts <before-root> <after-root> [rounds] [what]');
  process.exit(2);
}
const rounds = Number(roundsArg);
const what = new Set(whatArg.split(','));
const work = mkdtempSync(join(tmpdir(), 'icemap-ab-'));
const f = (x: number, d = 1) => x.toFixed(d);

try {
  const data = join(work, 'data');
  benchBuildData(projectRoot, work, data, { factors: [], repeats: 0 });
  const variants = [
    { name: 'before', root: resolve(beforeRoot) },
    { name: 'after', root: resolve(afterRoot) },
  ];
  const results = new Map<string, Record<string, number[]>>();
  const servers = [];
  for (const v of variants) {
    const dist = await buildSite(v.root, data, join(work, v.name));
    servers.push({ ...v, server: await serveBench(dist) });
    results.set(v.name, {});
  }
  const add = (name: string, key: string, xs: number[]) => {
    const r = results.get(name)!;
    (r[key] ??= []).push(...xs);
  };
  const browser = await launchChromium();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const { name, server } of order) {
      if (what.has('firstmap')) {
        const run = await firstMapRun(browser, server);
        add(name, 'firstMapMs', [run.completeMs]);
      }
      if (what.has('steps') || what.has('paired')) {
        const page = await openBenchPage(browser, server, '1979-01');
        const today = await page.evaluate(() => window.__icemap!.store.getState().today);
        const days = monthDays(today);
        if (what.has('steps')) {
          const steps = await stepEveryMonth(page, days);
          add(name, 'mainMs', steps.samples.map((s) => s.mainMs));
          add(name, 'recolourMs', steps.samples.flatMap((s) => (s.recolourMs === null ? [] : [s.recolourMs])));
          add(name, 'frameMs', steps.samples.flatMap((s) => (s.frameMs === null ? [] : [s.frameMs])));
          add(name, 'longTasks', [steps.longTasks.length]);
        }
        if (what.has('paired')) {
          const picks = [];
          for (let i = 300; i < days.length - 1; i += 24) picks.push({ prev: days[i]!.day, day: days[i + 1]!.day, month: days[i + 1]!.month });
          const p = await paired(page, picks);
          add(name, 'pairedFrameMs', p.samples.map((s) => s.stepFrameMs));
          add(name, 'repaintMs', p.samples.map((s) => s.repaintMs));
        }
        await page.context().close();
      }
      console.log(`round ${round + 1} ${name} done`);
    }
  }
  await browser.close();
  for (const { server } of servers) await server.close();
  for (const [name, r] of results) {
    const parts = Object.entries(r).map(([k, xs]) => `${k}: median ${f(median(xs), 2)}, p95 ${f(quantile(xs, 0.95), 2)}, max ${f(Math.max(...xs), 1)} (n=${xs.length})`);
    console.log(`${name}:\n  ${parts.join('\n  ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
