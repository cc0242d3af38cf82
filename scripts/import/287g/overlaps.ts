/** Closing open pre-2018 chains, ending an agreement when the next of the same agency and model is signed, ids, and the overlap check. */
import { SOURCE_IDS } from './constants';
import { recordIdBase } from './names';
import type { Agreement, Snapshots } from './types';
import { groupBy, normalizeDay } from './util';

/** Pre-2018 agreements still running when the rosters stop, with no later evidence: bounded by ICE's first archived list. */
export function closeOpenChains(agreements: Agreement[], snapshots: Snapshots): void {
  const byTrack = groupBy(agreements, (a) => a.track);
  for (const a of agreements) {
    if (!a.primary.openEnded || a.end !== undefined) continue;
    const continued = (byTrack.get(a.track) ?? []).some(
      (b) => b !== a && b.primary.origin === 'union' && b.effective > a.effective && b.members.some((m) => m.firstSeen === snapshots.first),
    );
    if (continued) continue; // ended by the overlap stage at the next agreement's signing date
    a.end = snapshots.first;
    a.endNote = `not on ICE's list archived ${snapshots.first}; the rosters last listed it ${a.primary.notes.find((n) => n.startsWith('ICE rosters'))?.replace(/^ICE rosters listed the agency from .* to /, '').replace(/\.$/, '') ?? 'in 2017'}, so it ended at an unknown date before ${snapshots.first}`;
    a.sourceIds.add(SOURCE_IDS.list(snapshots.first));
    a.confidence = a.confidence === 'high' ? 'medium' : a.confidence;
  }
}


/** Within one agency and model, an agreement ends when the next one is signed. */
export function resolveOverlaps(agreements: Agreement[]): number {
  let changed = 0;
  for (const list of groupBy(agreements, (a) => a.track).values()) {
    list.sort((a, b) => normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)) || a.primary.line - b.primary.line);
    for (let i = 0; i + 1 < list.length; i++) {
      const cur = list[i]!;
      const next = list[i + 1]!;
      const nextStart = normalizeDay(next.effective);
      if (cur.end === undefined || normalizeDay(cur.end) > nextStart) {
        const was = cur.end;
        cur.end = next.effective;
        cur.endNote = `superseded by the agreement signed ${next.signed ?? next.effective}`;
        if (cur.primary.origin === 'union') {
          const lastSeen = cur.members.map((m) => m.lastSeen!).sort().reverse()[0];
          cur.notes.push(
            cur.primary.onLatest
              ? `ICE still lists this agreement alongside the one signed ${next.signed ?? next.effective}; recorded as superseded by it.`
              : `ICE's lists kept showing it until ${lastSeen}; recorded as superseded by the agreement signed ${next.signed ?? next.effective}.`,
          );
        } else if (was !== undefined) {
          cur.notes.push(`The source's end (${was}) runs past the next agreement's signing; recorded as superseded.`);
        }
        changed++;
      }
    }
  }
  return changed;
}

export function assignIds(agreements: Agreement[]): void {
  const sorted = [...agreements].sort(
    (a, b) =>
      a.primary.loc.state.usps.localeCompare(b.primary.loc.state.usps) ||
      a.primary.agency.localeCompare(b.primary.agency) ||
      a.primary.model.localeCompare(b.primary.model) ||
      normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)) ||
      a.primary.file.localeCompare(b.primary.file) ||
      a.primary.line - b.primary.line,
  );
  const used = new Map<string, number>();
  for (const a of sorted) {
    const base = recordIdBase(a.primary.loc.state, a.primary.agency, a.primary.model, a.signed ?? a.effective);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    a.id = n === 1 ? base : `${base}-${n}`;
  }
}

export function checkNoOverlaps(agreements: Agreement[]): void {
  const problems: string[] = [];
  const keys: [string, (a: Agreement) => string][] = [
    ['track', (a) => a.track],
    ['fips+agency+model (as the build checks)', (a) => `${a.primary.loc.fips}|${a.primary.agency.toLowerCase()}|${a.primary.model}`],
  ];
  for (const [label, key] of keys) {
    for (const list of groupBy(agreements, key).values()) {
      const sorted = [...list].sort((a, b) => normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)));
      for (let i = 0; i + 1 < sorted.length; i++) {
        const cur = sorted[i]!;
        const next = sorted[i + 1]!;
        if (cur.end === undefined || normalizeDay(cur.end) > normalizeDay(next.effective)) {
          problems.push(`${label}: ${cur.id} [${cur.effective}, ${cur.end ?? 'open'}) overlaps ${next.id} from ${next.effective}`);
        }
      }
    }
  }
  for (const a of agreements) {
    if (a.end !== undefined && normalizeDay(a.end) <= normalizeDay(a.effective)) {
      problems.push(`${a.id}: ends (${a.end}) on or before it starts (${a.effective})`);
    }
  }
  if (problems.length) throw new Error(`overlapping or empty intervals:\n${problems.join('\n')}`);
}
