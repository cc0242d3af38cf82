/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import type { TestProjectConfiguration } from 'vitest/config';
import { staticFront } from './scripts/build/site/vite-plugin.js';

/**
 * One config for the app build and the tests.
 *
 * - `base: './'`: every asset URL is relative, so the built site works from any sub-path
 *   (a newsroom CMS folder, GitHub Pages project path, a file share).
 * - maplibre-gl gets its own chunk (vite 8 bundles with rolldown: `output.codeSplitting.groups`
 *   replaces rollup's `manualChunks` / rolldown's `advancedChunks`, both deprecated there).
 * - Tests are split into named projects: `unit` (jsdom: pure logic and React components), `node`
 *   (the data build and import scripts, which spawn processes and write temp folders) and `browser`
 *   (playwright-core driving Debian's Chromium against the built dist/, served by its global setup).
 *   Browser files run one at a time, after the other projects: software WebGL is heavy on 2 cores.
 */
const TEST_PROJECTS: TestProjectConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'unit',
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
      setupFiles: ['src/testing/setup.ts'],
      // Rendering the whole App in jsdom takes ~1 s alone and several on a busy 2-core CI machine.
      testTimeout: 20_000,
    },
  },
  {
    extends: true,
    test: {
      name: 'node',
      environment: 'node',
      include: ['scripts/**/*.test.ts'],
      // A whole data build (projecting the atlas) takes ~0.5 s alone, several seconds on a busy 2-core machine.
      testTimeout: 30_000,
    },
  },
  {
    extends: true,
    test: {
      name: 'browser',
      environment: 'node',
      include: ['tests/browser/**/*.test.ts'],
      globalSetup: ['tests/browser/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // One file at a time (each drives its own Chromium), in a group after `unit` and `node`.
      fileParallelism: false,
      sequence: { groupOrder: 1 },
    },
  },
];

/**
 * The built page's Content Security Policy, as a meta tag right after <meta charset> (build only:
 * the dev server needs React Refresh's inline preamble and a websocket). As tight as the app runs
 * (tests/browser/security.test.ts fails on any violation):
 * - script-src 'self': no inline script, no eval (the modulepreload polyfill is off; nothing is inlined).
 * - worker-src 'self': maplibre 6 starts its worker as a same-origin module worker from the URL
 *   given to setWorkerUrl (src/map/maplibre.ts); no blob: needed.
 * - style-src 'self': React and maplibre style elements through the CSSOM, which CSP does not
 *   govern, so no 'unsafe-inline'.
 * - img-src 'self' data:: the `data:,` favicon and maplibre's control icons (data: SVG in its CSS).
 *   A feature drawing images from object URLs (e.g. a PNG export) would need blob: here.
 * - frame-ancestors cannot be set from a meta tag (and the map is meant to be embedded anywhere).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset>: the CSP meta tag goes right after it');
        return html.replace(charset, (m) => `${m}\n    ${tag}`);
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), staticFront(CONTENT_SECURITY_POLICY)],
  build: {
    target: 'es2022',
    // Every browser that runs the es2022 target supports <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
            // Only the search index imports fuse.js, and that is loaded on the first focus of the search box.
            { name: 'fuse', test: /node_modules[\\/]fuse\.js[\\/]/, priority: 2 },
            // Only the chart (loaded on first use of the Chart tab) imports d3-scale and its d3 dependencies.
            { name: 'd3', test: /node_modules[\\/](d3-[a-z]+|internmap)[\\/]/, priority: 2 },
            // Only the TopoJSON decoder (src/data/buildGeometry.ts), fetched beside the map's data files, imports topojson-client.
            { name: 'topojson', test: /node_modules[\\/]topojson-client[\\/]/, priority: 2 },
            // The first load's libraries, and with them the app modules the entry shares with lazy chunks (the
            // store, URL codec, data loading, dates, formats): without this rolldown gives each set of them a
            // small common chunk of its own, each one more request and gzip stream (~1 KB more, measured
            // in BENCHMARKS.md). A module listed here that stops being part of the first load should leave the list.
            { name: 'vendor', test: /node_modules[\\/]|src[\\/](store|url|data[\\/](load|geometry|jurisdictions|mapData)|i18n[\\/]format|domain[\\/](states|dates|categories|dataset|view|lang|status)|timeline[\\/]controller)\b/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    projects: TEST_PROJECTS,
  },
});
