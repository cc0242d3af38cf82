import { describe, expect, it } from 'vitest';
import { redateUnion, unionKey } from './redate-snapshot';

const row = (line: number, first: string, last: string, agency = "Cobb County Sheriff's Office") => ({
  file: 'union.csv',
  line,
  values: { state: 'GEORGIA', agency, support_type: 'Task Force Model', signed: '2025-07-30', first_seen: first, last_seen: last },
});

describe('re-dating a mis-dated snapshot', () => {
  it('moves first and last seen of the rows the file listed, and leaves the others', () => {
    const key = unionKey('GEORGIA', "Cobb County Sheriff's Office", 'task_force', '2025-07-30');
    const other = unionKey('GEORGIA', 'Bibb County Sheriffs Office', 'task_force', '2025-07-30');
    const union = [
      row(2, '2025-08-02', '2026-05-18'), // first seen only because of the mis-dated file; next listed 2025-08-29
      row(3, '2025-08-02', '2026-05-18', 'Bibb County Sheriffs Office'), // in no other list before the true date
      row(4, '2025-07-31', '2025-08-02', 'Clay County Sheriff'), // not in the file
    ];
    const changed = redateUnion(union, {
      file: 'participatingAgencies08022025pm.xlsx',
      wrongDate: '2025-08-02',
      trueDate: '2025-09-02',
      keysByDate: new Map([['2025-08-29', new Set([key])], ['2025-08-04', new Set<string>()]]),
      keysInFile: new Set([key, other]),
    });
    expect(changed).toBe(2);
    expect(union.map((r) => [r.values.first_seen, r.values.last_seen])).toEqual([
      ['2025-08-29', '2026-05-18'],
      ['2025-09-02', '2026-05-18'],
      ['2025-07-31', '2025-08-02'],
    ]);
  });
});
