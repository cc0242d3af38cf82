import { build } from 'vite';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
rmSync('/tmp/nomin-pub', { recursive: true, force: true }); mkdirSync('/tmp/nomin-pub'); cpSync('/tmp/bt/data', '/tmp/nomin-pub/data', { recursive: true });
await build({ root: '/work/main', configFile: '/work/main/vite.config.ts', publicDir: '/tmp/nomin-pub', logLevel: 'warn', build: { outDir: '/tmp/bsite-nomin', emptyOutDir: true, minify: false } });
