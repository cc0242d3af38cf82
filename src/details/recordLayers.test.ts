import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_CATEGORIES } from '../domain/categories';
import { type ActiveSpan, resolveStatus, statusIntervals } from '../domain/status';
import { fixtureMapData, fixtureRecordIndex } from '../testing/fixtures';
import { explainStatus } from '../domain/status';
import { groupRecords, statusLayers, statusWithReason } from './recordLayers';

const data = fixtureMapData();
const records = fixtureRecordIndex();
const groupsOf = (id: string) => {
  const entry = data.jurisdictions.byId.get(id)!;
  return { entry, groups: groupRecords(entry, data.jurisdictions.byId, records) };
};

describe('groupRecords', () => {
  it('puts a place’s records, its county’s and its state’s in their sections', () => {
    const { groups } = groupsOf('CA-los-angeles');
    expect(groups.state.map((r) => r.id)).toEqual(['ca-sb54-2017']);
    expect(groups.city.map((r) => r.id)).toEqual(['lapd-special-order-40-1979']);
    expect(groups.county).toEqual([]);
    expect(groups.agreements).toEqual([]);
  });

  it('puts a county’s 287(g) agreements apart from its policies', () => {
    expect(groupsOf('48201').groups.agreements.map((r) => r.id)).toEqual(['287g-tx-harris-so-jem-2008']);
    expect(groupsOf('48201').groups.state.map((r) => r.id)).toEqual(['tx-sb4-2017']);
    expect(groupsOf('06075').groups.county.map((r) => r.id)).toEqual(['sf-city-of-refuge-1989']);
  });
});

describe('statusLayers', () => {
  it('gives back the intervals the build computed, for every fixture jurisdiction', () => {
    for (const entry of data.index.jurisdictions) {
      const groups = groupRecords(entry, data.jurisdictions.byId, records);
      expect(statusIntervals(statusLayers(entry, groups)), entry.id).toEqual(entry.intervals);
    }
  });
});

describe('explainStatus', () => {
  const day = fc.integer({ min: 1980, max: 2025 }).map((y) => `${y}-06-01`);
  const span = fc
    .record({ start: fc.integer({ min: 1979, max: 2025 }), length: fc.option(fc.integer({ min: 1, max: 20 })), category: fc.constantFrom(...RECORD_CATEGORIES) })
    .map(({ start, length, category }, ): ActiveSpan => ({
      id: `r-${start}-${length}-${category}`,
      category,
      start: `${start}-01-01`,
      ...(length !== null ? { end: `${start + length}-01-01` } : {}),
    }));
  const layers = fc.record({
    state: fc.array(span, { maxLength: 3 }),
    local: fc.array(span, { maxLength: 3 }),
    ownAgreements: fc.array(span.map((s) => ({ ...s, category: 'participates' as const })), { maxLength: 2 }),
  });

  it('always agrees with resolveStatus and names a record in force', () => {
    fc.assert(
      fc.property(layers, day, (l, d) => {
        const explanation = explainStatus(l, d);
        expect(explanation.category).toBe(resolveStatus(l, d));
        if (explanation.reason === 'none') {
          expect(explanation.recordId).toBeUndefined();
        } else {
          const all = explanation.reason === 'agreement' ? l.ownAgreements : explanation.reason === 'state' ? l.state : l.local;
          const winner = all.find((s) => s.id === explanation.recordId);
          expect(winner).toBeDefined();
          expect(winner!.start <= d && (winner!.end === undefined || d < winner!.end)).toBe(true);
        }
      }),
    );
  });

  it('explains the fixture statuses', () => {
    const harris = groupsOf('48201');
    expect(statusWithReason(harris.entry, '2010-01-01', harris.groups).explanation).toEqual({
      category: 'participates',
      reason: 'agreement',
      recordId: '287g-tx-harris-so-jem-2008',
    });
    expect(statusWithReason(harris.entry, '2017-05-01', harris.groups).explanation).toEqual({ category: 'none', reason: 'none' });
    expect(statusWithReason(harris.entry, '2018-05-01', harris.groups).explanation?.reason).toBe('state');
    const la = groupsOf('CA-los-angeles');
    expect(statusWithReason(la.entry, '2000-01-01', la.groups).explanation?.recordId).toBe('lapd-special-order-40-1979');
    expect(statusWithReason(la.entry, '2000-01-01', undefined)).toEqual({ category: 'some_limits' });
  });

  it('gives no explanation when the records disagree with the intervals', () => {
    const { entry, groups } = groupsOf('06037');
    const odd = { ...entry, intervals: [['2000-01-01', 'participates'] as const] };
    expect(statusWithReason(odd, '2020-01-01', groups)).toEqual({ category: 'participates' });
  });
});
