/**
 * Replaces the output folder as a whole: write every file into a sibling temp folder, then swap
 * folders with renames. A failure at any point leaves the previous good output in place.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeFolderAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const temp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  try {
    for (const [name, content] of files) {
      // Names may hold folders ('place/06/index.html').
      if (name.includes('/')) mkdirSync(dirname(join(temp, name)), { recursive: true });
      writeFileSync(join(temp, name), content);
    }
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(temp, outDir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
