/** The built data files under their content-addressed names (dist/data/manifest.json, scripts/build/site/content-address.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** 'status.json' → the file's path in dist/data ('…/status.fe4a25f643.json'), plain if there is no manifest. */
export function distDataFile(name: string, dist = join(process.cwd(), 'dist')): string {
  const manifestFile = join(dist, 'data', 'manifest.json');
  if (!existsSync(manifestFile)) return join(dist, 'data', name);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
  return join(dist, manifest[`data/${name}`] ?? `data/${name}`);
}
