import { describe, expect, it } from 'vitest';
import type { Category } from '../domain/categories';
import type { PolicyRecord } from '../domain/dataset';
import { csvCell, type JurisdictionCollection, type StatusContext, loadJurisdictionsGeoJson, resetJurisdictionsCache, statusCounts, statusCsv, statusGeoJson, statusRows } from './statusExport';

const labels: Record<Category, string> = {
  limits: 'Limits cooperation',
  some_limits: 'Some limits',
  none: 'No known policy',
  requires: 'Required to cooperate',
  participates: 'Takes part in enforcement',
};

const collection: JurisdictionCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: '48201',
      properties: {
        id: '48201',
        level: 'county',
        name: 'Harris County, TX',
        state_fips: '48',
        status_intervals: [
          { start: '2008-07-01', category: 'participates' },
          { start: '2017-02-16', category: 'none' },
          { start: '2017-09-01', category: 'requires' },
        ],
        record_ids: ['287g-a', 'tx-sb4'],
        federal_lists: [],
      },
      geometry: { type: 'Polygon', coordinates: [[[-95, 29], [-95, 30], [-94, 30], [-95, 29]]] },
    },
    {
      type: 'Feature',
      id: 'CA-los-angeles',
      properties: {
        id: 'CA-los-angeles',
        level: 'place',
        name: '=Los Angeles, "LA"',
        state_fips: '06',
        county_fips: '06037',
        status_intervals: [{ start: '1979-01-01', category: 'some_limits' }],
        record_ids: ['lapd'],
        federal_lists: ['doj-2025-08-05'],
      },
      geometry: { type: 'Point', coordinates: [-118.24, 34.05] },
    },
    {
      type: 'Feature',
      id: '06',
      properties: { id: '06', level: 'state', name: 'California', state_fips: '06', status_intervals: [], record_ids: [], federal_lists: [] },
      geometry: null,
    },
  ],
};

const context: StatusContext = {
  lists: [
    {
      id: 'doj-2025-08-05',
      title: 'DOJ list',
      publisher: 'DOJ',
      published: '2025-08-05',
      summary: '',
      sourceIds: [],
      entryCount: 1,
      entries: { 'CA-los-angeles': 'Los Angeles' },
    },
  ],
  records: {
    '287g-a': record('287g-a', '2008-07-01', '2017-02-16'),
    'tx-sb4': record('tx-sb4', '2017-09-01'),
    lapd: record('lapd', '1979-01-01'),
  },
};

function record(id: string, effective: string, end?: string): PolicyRecord {
  return {
    id, level: 'county', fips: '48201', jurisdiction: 'x', kind: 'statute', category: 'requires', effective, effectivePrecision: 'day',
    ...(end ? { end } : {}), citation: id, summary: '', sourceIds: ['s'], confidence: 'high', origin: 'test',
  };
}

describe('status on a date', () => {
  it('writes status_since as the source gives it, and reads a partial start as the first day of its period', () => {
    const partial: JurisdictionCollection = {
      type: 'FeatureCollection',
      features: [{
        type: 'Feature', id: '41', geometry: null,
        properties: { id: '41', level: 'state', name: 'Oregon', state_fips: '41', status_intervals: [{ start: '1987', category: 'limits' }, { start: '2014-07', category: 'participates' }], record_ids: [], federal_lists: [] },
      }],
    };
    expect(statusRows(partial, '1986-12-31', labels, context)[0]).toMatchObject({ status: 'none', status_since: '' });
    expect(statusRows(partial, '1987-01-01', labels, context)[0]).toMatchObject({ status: 'limits', status_since: '1987' });
    expect(statusRows(partial, '2014-07-01', labels, context)[0]).toMatchObject({ status: 'participates', status_since: '2014-07' });
  });
  it('computes every jurisdiction’s status and since when, states first', () => {
    const rows = statusRows(collection, '2017-05-01', labels, context);
    expect(rows.map((r) => [r.id, r.status, r.status_since])).toEqual([
      ['06', 'none', ''],
      ['48201', 'none', '2017-02-16'],
      ['CA-los-angeles', 'some_limits', '1979-01-01'],
    ]);
    expect(statusRows(collection, '2008-07-01', labels, context)[1]).toMatchObject({ status: 'participates', status_label: 'Takes part in enforcement', record_ids: '287g-a' });
    // Only records in force on the date, and only lists standing then.
    expect(statusRows(collection, '2020-01-01', labels, context)[1]).toMatchObject({ record_ids: 'tx-sb4', county_fips: '48201', state_name: 'Texas', state_code: 'TX' });
    expect(statusRows(collection, '2025-08-04', labels, context)[2]).toMatchObject({ federal_lists: '' });
    expect(statusRows(collection, '2025-08-05', labels, context)[2]).toMatchObject({ federal_lists: 'doj-2025-08-05' });
    expect(statusCounts(rows)).toEqual({ limits: 0, some_limits: 1, none: 2, requires: 0, participates: 0 });
  });

  it('writes CSV that spreadsheets read safely', () => {
    const csv = statusCsv(collection, '2020-01-01', labels, context);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,level,name,state_name,state_code,state_fips,county_fips,date,status,status_label,status_since,record_ids,federal_lists');
    expect(lines[1]).toBe('06,state,California,California,CA,06,,2020-01-01,none,No known policy,,,');
    expect(lines[2]).toBe('48201,county,"Harris County, TX",Texas,TX,48,48201,2020-01-01,requires,Required to cooperate,2017-09-01,tx-sb4,');
    expect(lines[3]).toBe(`CA-los-angeles,place,"'=Los Angeles, ""LA""",California,CA,06,06037,2020-01-01,some_limits,Some limits,1979-01-01,lapd,`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes GeoJSON with the real geometry and the status as properties', () => {
    const geojson = statusGeoJson(collection, '2020-01-01', labels, context);
    expect(geojson.features).toHaveLength(3);
    expect(geojson.features[0]).toMatchObject({ id: '48201', geometry: collection.features[0]!.geometry, properties: { status: 'requires', date: '2020-01-01' } });
    expect(JSON.parse(JSON.stringify(geojson)).type).toBe('FeatureCollection');
  });

  it('fetches jurisdictions.geojson once, and again after a failure', async () => {
    resetJurisdictionsCache();
    let calls = 0;
    const fetcher = async () => {
      calls++;
      return calls === 1 ? new Response('oops', { status: 500 }) : new Response(JSON.stringify(collection));
    };
    await expect(loadJurisdictionsGeoJson(fetcher)).rejects.toThrow();
    expect((await loadJurisdictionsGeoJson(fetcher)).features).toHaveLength(3);
    await loadJurisdictionsGeoJson(fetcher);
    expect(calls).toBe(2);
    resetJurisdictionsCache();
  });
});
