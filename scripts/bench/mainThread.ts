/**
 * Main-thread busy time of an action in a page: the growth of Chrome's `TaskDuration` metric
 * (DevTools protocol, Performance domain) across it — every task the renderer's main thread ran,
 * long or short, including script, style, layout and paint. Wall time is not used: on the shared
 * 2-core machine it grows with the load; busy time grows much less.
 */
import type { Page } from 'playwright-core';

export async function busyMs(page: Page, action: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  };
  try {
    const before = await taskSeconds();
    await action();
    const after = await taskSeconds();
    return (after - before) * 1000;
  } finally {
    await cdp.detach();
  }
}

export interface MainThreadWork {
  /** Wall time of the main thread's tasks (TaskDuration, as busyMs): the budget's figure. */
  busyMs: number;
  /**
   * The same tasks' CPU time on the main thread (the Performance domain in `threadTicks`): what
   * busyMs would be with the thread never descheduled. On this shared 2-core machine, under load,
   * busyMs grows with the load (a 200 ms busy loop read ~300 ms busy at load 15, 109 ms CPU);
   * this grows much less, so an A/B reads it as well.
   */
  cpuMs: number;
}

/** busyMs and the same window's main-thread CPU time, from two DevTools sessions (one per time domain). */
export async function mainThreadWork(page: Page, action: () => Promise<void>): Promise<MainThreadWork> {
  const cpuSession = await page.context().newCDPSession(page);
  await cpuSession.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskCpuSeconds = async () => {
    const { metrics } = await cpuSession.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  };
  try {
    let cpuMs = NaN;
    const ms = await busyMs(page, async () => {
      const before = await taskCpuSeconds();
      await action();
      cpuMs = ((await taskCpuSeconds()) - before) * 1000;
    });
    return { busyMs: ms, cpuMs };
  } finally {
    await cpuSession.detach();
  }
}

/** Two animation frames: what an action drew has reached the screen. */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
