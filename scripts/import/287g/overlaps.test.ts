import { describe, expect, it } from 'vitest';
import { STATE_BY_FIPS } from '../../../src/domain/states';
import { assignIds, checkNoOverlaps, closeOpenChains, resolveOverlaps } from './overlaps';
import { snapshotsOf } from './test-helpers';
import type { Agreement, Item } from './types';

function agreement(effective: string, end?: string, extra: Partial<Item> = {}): Agreement {
  const state = STATE_BY_FIPS.get('13')!;
  const primary: Item = {
    origin: 'pre2018', file: 'f.csv', line: 2, agency: "Cobb County Sheriff's Office", model: 'jail_enforcement', signed: effective, effective,
    loc: { state, agencyType: 'sheriff', fips: '13067', jurisdiction: 'Cobb County', cluster: 'sheriff', notes: [] },
    confidence: 'high', notes: ['ICE rosters listed the agency from 2007-01-01 to 2017-08-01.'], ...extra,
  };
  return { id: '', primary, members: [primary], track: '13067|jail_enforcement|sheriff', effective, signed: effective, end, sourceIds: new Set(), notes: [], confidence: 'high' };
}

describe('overlaps and ids', () => {
  it('ends an agreement when the next one of the same agency and model is signed', () => {
    const a = agreement('2007-02-01');
    const b = agreement('2010-06-01', '2012-01-01');
    expect(resolveOverlaps([a, b])).toBe(1);
    expect(a.end).toBe('2010-06-01');
    expect(a.endNote).toBe('superseded by the agreement signed 2010-06-01');
  });

  it("bounds an open pre-2018 chain by ICE's first archived list", () => {
    const a = agreement('2015-03-01', undefined, { openEnded: true });
    closeOpenChains([a], snapshotsOf(['2021-01-13', '2025-01-01']));
    expect(a.end).toBe('2021-01-13');
    expect(a.confidence).toBe('medium');
    expect(a.endNote).toMatch(/last listed it 2017-08-01/);
  });

  it('numbers ids that would collide, and refuses overlapping intervals', () => {
    const [a, b] = [agreement('2007-02-01', '2010-01-01'), agreement('2007-02-01', '2010-01-01', { line: 3 })];
    assignIds([a, b]);
    expect([a.id, b.id]).toEqual(['287g-ga-cobb-so-jem-2007-02-01', '287g-ga-cobb-so-jem-2007-02-01-2']);
    expect(() => checkNoOverlaps([a, b])).toThrow(/overlaps/);
  });
});
