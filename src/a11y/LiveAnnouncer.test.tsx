import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import { fixtureMapData } from '../testing/fixtures';
import { LiveAnnouncer, type LiveAnnouncerProps } from './LiveAnnouncer';

const { jurisdictions } = fixtureMapData();

function setup(overrides: Partial<LiveAnnouncerProps> = {}) {
  const props: LiveAnnouncerProps = { date: '2017-08-31', selectedId: null, view: 'map', jurisdictions, ...overrides };
  const view = render(<LiveAnnouncer {...props} />);
  const region = screen.getByTestId('live-region');
  const update = (next: Partial<LiveAnnouncerProps>) => view.rerender(<LiveAnnouncer {...props} {...next} />);
  const text = () => region.textContent?.replace(/\u00a0$/, '');
  return { region, update, text };
}

// The date announcements' list of changes is a chunk (./mapDescription.ts): loaded once here, so a
// test's dynamic import resolves within the act() that advances the timer.
beforeAll(() => import('./mapDescription'));
beforeEach(() => vi.useFakeTimers());
/** Lets the timer fire and the announcement's chunk (already loaded) resolve. */
const settle = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));
afterEach(() => vi.useRealTimers());

describe('LiveAnnouncer', () => {
  it('is one polite, atomic status region that says nothing on load', () => {
    const { region } = setup();
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(region.textContent).toBe('');
  });

  it('announces the date once the timeline settles, with the states that changed', async () => {
    const { update, text } = setup();
    update({ date: '2017-08-31' });
    update({ date: '2017-09-30' });
    await settle(300);
    expect(text()).toBe('');
    update({ date: '2017-10-31' });
    await settle(700);
    expect(text()).toBe('Showing October 31, 2017. 1 state changed: Texas from No known policy to Required to cooperate.');
    update({ date: '2017-11-30' });
    await settle(700);
    expect(text()).toBe('Showing November 30, 2017.');
  });

  it('announces an opened jurisdiction with its status, a closed panel and a view switch', () => {
    const { update, text } = setup();
    update({ selectedId: '48201' });
    expect(text()).toBe('Harris County: No known policy on August 31, 2017. Details opened.');
    update({ selectedId: null });
    expect(text()).toBe('Details closed.');
    update({ view: 'table' });
    expect(text()).toBe('Table view.');
  });

  it('speaks Spanish with the Spanish strings', async () => {
    useAppStore.setState({ lang: 'es' });
    const { update, text } = setup();
    update({ date: '2017-09-30' });
    await settle(700);
    expect(text()).toBe('Se muestra el 30 de septiembre de 2017. Cambió 1 estado: Texas, de «Sin política conocida» a «Obligado a cooperar».');
  });
});
