import { describe, expect, it } from 'vitest';
import type { FederalListEntry } from '../domain/dataset';
import { listedKey, listedOn, listInForce, listsInForce, namedOn } from './listed';

const list = (id: string, published: string, withdrawn: string | undefined, entries: Record<string, string>): FederalListEntry => ({
  id,
  title: id,
  publisher: 'Agency',
  published,
  ...(withdrawn !== undefined ? { withdrawn } : {}),
  summary: '',
  sourceIds: ['s'],
  entryCount: Object.keys(entries).length,
  entries,
});

const dhs = list('dhs', '2025-05-29', '2025-06-01', { '06': 'California', '06037': 'Los Angeles County', '17031': 'Cook County' });
const doj = list('doj', '2025-08-05', undefined, { '06': 'California', 'IL-chicago': 'Chicago' });

describe('federal lists on a day', () => {
  it('counts a list from its publication day up to, not including, its withdrawal day', () => {
    expect(listInForce(dhs, '2025-05-28')).toBe(false);
    expect(listInForce(dhs, '2025-05-29')).toBe(true);
    expect(listInForce(dhs, '2025-05-31')).toBe(true);
    expect(listInForce(dhs, '2025-06-01')).toBe(false);
    expect(listInForce(doj, '2026-11-28')).toBe(true);
  });

  it('names nobody before the first list, and only the standing lists after', () => {
    expect(listedOn([dhs, doj], '2025-01-01').size).toBe(0);
    expect([...listedOn([dhs, doj], '2025-05-31').keys()].sort()).toEqual(['06', '06037', '17031']);
    expect(listedOn([dhs, doj], '2025-07-01').size).toBe(0);
    const august = listedOn([doj, dhs], '2025-08-31');
    expect([...august.keys()].sort()).toEqual(['06', 'IL-chicago']);
    expect(august.get('06')?.map((l) => l.id)).toEqual(['doj']);
  });

  it('lists every standing list that names a jurisdiction, oldest first', () => {
    const both = list('later', '2025-05-30', undefined, { '06': 'State of California' });
    expect(listedOn([both, dhs], '2025-05-30').get('06')?.map((l) => l.id)).toEqual(['dhs', 'later']);
    expect(listsInForce([both, dhs], '2025-05-30').map((l) => l.id)).toEqual(['dhs', 'later']);
  });

  it('drops an entry from the day the publisher took it off, keeping the rest of the list', () => {
    const amended: FederalListEntry = { ...doj, removed: { '06': { date: '2025-09-26', sourceIds: ['s'] } } };
    expect([...listedOn([amended], '2025-09-25').keys()].sort()).toEqual(['06', 'IL-chicago']);
    expect([...listedOn([amended], '2025-09-26').keys()]).toEqual(['IL-chicago']);
    expect(listedKey([amended], '2025-09-25')).not.toBe(listedKey([amended], '2025-09-26'));
    expect(listedKey([amended], '2025-09-26')).toBe(listedKey([amended], '2026-01-31'));
    // One jurisdiction at a time agrees with the whole map of them.
    for (const day of ['2025-05-28', '2025-05-30', '2025-09-25', '2025-09-26']) {
      for (const id of ['06', 'IL-chicago', '17031']) expect(namedOn([dhs, amended], id, day)).toBe(listedOn([dhs, amended], day).has(id));
    }
  });

  it('changes its key only when the standing lists change', () => {
    expect(listedKey([dhs, doj], '2024-01-01')).toBe('');
    expect(listedKey([dhs, doj], '2025-05-29')).toBe(listedKey([dhs, doj], '2025-05-31'));
    expect(listedKey([dhs, doj], '2025-06-15')).toBe('');
    expect(listedKey([dhs, doj], '2025-09-30')).toBe('doj');
  });
});
