/**
 * The search box's result list items: each result's name and what it is ("County in Texas",
 * "Agency in Harris, TX"). Part of the search chunk (./searchChunk.ts), fetched with the index on
 * the first focus; the box itself (./SearchBox.tsx) keeps the input, the keys and the listbox.
 */
import type { Jurisdictions } from '../data/jurisdictions';
import { STATE_BY_FIPS } from '../domain/states';
import type { Strings } from '../i18n/strings';
import type { SearchItem } from './searchIndex';

/** "Harris, TX", "Houston, TX", "Texas": the jurisdiction an agency belongs to. */
function targetLabel(id: string, jurisdictions: Jurisdictions): string {
  const entry = jurisdictions.byId.get(id);
  if (entry === undefined) return id;
  if (entry.level === 'state') return entry.name;
  if (/,\s*[A-Z]{2}$/.test(entry.name)) return entry.name;
  const usps = STATE_BY_FIPS.get(entry.state)?.usps;
  return usps !== undefined ? `${entry.name}, ${usps}` : entry.name;
}

function describeItem(item: SearchItem, jurisdictions: Jurisdictions, strings: Strings): string {
  const stateName = STATE_BY_FIPS.get(item.state)?.name ?? item.state;
  switch (item.kind) {
    case 'state':
      return strings.level.state;
    case 'county':
      return strings.levelIn(strings.level.county, stateName);
    case 'place':
      return strings.levelIn(strings.level.place, stateName);
    case 'agency':
      return strings.searchAgency(targetLabel(item.targetId, jurisdictions));
  }
}

export interface SearchOptionsProps {
  results: readonly SearchItem[];
  active: number;
  /** The query is a number: show each result's FIPS code. */
  numeric: boolean;
  jurisdictions: Jurisdictions;
  strings: Strings;
  optionId(index: number): string;
  onPick(item: SearchItem): void;
  onActive(index: number): void;
}

export function SearchOptions({ results, active, numeric, jurisdictions, strings, optionId, onPick, onActive }: SearchOptionsProps) {
  return results.map((item, i) => (
    <li
      key={item.key}
      id={optionId(i)}
      data-index={i}
      role="option"
      aria-selected={i === active}
      className={`search__option${i === active ? ' search__option--active' : ''}`}
      // Keep focus in the input: a mousedown on an option would blur it first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPick(item)}
      onMouseMove={() => {
        if (active !== i) onActive(i);
      }}
    >
      <span className="search__name">{item.name}</span>
      <span className="search__context">
        {describeItem(item, jurisdictions, strings)}
        {numeric && item.kind !== 'agency' ? ` · ${strings.searchFips(item.key)}` : ''}
      </span>
    </li>
  ));
}
