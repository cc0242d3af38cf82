/**
 * Issue 5 on a phone (360×640, touch) against the built site: a county found by search opens as a
 * bottom sheet with the map still visible above it; every control is at least 44 px each way; the
 * timeline's thumb is large and the slider follows a drag; two fingers zoom the map.
 */
import type { CDPSession } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedPage } from './helpers/browser';
import { waitForMapComplete, waitForMapIdle, withMapHook } from './helpers/map';

const baseUrl = inject('baseUrl');
const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

const shared = sharedPage(withMapHook(`${baseUrl}?date=2019-09`), PHONE, (p) => waitForMapComplete(p));

interface Box {
  top: number;
  bottom: number;
  height: number;
  width: number;
}

const box = (selector: string) =>
  shared.page.locator(selector).first().evaluate((el): Box => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height, width: r.width };
  });

describe('on a 360×640 phone', () => {
  it('opens a county found by search as a bottom sheet, with the map visible above it', async () => {
    // Search opens from its icon on a phone.
    await shared.page.locator('.toolbar__search-toggle').tap();
    await shared.page.locator('.search__input').tap();
    await shared.page.keyboard.type('Travis');
    // Results follow the typing (a deferred value): wait for the ones for the whole word.
    await shared.page.waitForFunction(() => document.querySelector('.search__option')?.textContent?.includes('Travis'), undefined, { timeout: 10_000 });
    expect(await shared.page.locator('.search__option').first().innerText()).toContain('County in Texas');
    await shared.page.locator('.search__option').first().tap();
    await shared.page.waitForSelector('.detail-panel .record');
    // The page is back at the top: the frame (map above the sheet) is in view.
    await shared.page.waitForFunction(() => window.scrollY === 0, undefined, { timeout: 5000 });
    const sheet = await box('.layout__panel');
    expect(await shared.page.locator('.layout__panel').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(sheet.bottom).toBeCloseTo(640, 0);
    expect(sheet.width).toBe(360);
    expect(sheet.height).toBeLessThanOrEqual(640 * 0.6);
    expect((await box('.map-frame')).top).toBeGreaterThanOrEqual(0);
    expect(await shared.page.locator('.detail-panel__name').innerText()).toBe('Travis');
    const map = await box('.map-frame');
    // The half-height sheet leaves a band of map under the frame's header (layout.test.ts checks that
    // the selected place's centre lies on it and how much of the screen it is).
    expect(map.top).toBeLessThan(sheet.top - 100);
    // The sheet scrolls on its own; the close button stays reachable at its top.
    const close = await box('.detail-panel .icon-button');
    expect(close.top).toBeGreaterThanOrEqual(sheet.top);
    expect(close.height).toBeGreaterThanOrEqual(44);
  });

  it('has touch targets of at least 44×44 px', async () => {
    const small = await shared.page.evaluate(() => {
      const found: string[] = [];
      const selector = 'button, input, select, summary, [role="tab"], [role="option"], a.button';
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.pointerEvents === 'none') continue;
        if (el.closest('[hidden], .visually-hidden, .skip-link, .print-snapshot')) continue;
        if (r.width < 44 || r.height < 44) found.push(`${el.localName}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return found;
    });
    expect(small).toEqual([]);
  });

  it('closes the sheet with its close button', async () => {
    await shared.page.locator('.detail-panel .icon-button').tap();
    await shared.page.waitForFunction(() => document.querySelector('.detail-panel') === null);
    expect(await shared.page.locator('.layout__panel').isHidden()).toBe(true);
  });

  it('has a thumb-sized timeline that follows a drag', async () => {
    const slider = shared.page.locator('.timeline__input');
    await slider.scrollIntoViewIfNeeded();
    const s = await box('.timeline__input');
    expect(s.height).toBeGreaterThanOrEqual(44);
    expect(await shared.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--thumb').trim())).toBe('32px');
    const before = await slider.getAttribute('aria-valuetext');
    const rect = await slider.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top + r.height / 2, w: r.width };
    });
    const cdp: CDPSession = await shared.page.context().newCDPSession(shared.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: rect.y }] });
    await touch('touchStart', rect.x + rect.w - 16);
    for (let i = 1; i <= 8; i++) await touch('touchMove', rect.x + rect.w - 16 - (i * rect.w) / 20);
    await touch('touchEnd', rect.x + rect.w / 2);
    await shared.page.waitForFunction((old) => document.querySelector('.timeline__input')?.getAttribute('aria-valuetext') !== old, before);
    expect(await slider.getAttribute('aria-valuetext')).not.toBe(before);
    // The federal events come as a full-size list on touch screens.
    expect((await box('.timeline__event-picker select')).height).toBeGreaterThanOrEqual(44);
  });

  it('zooms the map with two fingers', async () => {
    await shared.page.locator('.map-frame').scrollIntoViewIfNeeded();
    await waitForMapIdle(shared.page);
    const zoom = () => shared.page.evaluate(() => (window as unknown as { __icemap: { map: { getZoom(): number } } }).__icemap.map.getZoom());
    const before = await zoom();
    const frame = await shared.page.locator('.map-frame').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const cdp = await shared.page.context().newCDPSession(shared.page);
    await cdp.send('Input.synthesizePinchGesture', { x: frame.x, y: frame.y, scaleFactor: 2.5, relativeSpeed: 600, gestureSourceType: 'touch' });
    await waitForMapIdle(shared.page);
    expect(await zoom()).toBeGreaterThan(before + 0.5);
    expect(shared.problems).toEqual([]);
  });
});
