import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialData, resetAppStore, useAppStore } from '../store/appStore';
import { FIXTURE_TODAY } from '../testing/fixtures';
import { readUrlState, useUrlSync } from './useUrlSync';

describe('useUrlSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/map/?utm_source=x');
    resetAppStore(initialData(readUrlState(window.location.search, FIXTURE_TODAY), FIXTURE_TODAY));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes the shareable state with replaceState, batched, keeping foreign params', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const before = window.history.length;
    renderHook(() => useUrlSync(200));
    act(() => {
      useAppStore.getState().setDate('2011-09-08');
      useAppStore.getState().select('06037');
      useAppStore.getState().setLayer('states');
    });
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(250));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.pathname).toBe('/map/');
    expect(new URLSearchParams(window.location.search).get('utm_source')).toBe('x');
    expect(window.location.search).toContain('date=2011-09-08');
    expect(window.location.search).toContain('j=06037');
    expect(window.location.search).toContain('layer=states');
    expect(window.history.length).toBe(before);
  });

  it('ignores changes that are not shared (hover, data)', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    renderHook(() => useUrlSync(200));
    act(() => useAppStore.getState().hover('06037'));
    act(() => vi.advanceTimersByTime(250));
    expect(replace).not.toHaveBeenCalled();
  });

  it('reads the state the page starts from', () => {
    expect(readUrlState('?date=2011-09&j=06', FIXTURE_TODAY)).toMatchObject({ date: '2011-09-30', jurisdiction: '06' });
  });
});
