import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openPage, type WatchedPage } from '../chromium';

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

export interface SharedPage extends WatchedPage {
  /** The file's Chromium, for pages of their own beside the shared one. */
  browser: Browser;
}

/**
 * One Chromium and one watched page (openPage) for the calling test file, whose tests run in turn
 * on that page: opened at `url` before the tests (then `ready` runs, e.g. waiting for the map),
 * closed after them. Call it at the top of the file and read `page`, `problems` and `browser` from
 * the returned object inside tests.
 */
export function sharedPage(url: string, options: BrowserContextOptions = {}, ready?: (page: Page) => Promise<unknown>): SharedPage {
  let browser: Browser | undefined;
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    watched = await openPage(browser, url, options);
    await ready?.(watched.page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const opened = () => {
    if (browser === undefined || watched === undefined) throw new Error('the page is used before beforeAll opened it');
    return { browser, ...watched };
  };
  return {
    get browser() {
      return opened().browser;
    },
    get page() {
      return opened().page;
    },
    get problems() {
      return opened().problems;
    },
  };
}
