/**
 * A tiny hand-written data set for component tests: two states, three counties, one city, a few
 * records. Only tests import it; it never reaches the bundle. Facts are simplified and the
 * geometry is made-up squares.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import type { PolicyRecord, RecordIndex, StatusIndex } from '../domain/dataset';
import { buildGeometry } from '../data/buildGeometry';
import { type MapData, mapDataFrom } from '../data/mapData';

export const FIXTURE_TODAY = '2025-06-15';

function square(id: string, name: string, x: number, y: number, size: number): Feature<Polygon, { name: string }> {
  return {
    type: 'Feature',
    id,
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
    },
  };
}

export function fixtureTopology(): Topology {
  const states: FeatureCollection = {
    type: 'FeatureCollection',
    features: [square('06', 'California', -120, 30, 8), square('48', 'Texas', -100, 26, 8)],
  };
  const counties: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      square('06037', 'Los Angeles', -120, 30, 4),
      square('06075', 'San Francisco', -116, 34, 4),
      square('48201', 'Harris', -100, 26, 4),
    ],
  };
  return topology({ states, counties }) as Topology;
}

export function fixtureStatusIndex(): StatusIndex {
  return {
    version: 1,
    asOf: '2025-05-01',
    timelineStart: '1979-01-01',
    jurisdictions: [
      { id: '06', level: 'state', name: 'California', state: '06', intervals: [['2018-01-01', 'limits']], recordIds: ['ca-sb54-2017'] },
      { id: '48', level: 'state', name: 'Texas', state: '48', intervals: [['2017-09-01', 'requires']], recordIds: ['tx-sb4-2017'] },
      {
        id: '06037',
        level: 'county',
        name: 'Los Angeles County',
        state: '06',
        intervals: [['2018-01-01', 'limits']],
        recordIds: [],
        placeIds: ['CA-los-angeles'],
      },
      {
        id: '06075',
        level: 'county',
        name: 'San Francisco County',
        state: '06',
        intervals: [['1989-10-24', 'limits']],
        recordIds: ['sf-city-of-refuge-1989'],
        federalLists: ['doj-2017-noncompliant'],
      },
      {
        id: '48201',
        level: 'county',
        name: 'Harris County',
        state: '48',
        intervals: [
          ['2008-07-01', 'participates'],
          ['2017-02-16', 'none'],
          ['2017-09-01', 'requires'],
        ],
        recordIds: ['287g-tx-harris-so-jem-2008'],
      },
      {
        id: 'CA-los-angeles',
        level: 'place',
        name: 'Los Angeles',
        state: '06',
        county: '06037',
        point: [-118, 32],
        lonLat: [-118.24, 34.05],
        intervals: [
          ['1979-11-27', 'some_limits'],
          ['2018-01-01', 'limits'],
        ],
        recordIds: ['lapd-special-order-40-1979'],
      },
    ],
    changeDays: ['1979-11-27', '1989-10-24', '2008-07-01', '2017-02-16', '2017-09-01', '2018-01-01'],
    events: [
      {
        id: 'eo-13768',
        date: '2017-01-25',
        precision: 'day',
        label: 'Executive Order 13768',
        summary: 'Federal order on "sanctuary jurisdictions".',
        sourceIds: ['src-eo'],
      },
    ],
    federalLists: [
      {
        id: 'doj-2017-noncompliant',
        title: 'Jurisdictions found possibly out of compliance with 8 U.S.C. 1373',
        publisher: 'US Department of Justice',
        published: '2017-04-21',
        summary: 'A list of jurisdictions the department wrote to about information sharing.',
        sourceIds: ['src-doj'],
        entryCount: 9,
        entries: { '06075': 'City and County of San Francisco' },
      },
    ],
  };
}

const record = (r: Partial<PolicyRecord> & Pick<PolicyRecord, 'id' | 'level' | 'fips' | 'category' | 'kind' | 'effective'>): PolicyRecord => ({
  jurisdiction: r.fips,
  effectivePrecision: 'day',
  citation: r.id,
  summary: `Summary of ${r.id}.`,
  sourceIds: ['src-a'],
  confidence: 'high',
  origin: 'data/policies/test.csv:2',
  ...r,
});

export function fixtureRecordIndex(): RecordIndex {
  const records: PolicyRecord[] = [
    record({
      id: 'ca-sb54-2017',
      level: 'state',
      fips: '06',
      jurisdiction: 'California',
      kind: 'statute',
      category: 'limits',
      voted: '2017-09-16',
      signed: '2017-10-05',
      effective: '2018-01-01',
      citation: 'SB 54 (2017), California Values Act',
      summary: 'Limits what state and local law enforcement may do to help federal immigration enforcement.',
      sourceIds: ['src-a', 'src-bad'],
    }),
    record({
      id: 'tx-sb4-2017',
      level: 'state',
      fips: '48',
      jurisdiction: 'Texas',
      kind: 'statute',
      category: 'requires',
      effective: '2017-09-01',
      citation: 'SB 4 (2017)',
    }),
    record({
      id: 'sf-city-of-refuge-1989',
      level: 'county',
      fips: '06075',
      jurisdiction: 'San Francisco',
      kind: 'ordinance',
      category: 'limits',
      effective: '1989-10-24',
      effectivePrecision: 'day',
      citation: 'City of Refuge Ordinance (1989)',
      confidence: 'medium',
      notes: 'Amended several times.',
    }),
    record({
      id: '287g-tx-harris-so-jem-2008',
      level: 'agency',
      fips: '48201',
      jurisdiction: 'Harris County, TX',
      agency: "Harris County Sheriff's Office",
      agencyType: 'sheriff',
      kind: 'agreement_287g',
      model: 'jail_enforcement',
      category: 'participates',
      signed: '2008-06-20',
      effective: '2008-07-01',
      end: '2017-02-16',
      endNote: 'The sheriff ended the agreement.',
      citation: '287(g) Memorandum of Agreement, Harris County',
    }),
    record({
      id: 'lapd-special-order-40-1979',
      level: 'agency',
      fips: 'CA-los-angeles',
      jurisdiction: 'Los Angeles, CA',
      agency: 'Los Angeles Police Department',
      agencyType: 'police',
      kind: 'agency_policy',
      category: 'some_limits',
      effective: '1979-11-27',
      citation: 'LAPD Special Order 40',
    }),
  ];
  return {
    version: 1,
    records: Object.fromEntries(records.map((r) => [r.id, r])),
    sources: {
      'src-a': {
        id: 'src-a',
        title: 'Official text of the law',
        publisher: 'State legislature',
        url: 'https://example.org/law',
        published: '2017-10-05',
        accessed: '2025-01-01',
      },
      'src-bad': {
        id: 'src-bad',
        title: 'A source with an unsafe link',
        publisher: 'Somewhere',
        url: 'javascript:alert(1)',
        accessed: '2025-01-01',
      },
      'src-doj': {
        id: 'src-doj',
        title: 'DOJ letters',
        publisher: 'US Department of Justice',
        url: 'http://example.gov/doj',
        accessed: '2025-01-01',
      },
      'src-eo': { id: 'src-eo', title: 'EO 13768', publisher: 'Federal Register', url: 'https://example.gov/eo', accessed: '2025-01-01' },
    },
  };
}

export function fixtureMapData(): MapData {
  return mapDataFrom(fixtureStatusIndex(), fixtureTopology(), buildGeometry);
}

/** A fetch stand-in serving the fixture files (or failing them). */
export function fixtureFetcher(overrides: Record<string, unknown | Error | number> = {}) {
  const files: Record<string, unknown> = {
    'data/status.json': fixtureStatusIndex(),
    'data/map.topo.json': fixtureTopology(),
    'data/records.json': fixtureRecordIndex(),
  };
  const calls: string[] = [];
  const fetcher = async (url: string): Promise<Response> => {
    const path = new URL(url).pathname.replace(/^.*?(data\/)/, '$1');
    calls.push(path);
    const override = overrides[path];
    if (override instanceof Error) throw override;
    if (typeof override === 'number') return new Response('nope', { status: override });
    const body = override !== undefined ? override : files[path];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetcher, calls };
}
