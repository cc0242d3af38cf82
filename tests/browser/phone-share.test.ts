/**
 * Issue 15 on a 390×844 phone: with a place open (the bottom sheet), Share → the "Link copied"
 * message shows above the sheet, inside the viewport, and is what a finger at its centre would hit;
 * the toolbar menu that holds Share opens inside the screen, not off its left edge.
 */
import { describe, expect, inject, it } from 'vitest';
import { sharedPage } from './helpers/browser';
import { openToolbarMenu } from './helpers/toolbar';

const baseUrl = inject('baseUrl');
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

const shared = sharedPage(`${baseUrl}?j=48453&date=2019-09`, PHONE, async (p) => {
  await p.waitForSelector('.detail-panel .record', { timeout: 60_000 });
  // Headless Chromium's clipboard needs a user gesture and permission; the copy itself is not under test.
  await p.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true }));
});

describe('Share on a 390×844 phone with a place open', () => {
  it('opens the toolbar menu inside the screen, every item where a finger can reach it', async () => {
    await openToolbarMenu(shared.page);
    const items = await shared.page.locator('.classroom-bar--menu').evaluate((menu) =>
      [...menu.querySelectorAll('button, summary')].map((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { name: el.textContent?.trim(), left: r.left, right: r.right, hit: hit !== null && el.contains(hit) };
      }),
    );
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) {
      expect(item.left, item.name).toBeGreaterThanOrEqual(0);
      expect(item.right, item.name).toBeLessThanOrEqual(390);
      expect(item.hit, item.name).toBe(true);
    }
  });

  it('shows "Link copied" above the bottom sheet, in view and not covered', async () => {
    expect(await shared.page.locator('.layout__panel').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await openToolbarMenu(shared.page);
    await shared.page.locator('.share button').first().click();
    await shared.page.waitForFunction(() => /Link copied/.test(document.querySelector('.share__status')?.textContent ?? ''), undefined, { timeout: 5000 });
    const seen = await shared.page.locator('.share__status').first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, hitInside: hit !== null && el.contains(hit) };
    });
    expect(seen.left).toBeGreaterThanOrEqual(0);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.right).toBeLessThanOrEqual(390);
    expect(seen.bottom).toBeLessThanOrEqual(844);
    expect(seen.hitInside).toBe(true);
  });
});
