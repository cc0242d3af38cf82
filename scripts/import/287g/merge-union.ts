/** Merging ICE-list rows that describe one agreement (re-dated, re-spelled, renamed), and the agreement's list sources. */
import { slugify } from '../../../src/domain/places';
import type { AgencyType } from '../../../src/domain/schema';
import { nameKey } from '../gazetteer';
import { SAME_AGREEMENT_DAYS, SOURCE_IDS } from './constants';
import { nextSnapshot } from './ice-lists';
import { agencyKey, jurisdictionPart, sameAgencyName, sameButStateName, tokenJaccard } from './names';
import type { Agreement, Drop, Item, Snapshots } from './types';
import { addDays, daysApart, dedupeStrings, yearTypo } from './util';

export class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function sameCluster(a: Item, b: Item): boolean {
  if (a.loc.cluster.startsWith('name:') && b.loc.cluster.startsWith('name:')) return sameAgencyName(a.agency, b.agency);
  return a.loc.cluster === b.loc.cluster;
}

/** Both listed on some same snapshot; one listing ending the day the other starts counts as a replacement. */
export function windowsOverlap(a: Item, b: Item): boolean {
  const start = a.firstSeen! > b.firstSeen! ? a.firstSeen! : b.firstSeen!;
  const end = a.lastSeen! < b.lastSeen! ? a.lastSeen! : b.lastSeen!;
  if (start > end) return false;
  if (start === end && a.firstSeen !== b.firstSeen && a.lastSeen !== b.lastSeen) return false;
  return true;
}

/**
 * One listing renamed: same signing date, one listing replacing the other, and either mostly the same
 * distinctive words or the county's jail agreement moved between the sheriff and the county's jail agency.
 */
export function renamedListing(a: Item, b: Item): boolean {
  if (a.signed !== b.signed) return false;
  // A state agency listed with and without its state's name at once while ICE renamed it
  // ("Department of Corrections" and "Alaska Department of Corrections"): the overlap of the two
  // listings is the rename, not a second agreement.
  if (a.loc.agencyType === 'state_agency' && b.loc.agencyType === 'state_agency' && sameButStateName(a.agency, b.agency, a.loc.fips)) {
    return true;
  }
  if (windowsOverlap(a, b)) return false;
  const jailTypes: AgencyType[] = ['sheriff', 'county_agency'];
  const agencyTypes: AgencyType[] = ['sheriff', 'county_agency', 'state_agency'];
  // Constables, colleges and the like: many distinct offices of one county sign on one day, so names must match.
  if (agencyTypes.includes(a.loc.agencyType) && agencyTypes.includes(b.loc.agencyType) && tokenJaccard(a.agency, b.agency) > 0.5) {
    return true;
  }
  return (
    a.model !== 'task_force' &&
    jailTypes.includes(a.loc.agencyType) &&
    jailTypes.includes(b.loc.agencyType) &&
    jurisdictionPart(a.agency) !== '' &&
    jurisdictionPart(a.agency) === jurisdictionPart(b.agency)
  );
}

/** Orders the listing that should represent an agreement first: on the latest list, then listed last. */
export function primaryOrder(a: Item, b: Item): number {
  return (
    Number(b.onLatest ?? false) - Number(a.onLatest ?? false) ||
    (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') ||
    (b.firstSeen ?? '').localeCompare(a.firstSeen ?? '') ||
    a.line - b.line
  );
}

export function describeDuplicate(item: Item, primary: Item): string {
  const at = `${primary.file.split('/').pop()} line ${primary.line}`;
  if (item.signed === primary.signed) {
    if (item.stateAsPrinted !== primary.stateAsPrinted && nameKey(item.agency) === nameKey(primary.agency)) {
      return `duplicate listing (ICE spelled the state "${item.stateAsPrinted}"): same agency, model and signing date as ${at}`;
    }
    if (nameKey(item.agency) === nameKey(primary.agency)) return `duplicate listing of the same agreement as ${at}`;
    return `same agreement (same jurisdiction, model and signing date) listed under another name; recorded once from ${at} ("${primary.agency}")`;
  }
  if (yearTypo(item.signed!, primary.signed!)) {
    return `same agreement listed with a mistyped signing year (${item.signed}); recorded once from ${at} (signed ${primary.signed})`;
  }
  return `same agreement re-dated by ICE (signed ${item.signed} here, ${primary.signed} at ${at}); recorded once from ${at}`;
}

/** Groups ICE-list rows into agreements: same agency and model with signing dates ≤14 days apart (or a year typo), or one listing renamed. */
export function mergeUnion(items: Item[], snapshots: Snapshots): { agreements: Agreement[]; drops: Drop[] } {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${it.loc.fips}|${it.model}`;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  const agreements: Agreement[] = [];
  const drops: Drop[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!.sort((a, b) => a.line - b.line);
    const uf = new UnionFind(group.length);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const close = daysApart(a.signed!, b.signed!) <= SAME_AGREEMENT_DAYS;
        const typo = yearTypo(a.signed!, b.signed!) && !windowsOverlap(a, b);
        // A listing replaced by one with an earlier signing date is the same agreement re-dated, not a renewal.
        const [earlier, later] = a.firstSeen! <= b.firstSeen! ? [a, b] : [b, a];
        const redated = !windowsOverlap(a, b) && later.signed! <= addDays(earlier.signed!, SAME_AGREEMENT_DAYS);
        if ((sameCluster(a, b) && (close || typo || redated)) || renamedListing(a, b)) uf.join(i, j);
      }
    }
    const components = new Map<number, Item[]>();
    group.forEach((it, i) => {
      const r = uf.find(i);
      components.set(r, [...(components.get(r) ?? []), it]);
    });
    for (const members of components.values()) {
      members.sort(primaryOrder);
      const primary = members[0]!;
      const firstSeen = members.map((m) => m.firstSeen!).sort()[0]!;
      const lastSeen = members.map((m) => m.lastSeen!).sort().reverse()[0]!;
      const onLatest = members.some((m) => m.onLatest);
      const notes = [
        "ICE lists the signing date; the effective date is not published, so the signing date is used.",
        `On ICE's participating-agencies lists from ${firstSeen} to ${lastSeen}${onLatest ? ' (still listed on the latest list)' : ''}.`,
        ...primary.notes,
      ];
      const sourceIds = new Set<string>();
      let end: string | undefined;
      let endNote: string | undefined;
      if (onLatest) {
        sourceIds.add(SOURCE_IDS.list(snapshots.latest));
      } else {
        end = nextSnapshot(snapshots, lastSeen);
        if (!end) throw new Error(`${primary.file}:${primary.line}: not on the latest list but no snapshot after ${lastSeen}`);
        endNote = 'dropped from ICE participating-agencies list';
        sourceIds.add(SOURCE_IDS.list(lastSeen));
        sourceIds.add(SOURCE_IDS.list(end));
      }
      if (primary.moaUrl) sourceIds.add(moaSourceId(primary.moaUrl, 'moa'));
      if (primary.addendumUrl) sourceIds.add(moaSourceId(primary.addendumUrl, 'addendum'));
      const agreement: Agreement = {
        id: '',
        primary,
        members,
        track: trackOf(primary),
        effective: primary.signed!,
        signed: primary.signed,
        end,
        endNote,
        sourceIds,
        notes,
        confidence: 'high',
      };
      agreements.push(agreement);
      for (const m of members.slice(1)) {
        const reason = describeDuplicate(m, primary);
        if (m.signed !== primary.signed) notes.push(`ICE also listed it with signing date ${m.signed} (${m.firstSeen} to ${m.lastSeen}).`);
        else if (m.agency !== primary.agency) notes.push(`ICE also listed it as "${m.agency}" (${m.firstSeen} to ${m.lastSeen}).`);
        drops.push({
          file: m.file,
          line: m.line,
          state: m.stateAsPrinted ?? m.loc.state.name,
          agency: m.agency,
          model: m.model,
          signed: m.signed!,
          reason,
          relatedTo: agreement,
        });
      }
      agreement.notes = dedupeStrings(notes);
    }
  }
  return { agreements, drops };
}

export function trackOf(item: Item): string {
  const cluster = item.loc.cluster.startsWith('name:') ? `name:${agencyKey(item.agency)}` : item.loc.cluster;
  return `${item.loc.fips}|${item.model}|${cluster}`;
}


/** ICE's workbook links some MOAs through Outlook "safelinks" redirects or with a broken scheme; use the target. */
export function normalizeMoaUrl(url: string): { url: string; note?: string } {
  let u = url.trim();
  let note: string | undefined;
  const safe = /^https?:\/\/[^/]*safelinks\.protection\.outlook\.com\/\?url=([^&]+)/i.exec(u);
  if (safe) {
    u = decodeURIComponent(safe[1]!);
    note = "ICE's workbook links it through an Outlook safelinks redirect; the target address is given here.";
  }
  const wrapped = /^chrome-extension:\/\/[^/]+\/(https?:.*)$/i.exec(u);
  if (wrapped) {
    u = wrapped[1]!;
    note = "ICE's workbook links it through a browser PDF-viewer extension address; the target address is given here.";
  }
  if (/^https?:\/[^/]/i.test(u)) {
    u = u.replace(/^(https?):\/(?!\/)/i, '$1://');
    note = `${note ? `${note} ` : ''}ICE's link has a malformed scheme ("https:/"); corrected here.`;
  }
  return { url: u, note };
}

export function moaSourceId(url: string, kind: 'moa' | 'addendum'): string {
  const target = normalizeMoaUrl(url).url;
  const base = decodeURIComponent(target.split(/[?#]/)[0]!.split('/').pop() ?? target).replace(/\.pdf$/i, '');
  return `ice-287g-${kind}-${slugify(base)}`;
}
