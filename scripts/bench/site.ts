/**
 * Builds the site for the bench into a private folder (so a concurrent `npm run build` elsewhere
 * in the checkout cannot change what is being measured): the same vite config as `npm run build`,
 * with the data the bench's own build-data run wrote as the public folder.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export async function buildSite(projectRoot: string, dataDir: string, workDir: string): Promise<string> {
  const publicDir = join(workDir, 'public');
  const outDir = join(workDir, 'dist');
  rmSync(publicDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(publicDir, { recursive: true });
  // Anything else in public/ (icons, ...) as it is; data/ from the bench's build.
  const projectPublic = join(projectRoot, 'public');
  if (existsSync(projectPublic)) {
    for (const name of readdirSync(projectPublic)) {
      if (name !== 'data') cpSync(join(projectPublic, name), join(publicDir, name), { recursive: true });
    }
  }
  cpSync(dataDir, join(publicDir, 'data'), { recursive: true });
  await build({
    root: projectRoot,
    configFile: resolve(projectRoot, 'vite.config.ts'),
    publicDir,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
