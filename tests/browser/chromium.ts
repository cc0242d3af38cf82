/**
 * Launches Debian's Chromium through playwright-core with the flags that make software WebGL work
 * headless on this kind of machine (see shared PITFALLS), and collects what a page complains about.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface WatchedPage {
  page: Page;
  /** console errors, page errors, failed requests and CSP violations seen so far */
  problems: string[];
}

/**
 * Runs in every frame before its scripts: each `securitypolicyviolation` is kept in
 * window.__cspViolations and logged as a console error, so it lands in `problems`.
 */
function recordCspViolations(): void {
  const seen: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) => {
    const text = `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} (${e.sourceFile || 'page'}:${e.lineNumber})`;
    seen.push(text);
    console.error(`CSP violation: ${text}`);
  });
}

/** The CSP violations a frame (or a page's main frame) has seen, read from window.__cspViolations. */
export async function cspViolations(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}

export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    else if (m.text().includes('Content Security Policy')) problems.push(`csp: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(recordCspViolations);
  await page.goto(url);
  return { page, problems };
}
