/**
 * Issue 5, keyboard only, in a real browser against the built site: from page load, Tab reaches
 * the skip link first and then the search box; a county is found by typing, opened with the
 * arrows and Enter; its panel takes focus and can be read; the date is changed from the timeline
 * with Page Down while the panel stays open and follows; Escape closes the panel and focus goes back
 * to where it was. No mouse event is sent. Every stop on the way shows a visible focus indicator,
 * and Tab never gets stuck (the map canvas and the panel both let it through).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedPage } from './helpers/browser';
import { waitForMapComplete } from './helpers/map';

const baseUrl = inject('baseUrl');

const shared = sharedPage(`${baseUrl}?date=2019-09`, { viewport: { width: 1100, height: 800 } }, (p) => waitForMapComplete(p));

interface Focused {
  tag: string;
  /** An input's type ("range", "text"…), else "". */
  type: string;
  role: string | null;
  name: string;
  text: string;
  outline: string;
  boxShadow: string;
  inPanel: boolean;
}

async function focused(): Promise<Focused> {
  return shared.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return { tag: 'body', type: '', role: null, name: '', text: '', outline: 'none', boxShadow: 'none', inPanel: false };
    const style = getComputedStyle(el);
    return {
      tag: el.localName,
      type: el instanceof HTMLInputElement ? el.type : '',
      role: el.getAttribute('role'),
      name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 80) ?? '',
      text: el.textContent?.trim().slice(0, 200) ?? '',
      outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
      boxShadow: style.boxShadow,
      inPanel: el.closest('.layout__panel') !== null,
    };
  });
}

/** Presses `key` until `done(focused)` holds (at most `max` times); returns how many presses it took. */
async function pressUntil(key: string, done: (f: Focused) => boolean, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await shared.page.keyboard.press(key);
    const f = await focused();
    if (done(f)) return i;
  }
  throw new Error(`${key} never reached the element (last: ${JSON.stringify(await focused())})`);
}

const visibleFocus = (f: Focused) => f.outline !== 'none' || (f.boxShadow !== 'none' && f.boxShadow !== '');

describe('keyboard only', () => {
  it('reaches the skip link first, then the search box, each with a visible focus indicator', async () => {
    await shared.page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip.tag).toBe('a');
    expect(skip.text).toBe('Skip to the main content');
    expect(visibleFocus(skip)).toBe(true);
    await pressUntil('Tab', (f) => f.role === 'combobox' && f.tag === 'input');
    expect(visibleFocus(await focused())).toBe(true);
  });

  it('finds a county by search and opens its panel with focus on its name', async () => {
    await shared.page.keyboard.type('Travis', { delay: 30 });
    // Results follow the typing (a deferred value): wait for the ones for the whole word.
    await shared.page.waitForFunction(() => document.querySelector('[role="listbox"]:not([hidden]) [role="option"]')?.textContent?.includes('Travis'), undefined, { timeout: 10_000 });
    const first = await shared.page.locator('[role="option"]').first().innerText();
    expect(first).toContain('Travis');
    expect(first).toContain('County in Texas');
    await shared.page.keyboard.press('ArrowDown');
    const active = await shared.page.locator('.search__input').getAttribute('aria-activedescendant');
    expect(await shared.page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await shared.page.keyboard.press('Enter');
    await shared.page.waitForSelector('.detail-panel');
    const heading = await focused();
    expect(heading.tag).toBe('h2');
    expect(heading.text).toBe('Travis');
    expect(visibleFocus(heading)).toBe(true);
  });

  it('reads the panel: level, status on the date, why, history and records', async () => {
    await shared.page.waitForSelector('.detail-panel .record');
    const text = (await shared.page.locator('.detail-panel').textContent()) ?? '';
    expect(text).toContain('County in Texas');
    expect(text).toContain('Status on September 30, 2019');
    expect(text).toContain('Required to cooperate');
    expect(text).toContain('Decided by state law');
    expect(text).toContain('History');
    expect(text).toContain('State law: Texas');
    // Tab moves through the panel's own controls and links, one after another.
    const inside = await pressUntil('Tab', (f) => f.inPanel && (f.tag === 'a' || f.tag === 'button'));
    expect(inside).toBeLessThan(5);
  });

  it('changes the date from the timeline while the panel stays open and follows it', async () => {
    await pressUntil('Shift+Tab', (f) => f.type === 'range', 80);
    const slider = await focused();
    expect(visibleFocus(slider)).toBe(true);
    await shared.page.keyboard.press('PageDown');
    await shared.page.waitForFunction(() => document.querySelector('.detail-panel__status-date')?.textContent === 'Status on September 30, 2018');
    expect(await shared.page.locator('.timeline__input').getAttribute('aria-valuetext')).toBe('September 30, 2018');
    await shared.page.keyboard.press('Home');
    await shared.page.waitForFunction(() => document.querySelector('.detail-panel__status-date')?.textContent === 'Status on January 31, 1979');
    expect(await shared.page.locator('.detail-panel__status-value').innerText()).toContain('No known policy');
    // The live region says the new date once the slider rests.
    await shared.page.waitForFunction(() => document.querySelector('[data-testid="live-region"]')?.textContent?.includes('Showing January 31, 1979'));
  });

  it('closes the panel with Escape and gives focus back to the slider', async () => {
    await shared.page.keyboard.press('Escape');
    await shared.page.waitForFunction(() => document.querySelector('.detail-panel') === null);
    expect((await focused()).type).toBe('range');
    // The address bar follows the store a moment later (writes are batched every 250 ms).
    await shared.page.waitForFunction(() => !new URLSearchParams(location.search).has('j'), undefined, { timeout: 5000 });
  });

  it('switches to the table with the arrow keys on the tabs and sorts a column', async () => {
    await pressUntil('Shift+Tab', (f) => f.role === 'tab');
    expect((await focused()).text).toContain('Map');
    await shared.page.keyboard.press('ArrowRight');
    await shared.page.waitForSelector('table.table tbody tr');
    const tab = await focused();
    expect(tab.role).toBe('tab');
    expect(tab.text).toContain('Table');
    await pressUntil('Tab', (f) => f.tag === 'button' && f.text.startsWith('Name'));
    await shared.page.keyboard.press('Enter');
    expect(await shared.page.locator('th[aria-sort="ascending"]').innerText()).toContain('Name');
    await pressUntil('Tab', (f) => f.tag === 'button' && f.inPanel === false && (f.name === 'Abbeville' || f.text === 'Abbeville'));
    await shared.page.keyboard.press('Enter');
    await shared.page.waitForSelector('.detail-panel');
    expect((await focused()).tag).toBe('h2');
    await shared.page.keyboard.press('Escape');
    await shared.page.waitForFunction(() => document.querySelector('.detail-panel') === null);
    expect((await focused()).text).toBe('Abbeville');
  });

  it('never traps focus: Tab goes through the whole page and comes back round', async () => {
    await shared.page.goto(`${baseUrl}?date=2019-09&j=48201`);
    await waitForMapComplete(shared.page);
    await shared.page.waitForSelector('.detail-panel .record');
    const seen = new Set<string>();
    let stops = 0;
    let wrapped = false;
    for (; stops < 400; stops++) {
      await shared.page.keyboard.press('Tab');
      const key = await shared.page.evaluate(() => {
        const el = document.activeElement;
        if (el === null || el === document.body) return 'body';
        if (el.classList.contains('skip-link')) return 'skip-link';
        if (el.localName === 'canvas') return 'canvas';
        const path: string[] = [];
        for (let e: Element | null = el; e !== null && e !== document.body; e = e.parentElement) path.push(`${e.localName}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
        return path.join('<');
      });
      if (key === 'skip-link' && seen.size > 10) {
        wrapped = true;
        break;
      }
      seen.add(key);
    }
    expect(wrapped).toBe(true);
    // The map canvas, the panel's links and the timeline were all passed through.
    expect(seen.has('canvas')).toBe(true);
    expect([...seen].some((k) => k.includes('aside'))).toBe(true);
    expect(shared.problems).toEqual([]);
  });
});
