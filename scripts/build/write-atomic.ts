/**
 * Replaces the output folder as a whole: write every file into a sibling temp folder, then swap
 * folders with renames. A failure at any point leaves the previous good output in place.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeFolderAtomically(outDir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const temp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  try {
    for (const [name, content] of files) writeFileSync(join(temp, name), content);
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(temp, outDir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
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
