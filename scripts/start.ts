/**
 * npm start — rebuilds public/data when any data file or build script is newer than the output,
 * then serves the app with vite's dev server and prints its URL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const OUTPUT = 'public/data/manifest.json';
const INPUTS = ['data', 'scripts/build', 'scripts/build-data.ts', 'src/domain'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function dataIsStale(): boolean {
  if (!existsSync(OUTPUT)) return true;
  const built = statSync(OUTPUT).mtimeMs;
  return INPUTS.some((input) => newestMtime(input) > built);
}

if (dataIsStale()) {
  console.log('Data changed since the last build: running build:data…');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], { stdio: 'inherit' });
} else {
  console.log('Data is up to date (public/data is newer than data/ and the build scripts).');
}

const server = await createServer({ server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 5173) } });
await server.listen();
server.printUrls();
console.log('Press Ctrl+C to stop.');
