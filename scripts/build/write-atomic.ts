/**
 * Replaces the output folder as a whole: write every file into a sibling temp folder, then swap
 * folders with renames. A failure at any point leaves the previous good output in place.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeFolderAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  mkdirSync(dirname(outDir), { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  swapInFolder(outDir, files, old);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Writes `files` into a temp folder beside `target` and renames it over `target`, the previous
 * folder moved to `old` (the caller deletes it, in its own time). On failure `target` is as it was.
 */
export function swapInFolder(target: string, files: ReadonlyMap<string, string | Uint8Array>, old: string): void {
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    for (const [name, content] of files) {
      // Names may hold folders ('place/06/index.html').
      if (name.includes('/')) mkdirSync(dirname(join(temp, name)), { recursive: true });
      writeFileSync(join(temp, name), content);
    }
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw error;
  }
}

/**
 * Replaces several files (in any folders) together: every file is written beside its target
 * first, and only when all are written are they renamed over the targets. A failure while writing
 * leaves every target as it was.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string>): void {
  const temps: [temp: string, target: string][] = [];
  try {
    for (const [target, content] of files) {
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.tmp-${process.pid}`;
      temps.push([temp, target]);
      writeFileSync(temp, content);
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of temps) renameSync(temp, target);
}
