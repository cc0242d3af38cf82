// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { mergeUnion, moaSourceId, normalizeMoaUrl } from './merge-union';
import { listing, snapshotsOf } from './test-helpers';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

const snapshots = snapshotsOf(['2021-01-13', '2025-02-19', '2025-02-21', '2025-03-06', '2025-03-17', '2025-04-21', '2025-04-24', '2026-02-06', '2026-02-09', '2026-03-02', '2026-03-05', '2026-05-18']);

describe('mergeUnion', () => {
  it("records once each of the four state agencies ICE listed with and without the state's name at once", () => {
    // The rows as they stand in agreements_union_2021-01_to_2026-05.csv.
    const pairs = [
      [
        { state: 'Alaska', agency: 'Alaska Department of Corrections', model: 'warrant_service_officer', signed: '2020-07-24', firstSeen: '2025-03-17', lastSeen: '2026-05-18', onLatest: true },
        { state: 'Alaska', agency: 'Department of Corrections', model: 'warrant_service_officer', signed: '2020-07-24', firstSeen: '2021-01-13', lastSeen: '2025-04-21' },
      ],
      [
        { state: 'Texas', agency: 'Texas Office of the Attorney General', model: 'task_force', signed: '2025-01-30', firstSeen: '2025-03-17', lastSeen: '2026-05-18', onLatest: true },
        { state: 'Texas', agency: 'Office of the Attorney General', model: 'task_force', signed: '2025-01-30', firstSeen: '2025-02-21', lastSeen: '2025-04-21' },
      ],
      [
        { state: 'Virginia', agency: 'Virginia Department of Corrections', model: 'jail_enforcement', signed: '2025-02-28', firstSeen: '2025-03-17', lastSeen: '2026-03-02' },
        { state: 'Virginia', agency: 'Department of Corrections', model: 'jail_enforcement', signed: '2025-02-28', firstSeen: '2025-03-06', lastSeen: '2025-04-21' },
      ],
      [
        { state: 'Virginia', agency: 'Virginia Department of State Police', model: 'task_force', signed: '2025-02-28', firstSeen: '2025-03-17', lastSeen: '2026-02-06' },
        { state: 'Virginia', agency: 'Department of State Police', model: 'task_force', signed: '2025-02-28', firstSeen: '2025-03-06', lastSeen: '2025-04-21' },
      ],
    ] as const;
    let line = 2;
    for (const [kept, renamed] of pairs) {
      const items = [listing(g, { ...kept, iceType: 'State Agency', line: line++ }), listing(g, { ...renamed, iceType: 'State Agency', line: line++ })];
      const { agreements, drops } = mergeUnion(items, snapshots);
      expect(agreements, kept.agency).toHaveLength(1);
      expect(agreements[0]!.primary.agency).toBe(kept.agency);
      expect(drops).toHaveLength(1);
      expect(drops[0]!.reason).toMatch(/listed under another name/);
      expect(agreements[0]!.notes.join(' ')).toContain(`ICE also listed it as "${renamed.agency}"`);
    }
  });

  it('keeps two state agencies that share words and a signing day apart', () => {
    const base = { state: 'Florida', iceType: 'State Agency', model: 'task_force', signed: '2025-02-14', firstSeen: '2025-02-19', lastSeen: '2026-05-18', onLatest: true } as const;
    const items = [
      listing(g, { ...base, agency: 'Florida Department of Law Enforcement', line: 2 }),
      listing(g, { ...base, agency: 'Florida Department of Environmental Protection, Division of Law Enforcement', line: 3 }),
    ];
    expect(mergeUnion(items, snapshots).agreements).toHaveLength(2);
  });

  it('joins a re-dated listing (≤14 days) and ends an agreement gone from the list at the next snapshot', () => {
    const base = { state: 'Georgia', agency: "Cobb County Sheriff's Office", county: 'Cobb County', iceType: 'County', model: 'jail_enforcement' } as const;
    const items = [
      listing(g, { ...base, signed: '2025-02-10', firstSeen: '2025-02-19', lastSeen: '2025-03-06', line: 2 }),
      listing(g, { ...base, signed: '2025-02-20', firstSeen: '2025-03-17', lastSeen: '2026-02-06', line: 3 }),
    ];
    const { agreements, drops } = mergeUnion(items, snapshots);
    expect(agreements).toHaveLength(1);
    expect(drops[0]!.reason).toMatch(/re-dated by ICE/);
    expect(agreements[0]!.end).toBe('2026-02-09');
    expect([...agreements[0]!.sourceIds].sort()).toEqual(['ice-287g-list-2026-02-06', 'ice-287g-list-2026-02-09']);
  });
});

describe('MOA links', () => {
  it('unwraps Outlook safelinks and fixes a one-slash scheme', () => {
    const safe = 'https://nam.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2FX_MOA.pdf&data=1';
    expect(normalizeMoaUrl(safe).url).toBe('https://www.ice.gov/doclib/287gMOA/X_MOA.pdf');
    expect(normalizeMoaUrl('https:/www.ice.gov/a.pdf').url).toBe('https://www.ice.gov/a.pdf');
    expect(moaSourceId('https://www.ice.gov/doclib/287gMOA/AutaugaCoSheriffsOfficeAL_TFM_MOA_09222025.pdf', 'moa')).toBe(
      'ice-287g-moa-autaugacosheriffsofficeal-tfm-moa-09222025',
    );
  });
});
