/**
 * Residents per group of map jurisdictions (categories on a day, or directions of change), from
 * population.json. Connecticut's drawn counties have no figures of their own (its Census
 * county-equivalents are planning regions): its state total counts for a group only when all its
 * counties fall in that group; otherwise it is left out and reported as not attributed.
 */
import type { JurisdictionEntry } from '../domain/dataset';
import type { PopulationFile } from '../domain/series';

export interface PeopleTotals<K extends string> {
  byGroup: Record<K, number>;
  /** Residents counted in no group (Connecticut when its counties differ). */
  unattributed: number;
}

export function peopleBy<K extends string>(
  entries: readonly JurisdictionEntry[],
  groups: readonly K[],
  groupOf: (entry: JurisdictionEntry, index: number) => K,
  population: PopulationFile,
): PeopleTotals<K> {
  const byGroup = Object.fromEntries(groups.map((g) => [g, 0])) as Record<K, number>;
  const statewide = new Map<string, Set<K>>();
  entries.forEach((entry, i) => {
    const group = groupOf(entry, i);
    if (entry.level === 'state') {
      byGroup[group] += population.states[entry.id] ?? 0;
      return;
    }
    if (entry.level !== 'county') return;
    if (population.statewide[entry.state] !== undefined) {
      const set = statewide.get(entry.state) ?? new Set<K>();
      set.add(group);
      statewide.set(entry.state, set);
      return;
    }
    byGroup[group] += population.counties[entry.id] ?? 0;
  });
  let unattributed = 0;
  for (const [state, set] of statewide) {
    const people = population.statewide[state] ?? 0;
    if (set.size === 1) byGroup[[...set][0]!] += people;
    else unattributed += people;
  }
  return { byGroup, unattributed };
}
