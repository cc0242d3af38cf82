/** Builders for the stage tests: items and snapshots as the ICE-list stage makes them, from a few literal rows. */
import type { Model287g } from '../../../src/domain/schema';
import { resolveState, type Gazetteer } from '../gazetteer';
import { parseSnapshots } from './ice-lists';
import { locateAgency } from './locate';
import type { Item, Snapshots } from './types';

export function snapshotsOf(dates: string[]): Snapshots {
  return parseSnapshots(dates.map((d, i) => ({ file: 'test.csv', line: i + 2, values: { file: `list-${d}.xlsx`, snapshot_date: d, date_basis: 'ICE filename date', rows: '1' } })));
}

export interface ListingSpec {
  state: string;
  agency: string;
  iceType?: string;
  county?: string;
  model: Model287g;
  signed: string;
  firstSeen: string;
  lastSeen: string;
  onLatest?: boolean;
  line: number;
}

export function listing(g: Gazetteer, s: ListingSpec): Item {
  const state = resolveState(s.state)!;
  const located = locateAgency(g, { state, agency: s.agency, iceType: s.iceType ?? '', county: s.county ?? '' });
  if (!located.ok) throw new Error(located.reason);
  return {
    origin: 'union',
    file: 'ice-287g-participating/agreements_union_2021-01_to_2026-05.csv',
    line: s.line,
    agency: s.agency,
    model: s.model,
    signed: s.signed,
    effective: s.signed,
    loc: located.loc,
    confidence: 'high',
    notes: [...located.loc.notes],
    firstSeen: s.firstSeen,
    lastSeen: s.lastSeen,
    onLatest: s.onLatest ?? false,
    nFiles: 1,
    stateAsPrinted: s.state.toUpperCase(),
  };
}
