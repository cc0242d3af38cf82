/**
 * Small checks shared by the robustness suites (hostile URLs, security, faults): is the map drawn,
 * is the page blank, did anything get injected.
 */
import type { Frame, Page } from 'playwright-core';

type Target = Page | Frame;

export const MAP_CANVAS = 'canvas.maplibregl-canvas';

/** The maplibre canvas exists and has a size (maplibre creates it once the data has loaded). */
export async function waitForMapCanvas(target: Target, timeout = 20_000): Promise<void> {
  await target.waitForFunction(
    (selector) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      return canvas !== null && canvas.width > 0 && canvas.height > 0;
    },
    MAP_CANVAS,
    { timeout },
  );
}

/**
 * The first complete map: the app marks `map-complete` (src/app/benchHook.ts) when the map first
 * goes idle with its sources loaded and the date's colours applied.
 */
export async function waitForMapDrawn(target: Target, timeout = 45_000): Promise<void> {
  await target.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, undefined, { timeout, polling: 100 });
}

/** Two animation frames: whatever the last state change scheduled has been painted. */
export async function settle(target: Target): Promise<void> {
  await target.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Text in the app's root, whitespace collapsed ("" means a blank page). */
export async function rootText(target: Target): Promise<string> {
  return target.evaluate(() => (document.getElementById('root')?.innerText ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * Signs that a payload became markup or script: event-handler attributes, javascript: URLs,
 * inline or foreign scripts, frames, objects, a polluted Object.prototype. Returns what it found.
 */
export async function injectionSigns(target: Target): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
        const value = el.getAttribute(attr) ?? '';
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value)) {
          found.push(`<${el.localName} ${attr}="${value.slice(0, 40)}">`);
        }
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src) found.push('inline <script>');
      else if (new URL(script.src).origin !== location.origin) found.push(`foreign <script src=${script.src}>`);
    }
    for (const el of document.querySelectorAll('iframe, object, embed, img[src="x"]')) found.push(`<${el.localName}>`);
    if (({} as Record<string, unknown>).polluted !== undefined) found.push('Object.prototype.polluted');
    return found;
  });
}

/** Every link is http(s) (absolute, or resolving against the page), and new tabs get noopener noreferrer. */
export async function unsafeLinks(target: Target): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const protocol = new URL(a.href, document.baseURI).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') found.push(`href ${a.getAttribute('href')}`);
      if (a.target === '_blank') {
        const rel = a.rel.split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`target=_blank without rel noopener noreferrer: ${a.href}`);
      }
    }
    return found;
  });
}
