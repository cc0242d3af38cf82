/**
 * The table view: every state, county and city with its status on the shown date, as a real
 * <table> (caption, column and row headers) that sorts by any column (aria-sort on the sorted
 * header), filters by level, state and status, and pages 100 rows at a time so 3,900 rows stay
 * quick on a phone. Each row opens the same detail panel as the map; it is also what readers get
 * when the map cannot be drawn (no WebGL).
 */
import { useEffect, useId, useMemo } from 'react';
import { CategoryMark } from '../a11y/CategoryMark';
import { CATEGORIES } from '../domain/categories';
import type { FederalListEntry, MapLevel } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { STATES } from '../domain/states';
import type { Jurisdictions } from '../data/jurisdictions';
import { listedOn } from '../federal/listed';
import { formatDay, formatPartial, formatPartialShort } from '../i18n/format';
import { asWritten } from '../domain/dates';
import { filterRows, pageCount, pageOf, pageWith, PAGE_SIZE, type SortKey, sortRows, tableRows, type TableFilters, type TableRow } from './rows';
import { useTableStore } from './tableStore';
import { markTableShown } from '../app/benchHook';
import './table.css';
import { usePanelStrings } from '../i18n/panelStrings';

export interface TableViewProps {
  jurisdictions: Jurisdictions;
  date: IsoDay;
  selectedId: string | null;
  onSelect(id: string): void;
  /** A message above the table (e.g. why the map is not shown). */
  notice?: string;
  /** The federal "sanctuary jurisdiction" lists, to mark and filter the jurisdictions they name. */
  lists?: readonly FederalListEntry[];
}

const NO_LISTS: readonly FederalListEntry[] = [];

const LEVELS: readonly MapLevel[] = ['state', 'county', 'place'];

function SortHeader({ column, label }: { column: SortKey; label: string }) {
  const strings = usePanelStrings();
  const sort = useTableStore((s) => s.sort);
  const sortBy = useTableStore((s) => s.sortBy);
  const sorted = sort.key === column;
  return (
    <th scope="col" aria-sort={sorted ? (sort.ascending ? 'ascending' : 'descending') : undefined} className={`table__${column}`}>
      <button type="button" className="table-sort" onClick={() => sortBy(column)}>
        {label}
        <span className={`table-sort__icon${sorted ? ' table-sort__icon--active' : ''}`} aria-hidden="true">
          {sorted ? (sort.ascending ? '▲' : '▼') : '↕'}
        </span>
        {sorted && <span className="visually-hidden">, {strings.tableSorted(label, sort.ascending)}</span>}
      </button>
    </th>
  );
}

/** One of the table's drop-down filters: "all" first, then `options`. */
function FilterSelect<K extends 'level' | 'state' | 'category'>(props: {
  filter: K;
  label: string;
  allLabel: string;
  options: readonly { value: TableFilters[K]; label: string }[];
}) {
  const value = useTableStore((s) => s.filters[props.filter]);
  const setFilter = useTableStore((s) => s.setFilter);
  return (
    <label className="table-filters__field">
      <span>{props.label}</span>
      <select value={value} onChange={(e) => setFilter(props.filter, e.currentTarget.value as TableFilters[K])}>
        <option value="all">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Row({ row, selected, onSelect }: { row: TableRow; selected: boolean; onSelect(id: string): void }) {
  const strings = usePanelStrings();
  const locale = strings.locale;
  return (
    // A click anywhere on the row opens it (mouse); the name is the row's button (keyboard, screen readers).
    <tr className={selected ? 'table__row table__row--selected' : 'table__row'} onClick={() => onSelect(row.id)}>
      <th scope="row" className="table__name">
        <button type="button" className="link-button" aria-current={selected ? 'true' : undefined}>
          {row.name}
        </button>
      </th>
      <td className="table__level">{strings.level[row.level]}</td>
      <td className="table__state">{row.stateName}</td>
      <td className="table__status">
        <span className="status-cell">
          <CategoryMark category={row.category} />
          {strings.category[row.category]}
        </span>
        {row.listed && <span className="table__listed">{strings.namedOnFederalList}</span>}
      </td>
      <td className="table__since">
        {row.since !== undefined ? (
          <time dateTime={asWritten(row.since, row.sincePrecision ?? 'day')} title={formatPartial(row.since, row.sincePrecision ?? 'day', locale)}>
            {formatPartialShort(row.since, row.sincePrecision ?? 'day', locale)}
          </time>
        ) : (
          <span className="table__none">{strings.tableSinceStart}</span>
        )}
      </td>
    </tr>
  );
}

export function TableView({ jurisdictions, date, selectedId, onSelect, notice, lists = NO_LISTS }: TableViewProps) {
  const strings = usePanelStrings();
  const captionId = useId();
  const countId = useId();
  const filters = useTableStore((s) => s.filters);
  const sort = useTableStore((s) => s.sort);
  const page = useTableStore((s) => s.page);
  const setFilter = useTableStore((s) => s.setFilter);
  const resetFilters = useTableStore((s) => s.resetFilters);
  const setPage = useTableStore((s) => s.setPage);
  const locale = strings.locale;

  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);
  const listed = useMemo(() => new Set(listedOn(lists, date).keys()), [lists, date]);
  const rows = useMemo(() => tableRows(jurisdictions.byLevel, date, listed), [jurisdictions, date, listed]);
  const sorted = useMemo(() => sortRows(filterRows(rows, filters), sort, collator), [rows, filters, sort, collator]);
  const states = useMemo(() => [...STATES].sort((a, b) => collator.compare(a.name, b.name)), [collator]);
  const pages = pageCount(sorted.length);
  const current = Math.min(page, pages - 1);
  const shown = pageOf(sorted, current);
  const from = sorted.length === 0 ? 0 : current * PAGE_SIZE + 1;
  const to = current * PAGE_SIZE + shown.length;
  const filtered = filters.level !== 'all' || filters.state !== 'all' || filters.category !== 'all' || filters.listedOnly;

  // The chart's idle prefetch, on a page opened on the table, waits for this (src/chart/prefetch.ts).
  useEffect(markTableShown, []);

  // A selection made elsewhere (search, map) shows the page its row is on.
  useEffect(() => {
    if (selectedId === null) return;
    const target = pageWith(sorted, selectedId);
    if (target !== undefined && target !== useTableStore.getState().page) setPage(target);
    // Only when the selection changes, not when sorting or filtering moves rows about.
  }, [selectedId]);

  const pager = (label: string, target: number, disabled: boolean, glyph: string) => (
    <button
      type="button"
      className="button button--small pager__button"
      aria-label={label}
      // aria-disabled, not disabled: a focused button that becomes disabled would drop focus to the page.
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) setPage(target);
      }}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );

  return (
    // A plain div: the tab panel around it is already the labelled region.
    <div className="table-view">
      {notice !== undefined && (
        <p className="notice" role="note">
          {notice}
        </p>
      )}
      <fieldset className="table-filters">
        <legend className="table-filters__legend">{strings.tableFilters}</legend>
        <FilterSelect
          filter="level"
          label={strings.filterLevel}
          allLabel={strings.filterAllLevels}
          options={LEVELS.map((level) => ({ value: level, label: strings.level[level] }))}
        />
        <FilterSelect filter="state" label={strings.filterState} allLabel={strings.filterAllStates} options={states.map((s) => ({ value: s.fips, label: s.name }))} />
        <FilterSelect
          filter="category"
          label={strings.filterCategory}
          allLabel={strings.filterAllCategories}
          options={CATEGORIES.map((c) => ({ value: c, label: strings.category[c] }))}
        />
        {lists.length > 0 && (
          <label className="table-filters__check check">
            <input type="checkbox" checked={filters.listedOnly} onChange={(e) => setFilter('listedOnly', e.currentTarget.checked)} />
            <span className="check__box" aria-hidden="true" />
            <span>{strings.filterListed}</span>
          </label>
        )}
        {filtered && (
          <button type="button" className="button button--small table-filters__reset" onClick={resetFilters}>
            {strings.filterReset}
          </button>
        )}
      </fieldset>

      <p id={countId} className="table-view__count" role="status" aria-live="polite" aria-atomic="true">
        {strings.tableMatches(sorted.length)}
        {sorted.length > 0 && <> · {strings.tableRange(from, to, sorted.length)}</>}
      </p>

      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table" aria-describedby={countId}>
          <caption id={captionId} className="table__caption">
            {strings.tableCaption(formatDay(date, locale))}
          </caption>
          <thead>
            <tr>
              <SortHeader column="name" label={strings.tableColName} />
              <SortHeader column="level" label={strings.tableColLevel} />
              <SortHeader column="state" label={strings.tableColState} />
              <SortHeader column="status" label={strings.tableColStatus} />
              <SortHeader column="since" label={strings.tableColSince} />
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Row key={row.id} row={row} selected={row.id === selectedId} onSelect={onSelect} />
            ))}
          </tbody>
        </table>
        {sorted.length === 0 && <p className="table-view__empty">{strings.tableEmpty}</p>}
      </div>

      {pages > 1 && (
        <nav className="pager" aria-label={strings.tablePages}>
          {pager(strings.pageFirst, 0, current === 0, '«')}
          {pager(strings.pagePrevious, current - 1, current === 0, '‹')}
          <span className="pager__status">{strings.pageOf(current + 1, pages)}</span>
          {pager(strings.pageNext, current + 1, current >= pages - 1, '›')}
          {pager(strings.pageLast, pages - 1, current >= pages - 1, '»')}
        </nav>
      )}
    </div>
  );
}
