/**
 * vite side of the static site stage: puts the build's poster, share tags and data manifest
 * (public/data/front.json, written by build:data) into index.html, writes the `_headers` file
 * (security headers and cache rules for hosts that read it: Netlify, Cloudflare Pages), and keeps
 * front.json itself out of dist/.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DataManifest } from './content-address';

interface Front {
  head: string;
  body: string;
  manifest: DataManifest;
}

export const DATA_MANIFEST_META = 'icemap-data-files';

/**
 * The HTTP headers: security headers on every path; Cache-Control on paths that do not overlap
 * (Netlify and Cloudflare merge the headers of every matching rule, so one path must not get two
 * Cache-Control values): immutable for hashed assets and data (listed by name), short for the rest.
 */
export function headersFile(csp: string, hashedData: readonly string[]): string {
  const immutable = '  Cache-Control: public, max-age=31536000, immutable';
  const short = '  Cache-Control: public, max-age=300, must-revalidate';
  const shortPaths = ['/', '/index.html', '/es/*', '/place/*', '/changes/*', '/data/manifest.json', '/data/records.csv', '/sitemap.xml', '/robots.txt', '/og.png', '/static.css'];
  return [
    '# Written by the build (scripts/build/site/vite-plugin.ts). Paths are from the site root: if the',
    '# site lives under a sub-path, prefix them (docs/DEPLOY.md).',
    '/*',
    `  Content-Security-Policy: ${csp}; frame-ancestors *`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '/assets/*',
    immutable,
    // A hashed folder (data/tiles.<hash>, no extension after its hash) is immutable as a whole.
    ...hashedData.flatMap((path) => [/\.[0-9a-f]{10}$/.test(path) ? `/${path}/*` : `/${path}`, immutable]),
    ...shortPaths.flatMap((path) => [path, short]),
    '',
  ].join('\n');
}

/**
 * public/ → dist/ by hard links (a copy where links fail, e.g. across file systems). vite's own
 * public-folder copy took ~50 s for the ~8,000 static pages on this busy machine; links take about
 * a second, and stay valid when the next build:data replaces public/place/ (it renames, never edits).
 */
export function linkTree(from: string, to: string, skip: (path: string) => boolean = () => false, rel = ''): number {
  let count = 0;
  mkdirSync(join(to, rel), { recursive: true });
  for (const entry of readdirSync(join(from, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (skip(path)) continue;
    if (entry.isDirectory()) {
      count += linkTree(from, to, skip, path);
      continue;
    }
    const target = join(to, path);
    rmSync(target, { force: true });
    try {
      linkSync(join(from, path), target);
    } catch {
      copyFileSync(join(from, path), target);
    }
    count++;
  }
  return count;
}

export function staticFront(csp: string, publicDir = 'public'): Plugin {
  let outDir = 'dist';
  const read = (): Front | undefined => {
    const file = resolve(publicDir, 'data', 'front.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Front) : undefined;
  };
  let publicRoot = resolve(publicDir);
  // The dev server and vitest call buildStart too: dist/ must only move aside in a real build.
  let building = false;
  return {
    name: 'static-front',
    // The build copies public/ itself (linkTree, in writeBundle); the dev server still serves it.
    config(_config, env) {
      building = env.command === 'build';
      return building ? { publicDir: false } : {};
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      publicRoot = resolve(config.root, publicDir);
    },
    transformIndexHtml: {
      // After vite's own HTML pass: it would treat the front's links (es/, og.png) as assets to bundle.
      order: 'post',
      handler(html) {
        const front = read();
        if (front === undefined) return html; // no build:data yet: the app still runs, with plain names
        const meta = `<meta name="${DATA_MANIFEST_META}" content="${JSON.stringify(front.manifest).replace(/"/g, '&quot;')}" />`;
        return html
          .replace('</head>', `    ${front.head}\n    ${meta}\n  </head>`)
          .replace('<div id="root"></div>', `${front.body}\n    <div id="root"></div>`);
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(csp, Object.values(read()?.manifest ?? {})) });
    },
    buildStart() {
      // vite empties dist/ before writing; unlinking the ~8,000 pages took ~25–45 s on this busy
      // machine. Move the old dist/ aside (one rename) and let a detached rm delete it.
      if (building && existsSync(outDir)) {
        const old = join(dirname(outDir), `.site-old-dist-${process.pid}-${Date.now()}`);
        renameSync(outDir, old);
        spawn('rm', ['-rf', old], { detached: true, stdio: 'ignore' }).unref();
      }
    },
    writeBundle() {
      if (!building) return;
      // front.json is the build's input for index.html, not part of the site; dot-files are temp folders.
      if (existsSync(publicRoot)) linkTree(publicRoot, outDir, (path) => path === 'data/front.json' || /(^|\/)\./.test(path));
    },
  };
}
