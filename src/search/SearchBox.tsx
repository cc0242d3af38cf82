/**
 * The search box: an ARIA 1.2 combobox (list autocomplete, no inline completion) over states,
 * counties, cities and agencies.
 *
 * Keys: typing opens the list; Down/Up move through it (wrapping), Alt+Down opens it without moving;
 * Enter opens the highlighted result (or the first); Escape closes the list, a second Escape clears
 * the text (an Escape the box does not need is left to the page, which closes the detail panel);
 * Tab leaves as usual. Focus stays in the input: the highlighted option is announced through
 * aria-activedescendant, and a polite status says how many results there are.
 *
 * The index (and fuse.js) and the result list's items are fetched on the first focus
 * (./searchChunk.ts), together with the records file whose agency names it adds (the detail panel
 * needs that file anyway).
 */
import { type KeyboardEvent, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RecordIndex } from '../domain/dataset';
import type { Jurisdictions } from '../data/jurisdictions';
import type { LoadState } from '../data/mapData';
import type { SearchIndex, SearchItem } from './searchIndex';
import './search.css';
import { useStrings } from '../i18n/useStrings';

type SearchModule = typeof import('./searchChunk');

export interface SearchBoxProps {
  jurisdictions: Jurisdictions;
  records: LoadState<RecordIndex>;
  /** Called on the first focus (load the records the agency names come from). */
  onActivate(): void;
  /** A result was chosen: select its jurisdiction and show it. */
  onPick(jurisdictionId: string): void;
  /** How many results to list. */
  limit?: number;
}

/** The search chunk, fetched when `attempt` first goes above 0 (and again on a later attempt if that failed), and its index. */
function useSearchIndex(
  jurisdictions: Jurisdictions,
  records: LoadState<RecordIndex>,
  attempt: number,
): { module: SearchModule | undefined; index: SearchIndex | undefined } {
  const [module, setModule] = useState<SearchModule | undefined>(undefined);
  useEffect(() => {
    if (attempt === 0 || module !== undefined) return;
    let live = true;
    import('./searchChunk').then(
      (m) => {
        if (live) setModule(m);
      },
      (error: unknown) => {
        // Offline or a stale page after a redeploy: the next focus tries again.
        console.error(error);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, module]);
  const recordIndex = records.status === 'ready' ? records.data : undefined;
  const index = useMemo(() => module?.buildSearchIndex(jurisdictions, recordIndex), [module, jurisdictions, recordIndex]);
  return { module, index };
}

export function SearchBox({ jurisdictions, records, onActivate, onPick, limit = 8 }: SearchBoxProps) {
  const strings = useStrings();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [activated, setActivated] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { module, index } = useSearchIndex(jurisdictions, records, attempt);
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(() => (index !== undefined ? index.search(deferredQuery, limit) : []), [index, deferredQuery, limit]);
  const numeric = /^\d+$/.test(deferredQuery.trim());
  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    if (active < 0) return;
    const option = listRef.current?.querySelector(`[data-index="${active}"]`);
    if (option instanceof HTMLElement && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const activate = () => {
    if (index === undefined) setAttempt((a) => a + 1);
    if (activated) return;
    setActivated(true);
    onActivate();
  };

  const pick = (item: SearchItem) => {
    setQuery(item.name);
    setOpen(false);
    setActive(-1);
    onPick(item.targetId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (n === 0) return;
        if (!open || event.altKey) {
          setOpen(true);
          if (!event.altKey) setActive(0);
          return;
        }
        setActive((a) => (a + 1) % n);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (n === 0) return;
        if (!open) {
          setOpen(true);
          setActive(n - 1);
          return;
        }
        setActive((a) => (a <= 0 ? n - 1 : a - 1));
        return;
      case 'Enter': {
        if (!expanded) return;
        const item = results[active >= 0 ? active : 0];
        if (item !== undefined) {
          event.preventDefault();
          pick(item);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        return;
      case 'Tab':
        setOpen(false);
        setActive(-1);
        return;
      default:
    }
  };

  let status = '';
  if (open && deferredQuery.trim().length >= 2 && index !== undefined) {
    status = results.length > 0 ? strings.searchResults(results.length) : strings.searchNoResults(deferredQuery.trim());
    if (records.status === 'loading' || records.status === 'idle') status += ` ${strings.searchAgenciesLoading}`;
  }

  return (
    <div className="search" role="search">
      <label htmlFor={inputId} className="search__label">
        {strings.searchLabel}
      </label>
      <div className="search__field">
        <svg className="search__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M10 10l4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={inputId}
          className="search__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={strings.searchPlaceholder}
          value={query}
          onFocus={activate}
          onChange={(event) => {
            activate();
            setQuery(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        {query !== '' && (
          <button
            type="button"
            className="search__clear"
            aria-label={strings.searchClear}
            onClick={() => {
              setQuery('');
              setOpen(false);
              inputRef.current?.focus();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        <ul ref={listRef} id={listId} role="listbox" aria-label={strings.searchLabel} className="search__list" hidden={!expanded}>
          {module !== undefined && (
            <module.SearchOptions
              results={results}
              active={active}
              numeric={numeric}
              jurisdictions={jurisdictions}
              strings={strings}
              optionId={optionId}
              onPick={pick}
              onActive={setActive}
            />
          )}
        </ul>
      </div>
      <p id={hintId} className="visually-hidden">
        {strings.searchHint}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
