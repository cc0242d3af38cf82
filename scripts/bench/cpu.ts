/**
 * CPU time of Chromium's processes (Linux /proc), for costs that machine load does not distort:
 * wall-clock frame times on a busy 2-core machine mostly measure waiting for a core.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export interface ProcCpu {
  gpu: number;
  renderer: number;
  browser: number;
  other: number;
}

function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = kids.get(ppid) ?? [];
      list.push(Number(name));
      kids.set(ppid, list);
    } catch {
      // gone
    }
  }
  return kids;
}

/** ms of CPU (user + system) used so far by the browser process tree rooted at `pid`, by process type. */
export function chromiumCpu(pid: number): ProcCpu {
  const kids = children();
  const out: ProcCpu = { gpu: 0, renderer: 0, browser: 0, other: 0 };
  const visit = (p: number) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      const type = /--type=([\w-]+)/.exec(cmd)?.[1];
      if (p === pid) out.browser += ms;
      else if (type === 'gpu-process') out.gpu += ms;
      else if (type === 'renderer') out.renderer += ms;
      else out.other += ms;
    } catch {
      return;
    }
    for (const k of kids.get(p) ?? []) visit(k);
  };
  visit(pid);
  return out;
}

/** The pid of the Chromium started with `--icemap-bench=<marker>` among its arguments. */
export function findChromium(marker: string): number {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmd.includes(`--icemap-bench=${marker}`) && !cmd.includes('--type=')) return Number(name);
    } catch {
      // gone
    }
  }
  throw new Error(`no Chromium process with --icemap-bench=${marker}`);
}
