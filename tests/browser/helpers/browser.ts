import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../chromium';

/**
 * One Chromium for the calling test file: launched before its tests, closed after them. Call it at
 * the top of the file; the returned function gives the browser inside tests.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('the browser is used before beforeAll launched it');
    return browser;
  };
}
