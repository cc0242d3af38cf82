/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { TestProjectConfiguration } from 'vitest/config';

/**
 * One config for the app build and the tests.
 *
 * - `base: './'`: every asset URL is relative, so the built site works from any sub-path
 *   (a newsroom CMS folder, GitHub Pages project path, a file share).
 * - maplibre-gl gets its own chunk (vite 8 bundles with rolldown: `output.codeSplitting.groups`
 *   replaces rollup's `manualChunks` / rolldown's `advancedChunks`, both deprecated there).
 * - Tests are split into named projects: `unit` (jsdom) now; a `browser` project (node environment,
 *   tests/browser/**) is added to `TEST_PROJECTS` below by whoever writes those tests.
 */
const TEST_PROJECTS: TestProjectConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'unit',
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
      setupFiles: ['src/testing/setup.ts'],
    },
  },
  // { extends: true, test: { name: 'browser', environment: 'node', include: ['tests/browser/**/*.test.ts'] } },
];

export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    projects: TEST_PROJECTS,
  },
});
