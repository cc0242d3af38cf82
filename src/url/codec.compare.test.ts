import { describe, expect, it } from 'vitest';
import { parseUrlState, serialiseUrlState } from './codec';

const today = '2026-07-01';

describe('chart view, compare and people params', () => {
  it('reads view=chart, compare as a month or day, people=1', () => {
    const state = parseUrlState('?view=chart&compare=2025-01&people=1&date=2026-05-10', { today });
    expect(state.view).toBe('chart');
    expect(state.compare).toBe('2025-01-31');
    expect(state.people).toBe(true);
    expect(parseUrlState('?compare=2025-01-20', { today }).compare).toBe('2025-01-20');
  });
  it('drops unreadable values quietly', () => {
    const state = parseUrlState('?view=graph&compare=yesterday&people=yes', { today });
    expect(state.view).toBe('map');
    expect(state.compare).toBeUndefined();
    expect(state.people).toBe(false);
    expect(parseUrlState('?compare=2025-13', { today }).compare).toBeUndefined();
  });
  it('writes them back, a month-end as the month', () => {
    const base = parseUrlState('', { today });
    expect(serialiseUrlState({ ...base, view: 'chart', compare: '2025-01-31', people: true }, { today }).toString()).toBe('view=chart&compare=2025-01&people=1');
    expect(serialiseUrlState({ ...base, compare: '2025-01-20' }, { today }).toString()).toBe('compare=2025-01-20');
  });
});
