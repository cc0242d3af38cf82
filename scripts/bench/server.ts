/**
 * The bench's static server: serves a built site like a CDN would (gzip for text when the client
 * accepts it) and logs every response with the bytes actually sent, so the bench reports bytes
 * transferred by type as a reader's browser receives them. (tests/browser/static-server.ts is the
 * tests' plain server; this one adds compression and the log.)
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../../tests/browser/static-server';

// .pbf: the map's vector tiles, gzipped as a CDN would (2.61 -> 1.89 MB for the whole tileset).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.csv', '.svg', '.webmanifest', '.pbf']);

export interface Transfer {
  /** Path below the site root, e.g. "assets/index-abc.js". */
  path: string;
  /** Bytes of the body as sent (compressed when gzip was used). */
  sent: number;
  /** Bytes of the file on disk. */
  raw: number;
  gzip: boolean;
  /** ms since the server started. */
  at: number;
}

export interface BenchServer {
  url: string;
  log: Transfer[];
  close(): Promise<void>;
}

export async function serveBench(root: string): Promise<BenchServer> {
  const base = resolve(root);
  const log: Transfer[] = [];
  /** Gzip once per file (level 9, like a CDN's static pre-compression). */
  const gzipped = new Map<string, Buffer>();
  const started = performance.now();
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const body = readFileSync(file);
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const useGzip = accepts && COMPRESSIBLE.has(ext);
    let sent: Buffer = body;
    if (useGzip) {
      let z = gzipped.get(file);
      if (z === undefined) {
        z = gzipSync(body, { level: 9 });
        gzipped.set(file, z);
      }
      sent = z;
    }
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': String(sent.length),
      'cache-control': 'no-cache',
      ...(useGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(sent);
    log.push({
      path: file.slice(base.length + 1),
      sent: sent.length,
      raw: body.length,
      gzip: useGzip,
      at: performance.now() - started,
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    log,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** gzip -9 size of a file, for sizes reported from disk. */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}
