/** Small pure helpers of the 287(g) import: text cleaning, model names and day arithmetic on ISO dates. */
import type { Model287g } from '../../../src/domain/schema';

export function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function modelFrom(text: string): Model287g | undefined {
  const t = text.toLowerCase();
  if (t.includes('jail')) return 'jail_enforcement';
  if (t.includes('task')) return 'task_force';
  if (t.includes('warrant')) return 'warrant_service_officer';
  return undefined;
}

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function daysApart(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

/** ICE re-listed an agreement with the year mistyped (2025-01-07 → 2026-01-07). */
export function yearTypo(a: string, b: string): boolean {
  return a.slice(4) === b.slice(4) && Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) === 1;
}

export function normalizeDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of list) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}

export function dedupeStrings(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim() !== ''))];
}
