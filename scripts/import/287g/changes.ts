/** What an import changed in data/policies/287g.csv, as a changelog entry (added, ended, renamed, listed again, corrected). */
import { CHANGE_KINDS, type ChangeItem, type ChangeKind, type ChangelogEntry } from '../../build/changelog';

export type PolicyLike = Record<'id' | 'fips' | 'jurisdiction' | 'agency' | 'model' | 'signed_date' | 'effective_date' | 'end_date' | 'end_note', string> & Record<string, string>;

/** Fields whose change is worth a line; notes and summaries follow from them. */
const TRACKED = ['fips', 'agency', 'model', 'signed_date', 'effective_date', 'end_date', 'source_ids', 'confidence'] as const;
const MODEL: Record<string, string> = { jail_enforcement: 'Jail Enforcement', task_force: 'Task Force', warrant_service_officer: 'Warrant Service Officer' };
const what = (p: PolicyLike) => `${MODEL[p.model] ?? p.model} agreement signed ${p.signed_date || p.effective_date}`;
const item = (change: ChangeKind, p: PolicyLike, detail: string, mapDate?: string): ChangeItem => ({
  change,
  id: p.id,
  place: p.fips,
  jurisdiction: p.jurisdiction,
  agency: p.agency,
  detail,
  ...(mapDate && /^\d{4}-\d{2}-\d{2}$/.test(mapDate) ? { date: mapDate } : {}),
});
const LABELS: Record<(typeof TRACKED)[number], string> = {
  fips: 'place',
  agency: 'agency name',
  model: 'model',
  signed_date: 'signed',
  effective_date: 'in force from',
  end_date: 'end',
  source_ids: 'sources',
  confidence: 'confidence',
};
function fieldChange(f: (typeof TRACKED)[number], was: string, now: string): string {
  if (f !== 'source_ids') return `${LABELS[f]} ${was || '(none)'} → ${now || '(none)'}`;
  const a = new Set(was.split(';').filter(Boolean));
  const b = new Set(now.split(';').filter(Boolean));
  const added = [...b].filter((x) => !a.has(x));
  const removed = [...a].filter((x) => !b.has(x));
  return [added.length ? `sources added: ${added.join(', ')}` : '', removed.length ? `sources removed: ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
}

export function diffPolicies(before: readonly PolicyLike[], after: readonly PolicyLike[]): ChangeItem[] {
  const old = new Map(before.map((p) => [p.id, p]));
  const now = new Map(after.map((p) => [p.id, p]));
  const gone = before.filter((p) => !now.has(p.id));
  const items: ChangeItem[] = [];
  const agreementKey = (p: PolicyLike) => `${p.fips}|${p.model}|${p.signed_date}`;
  const goneByKey = new Map(gone.map((p) => [agreementKey(p), p]));
  const renamedFrom = new Set<string>();
  for (const p of after) {
    const was = old.get(p.id);
    if (!was) {
      // ICE renamed the listing: the agreement (place, model, signing date) is the same, its id follows the new name.
      const prev = p.signed_date ? goneByKey.get(agreementKey(p)) : undefined;
      if (prev && !renamedFrom.has(prev.id)) {
        renamedFrom.add(prev.id);
        items.push(item('renamed', p, `listed as "${p.agency}" (was "${prev.agency}", record ${prev.id})`));
      } else {
        items.push(item('added', p, `${what(p)}${p.end_date ? `, ended ${p.end_date}` : ''}`));
      }
      continue;
    }
    if (!was.end_date && p.end_date) items.push(item('ended', p, `${what(p)}: ${p.end_note || 'ended'} (${p.end_date})`, p.end_date));
    else if (was.end_date && !p.end_date) items.push(item('relisted', p, `${what(p)}: back on ICE's list; the end recorded earlier (${was.end_date}) is withdrawn`));
    else {
      const changed = TRACKED.filter((f) => (was[f] ?? '') !== (p[f] ?? ''));
      if (changed.length) items.push(item('corrected', p, changed.map((f) => fieldChange(f, was[f] ?? '', p[f] ?? '')).join('; '), changed.includes('end_date') ? p.end_date : undefined));
    }
  }
  for (const p of gone) {
    if (!renamedFrom.has(p.id)) items.push(item('corrected', p, `record withdrawn (${what(p)}); folded into another record or no longer supported by the sources`));
  }
  const order = (k: ChangeKind) => CHANGE_KINDS.indexOf(k);
  return items.sort((a, b) => order(a.change) - order(b.change) || a.jurisdiction.localeCompare(b.jurisdiction) || a.id.localeCompare(b.id));
}

export function changelogEntry(date: string, kind: ChangelogEntry['kind'], title: string, source: string, items: ChangeItem[]): ChangelogEntry {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, items.filter((i) => i.change === k).length])) as ChangelogEntry['counts'];
  return { date, kind, title, source, counts, items };
}
