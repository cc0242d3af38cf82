// @vitest-environment node
/**
 * The status download recomputed from the records: the real data is built in memory (the same
 * pipeline as `npm run build:data`) and every row of the CSV, on dates on both sides of each federal
 * list change, is checked against an independent reading of records.json and status.json.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build/pipeline';
import type { Category } from '../domain/categories';
import type { RecordIndex, StatusIndex } from '../domain/dataset';
import { STATE_BY_FIPS } from '../domain/states';
import { type JurisdictionCollection, STATUS_COLUMNS, statusCsv } from './statusExport';

const labels = { limits: 'L', some_limits: 'S', none: 'N', requires: 'R', participates: 'P' } satisfies Record<Category, string>;

const built = buildData('data').files;
const collection = JSON.parse(String(built.get('jurisdictions.geojson'))) as JurisdictionCollection;
const index = JSON.parse(String(built.get('status.json'))) as StatusIndex;
const { records } = JSON.parse(String(built.get('records.json'))) as RecordIndex;
const context = { lists: index.federalLists, records };
const byId = new Map(collection.features.map((f) => [f.properties.id, f.properties]));

function rowsOn(date: string): Record<string, string>[] {
  return parse(statusCsv(collection, date, labels, context), { columns: true }) as Record<string, string>[];
}

/** The lists naming `id` on `date`, read straight from the list entries (not through listed.ts). */
function expectedLists(id: string, date: string): string {
  return index.federalLists
    .filter((l) => l.published <= date && (l.withdrawn === undefined || date < l.withdrawn))
    .filter((l) => id in l.entries && !(l.removed?.[id] !== undefined && l.removed[id]!.date <= date))
    .map((l) => l.id)
    .join(';');
}

describe('status on a date, recomputed from the records', () => {
  it.each(['2015-06-01', '2025-06-01', '2025-09-25', '2025-09-26', '2025-10-31', '2026-05-01'])('every row on %s', (date) => {
    const rows = rowsOn(date);
    expect(Object.keys(rows[0]!)).toEqual([...STATUS_COLUMNS]);
    expect(rows).toHaveLength(collection.features.length);
    for (const row of rows) {
      const p = byId.get(row.id!)!;
      const inForce = p.record_ids.filter((rid) => {
        const r = records[rid]!;
        return r.effective <= date && (r.end === undefined || date < r.end);
      });
      expect(row.record_ids, `${row.id} record_ids`).toBe(inForce.join(';'));
      for (const rid of row.record_ids ? row.record_ids.split(';') : []) {
        expect(records[rid]!.effective <= date, `${rid} starts by ${date}`).toBe(true);
      }
      expect(row.federal_lists, `${row.id} federal_lists`).toBe(expectedLists(row.id!, date));
      const state = STATE_BY_FIPS.get(row.state_fips!)!;
      expect([row.state_name, row.state_code]).toEqual([state.name, state.usps]);
      expect(row.county_fips, `${row.id} county_fips`).toBe(row.level === 'county' ? row.id : row.level === 'place' ? p.county_fips : '');
    }
  });

  it('names no one on a federal list before the first list, and drops removals on their dates', () => {
    expect(rowsOn('2015-06-01').filter((r) => r.federal_lists !== '')).toEqual([]);
    const on = (date: string, id: string) => rowsOn(date).find((r) => r.id === id)!.federal_lists;
    expect(on('2025-09-25', '32')).toBe('doj-2025-08-05');
    expect(on('2025-09-26', '32')).toBe('');
    expect(on('2025-10-30', '24005')).toBe('doj-2025-08-05');
    expect(on('2025-10-31', '24005')).toBe('');
  });

  it('tells the two Harris Counties apart and fills county_fips on every county row', () => {
    const rows = rowsOn('2026-05-01');
    const harris = rows.filter((r) => r.level === 'county' && /^Harris\b/.test(r.name!));
    expect(harris.map((r) => `${r.name}, ${r.state_code}`).sort()).toEqual(['Harris, GA', 'Harris, TX']);
    const counties = rows.filter((r) => r.level === 'county');
    expect(counties.length).toBeGreaterThan(3000);
    expect(counties.every((r) => r.county_fips === r.id)).toBe(true);
  });
});
