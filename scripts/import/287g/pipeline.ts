/** The whole 287(g) import, pure given the gazetteer and the raw rows: parse → locate → merge → history → overlaps → rows. */
import type { Gazetteer } from '../gazetteer';
import { RAW_FILES } from './constants';
import { indexEarlierLinks, indexLatest, parseSnapshots, unionItems } from './ice-lists';
import { mergeUnion } from './merge-union';
import { checkNoOverlaps, closeOpenChains, resolveOverlaps, assignIds } from './overlaps';
import { mergePre2018, parsePre2018, pre2018Items } from './pre2018';
import { placeRows, policyRows, sourceRows, type PlaceOut, type PolicyOut, type SourceOut } from './rows';
import type { KnownAgency } from './names';
import type { Agreement, Drop, RawInputs } from './types';
import { applyWapo, parseWapo } from './wapo';

export interface ImportResult {
  policies: PolicyOut[];
  sources: SourceOut[];
  places: PlaceOut[];
  drops: Drop[];
  counts: { rowsIn: Record<string, number>; itemsIn: number; records: number; drops: number };
  agreements: Agreement[];
}

export function import287g(g: Gazetteer, raw: RawInputs): ImportResult {
  const snapshots = parseSnapshots(raw.snapshots);
  const latest = indexLatest(raw.latest);
  const union = unionItems(g, raw.union, latest, indexEarlierLinks(raw.moaLinks ?? []));
  const merged = mergeUnion(union.items, snapshots);
  const preRows = parsePre2018(raw.pre2018);
  const known: KnownAgency[] = merged.agreements.flatMap((a) =>
    a.members.map((m) => ({ agency: m.agency, loc: m.loc, where: `${m.file.split('/').pop()} line ${m.line}` })),
  );
  const pre = pre2018Items(g, preRows, known);
  const withPre = mergePre2018(merged.agreements, pre, preRows);
  const withWapo = applyWapo(g, withPre.agreements, parseWapo(raw.wapo), snapshots);
  const agreements = withWapo.agreements;
  closeOpenChains(agreements, snapshots);
  resolveOverlaps(agreements);
  assignIds(agreements);
  checkNoOverlaps(agreements);

  const drops = [...union.drops, ...merged.drops, ...withPre.drops, ...withWapo.drops];
  // Link each drop to the record it duplicates, where it names one.
  const byLine = new Map<string, string>();
  for (const a of agreements) for (const m of a.members) byLine.set(`${m.file.split('/').pop()} line ${m.line}`, a.id);
  for (const d of drops) {
    if (d.relatedTo) {
      d.related_record = d.relatedTo.id;
      continue;
    }
    const m = /([\w.-]+\.csv line \d+)/.exec(d.reason);
    if (m && byLine.has(m[1]!)) d.related_record = byLine.get(m[1]!);
  }
  drops.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.signed.localeCompare(b.signed) || a.reason.localeCompare(b.reason));

  const itemsIn =
    raw.union.length + pre.items.length + pre.drops.length + pre.modelless.length + raw.wapo.length;
  const records = agreements.length;
  if (itemsIn !== records + drops.length) {
    throw new Error(`accounting: ${itemsIn} rows in ≠ ${records} records + ${drops.length} drops`);
  }
  return {
    policies: policyRows(agreements),
    sources: sourceRows(agreements, snapshots),
    places: placeRows(agreements),
    drops,
    counts: {
      rowsIn: {
        [RAW_FILES.union]: raw.union.length,
        [RAW_FILES.pre2018]: raw.pre2018.length,
        [RAW_FILES.wapo]: raw.wapo.length,
      },
      itemsIn,
      records,
      drops: drops.length,
    },
    agreements,
  };
}
