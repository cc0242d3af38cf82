import { describe, expect, it } from 'vitest';
import { withDate } from './code';
import { settledHeight } from './measure';

describe('settledHeight', () => {
  it('waits until the content is ready and its height has held still', () => {
    expect(settledHeight([])).toBeUndefined();
    expect(settledHeight([{ at: 0, height: undefined }])).toBeUndefined();
    const moving = [
      { at: 0, height: 300 },
      { at: 200, height: 700 },
      { at: 400, height: 924 },
    ];
    expect(settledHeight(moving)).toBeUndefined();
    const held = [...moving, { at: 800, height: 924 }, { at: 1400, height: 924 }];
    expect(settledHeight(held)).toBe(924);
    expect(settledHeight([{ at: 0, height: 923.2 }, { at: 1000, height: 923.2 }])).toBe(924);
  });
});

describe('withDate', () => {
  it('pins the date in the address, even today’s, and leaves a date already there', () => {
    expect(withDate('https://x.org/map/?embed=1&j=17031', '2026-05-01')).toBe('https://x.org/map/?embed=1&j=17031&date=2026-05-01');
    expect(withDate('https://x.org/map/', '2026-05-01')).toBe('https://x.org/map/?date=2026-05-01');
    expect(withDate('https://x.org/map/?date=2017-09&embed=1', '2026-05-01')).toBe('https://x.org/map/?date=2017-09&embed=1');
    expect(withDate('https://x.org/map/?embed=1#top', '2026-05-01')).toBe('https://x.org/map/?embed=1&date=2026-05-01#top');
  });
});
