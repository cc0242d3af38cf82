import { afterEach, describe, expect, it } from 'vitest';
import { posterFits, posterShowsToday, startPosterHandover } from './handover';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('poster handover', () => {
  it('stands only for the default view: language and bench flags keep it, anything else drops it', () => {
    expect(posterFits('')).toBe(true);
    expect(posterFits('?lang=es&bench=1')).toBe(true);
    for (const q of ['?date=2005-01', '?j=48201', '?embed=1', '?mode=present', '?view=table', '?zoom=4', '?lists=1']) expect(posterFits(q), q).toBe(false);
  });

  it('pictures today unless a status changed after its day', () => {
    expect(posterShowsToday('2026-12-01', '2026-12-06', ['2026-07-01'])).toBe(true);
    expect(posterShowsToday('2026-12-01', '2026-12-06', ['2026-12-03'])).toBe(false);
    expect(posterShowsToday('2026-12-07', '2026-12-06', [])).toBe(false);
  });

  it('moves into the map frame when the app draws one, and drop() removes it', async () => {
    document.body.innerHTML = '<div id="poster" data-day="2026-12-06"><svg></svg></div><div id="root"></div>';
    const handover = startPosterHandover(document, '');
    const frame = document.createElement('div');
    frame.className = 'map-frame';
    document.getElementById('root')!.appendChild(frame);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.getElementById('poster')!.parentElement).toBe(frame);
    expect(document.getElementById('poster')!.getAttribute('aria-hidden')).toBe('true');
    handover.drop();
    expect(document.getElementById('poster')).toBeNull();
  });

  it('a link with a date removes it at once', () => {
    document.body.innerHTML = '<div id="poster"><svg></svg></div>';
    startPosterHandover(document, '?date=2001-01');
    expect(document.getElementById('poster')).toBeNull();
  });
});
