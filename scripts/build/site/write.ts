/**
 * Writes the site stage's files under the site folder (public/): each top-level folder it owns
 * (place/, es/) is replaced whole with writeFolderAtomically, each root file (sitemap.xml,
 * robots.txt, og.png, static.css) by a rename over the old one. Folders it does not own
 * (data/ and changes/, written by other stages) are left alone.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFolderAtomically } from '../write-atomic';

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
  for (const [top, folder] of folders) writeFolderAtomically(join(siteDir, top), folder);
  for (const [name, content] of rootFiles) {
    const temp = join(siteDir, `.${name}.tmp-${process.pid}`);
    writeFileSync(temp, content);
    renameSync(temp, join(siteDir, name));
  }
}
