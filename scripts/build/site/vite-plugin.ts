/**
 * vite side of the static site stage: puts the build's poster, share tags and data manifest
 * (public/data/front.json, written by build:data) into index.html, writes the `_headers` file
 * (security headers and cache rules for hosts that read it: Netlify, Cloudflare Pages), and keeps
 * front.json itself out of dist/.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
    ...hashedData.flatMap((path) => [`/${path}`, immutable]),
    ...shortPaths.flatMap((path) => [path, short]),
    '',
  ].join('\n');
}

export function staticFront(csp: string, publicDir = 'public'): Plugin {
  let outDir = 'dist';
  const read = (): Front | undefined => {
    const file = resolve(publicDir, 'data', 'front.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Front) : undefined;
  };
  return {
    name: 'static-front',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
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
    closeBundle() {
      rmSync(join(outDir, 'data', 'front.json'), { force: true });
    },
  };
}
