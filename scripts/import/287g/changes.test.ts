import { describe, expect, it } from 'vitest';
import { changelogEntry, diffPolicies, type PolicyLike } from './changes';

const p = (id: string, o: Partial<PolicyLike> = {}): PolicyLike => ({
  id, fips: '02', jurisdiction: 'Alaska', agency: 'Department of Corrections', model: 'warrant_service_officer',
  signed_date: '2020-07-24', effective_date: '2020-07-24', end_date: '', end_note: '', source_ids: 'a', confidence: 'high', ...o,
});

describe('diffPolicies', () => {
  it('tells added, ended, renamed, listed-again and corrected records apart', () => {
    const before = [
      p('287g-ak-doc-wso-2020-07-24'),
      p('x-ended', { fips: '48201', signed_date: '2025-01-01' }),
      p('x-back', { fips: '48113', signed_date: '2025-02-01', end_date: '2026-05-25', end_note: 'dropped from ICE participating-agencies list' }),
      p('x-fixed', { fips: '04013', end_date: '2013-10-01', source_ids: 'a' }),
    ];
    const after = [
      p('287g-ak-alaska-doc-wso-2020-07-24', { agency: 'Alaska Department of Corrections' }),
      p('x-ended', { fips: '48201', signed_date: '2025-01-01', end_date: '2026-06-01', end_note: 'dropped from ICE participating-agencies list' }),
      p('x-back', { fips: '48113', signed_date: '2025-02-01' }),
      p('x-fixed', { fips: '04013', end_date: '2011-12-15', source_ids: 'a;b' }),
      p('x-new', { fips: '12086', signed_date: '2026-05-30' }),
    ];
    const items = diffPolicies(before, after);
    expect(items.map((i) => [i.change, i.id])).toEqual([
      ['added', 'x-new'],
      ['ended', 'x-ended'],
      ['renamed', '287g-ak-alaska-doc-wso-2020-07-24'],
      ['relisted', 'x-back'],
      ['corrected', 'x-fixed'],
    ]);
    expect(items.find((i) => i.id === 'x-fixed')).toMatchObject({ detail: 'end 2013-10-01 → 2011-12-15; sources added: b', date: '2011-12-15' });
    expect(items.find((i) => i.change === 'ended')!.date).toBe('2026-06-01');
    expect(changelogEntry('2026-06-01', '287g-list', 't', 's', items).counts).toEqual({ added: 1, ended: 1, renamed: 1, relisted: 1, corrected: 1, checked: 0 });
  });

  it('finds nothing when nothing changed', () => {
    expect(diffPolicies([p('a')], [p('a')])).toEqual([]);
  });
});
