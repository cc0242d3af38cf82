/**
 * Serves the built site (dist/, made by `npm run build` before the tests) for the browser project.
 * Tests read the address with inject('baseUrl').
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  server = await serveStatic('dist');
  project.provide('baseUrl', `${server.url}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
