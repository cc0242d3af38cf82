/**
 * Writes the site stage's files under the site folder (public/): each top-level folder it owns
 * (place/, es/) is replaced whole with writeFolderAtomically, each root file (sitemap.xml,
 * robots.txt, og.png, static.css) by a rename over the old one. Folders it does not own
 * (data/ and changes/, written by other stages) are left alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { swapInFolder } from '../write-atomic';

/**
 * Like writeFolderAtomically, but the replaced folder (~8,000 files) is moved out of the site
 * folder and deleted by a detached `rm -rf`: deleting it in-process took 25 s of the build on a
 * busy disk here, and nothing needs to wait for it (it is outside public/, so vite never copies it).
 */
export function replaceFolder(target: string, files: ReadonlyMap<string, string | Uint8Array>, trashDir: string): void {
  const old = join(trashDir, `.site-old-${process.pid}-${Date.now()}-${target.replace(/[^a-z0-9]+/gi, '-')}`);
  swapInFolder(target, files, old);
  if (existsSync(old)) spawn('rm', ['-rf', old], { detached: true, stdio: 'ignore' }).unref();
}

export function writeSiteFiles(siteDir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const folders = new Map<string, Map<string, string | Uint8Array>>();
  const rootFiles: [string, string | Uint8Array][] = [];
  for (const [path, content] of files) {
    const slash = path.indexOf('/');
    if (slash < 0) {
      rootFiles.push([path, content]);
      continue;
    }
    const top = path.slice(0, slash);
    if (top === 'data' || top === 'changes') throw new Error(`site stage: ${path} is in a folder another stage owns`);
    const folder = folders.get(top) ?? new Map<string, string | Uint8Array>();
    folder.set(path.slice(slash + 1), content);
    folders.set(top, folder);
  }
  mkdirSync(siteDir, { recursive: true });
  for (const [top, folder] of folders) replaceFolder(join(siteDir, top), folder, dirname(siteDir));
  for (const [name, content] of rootFiles) {
    const temp = join(siteDir, `.${name}.tmp-${process.pid}`);
    writeFileSync(temp, content);
    renameSync(temp, join(siteDir, name));
  }
}
