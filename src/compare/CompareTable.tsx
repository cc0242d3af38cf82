/**
 * The table tab in compare mode: every jurisdiction whose status differs between the two dates,
 * with both statuses and the direction, sortable by any column (aria-sort says how), and the
 * same rows as CSV.
 */
import { useMemo, useState } from 'react';
import { CATEGORY_RANK } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { downloadText } from '../export/download';
import { csvCell } from '../export/statusExport';
import { formatDay, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import { changedEntries, type Change, DIRECTIONS, ordered } from './compare';
import { compareStringsFor } from './strings';

type Column = 'name' | 'level' | 'from' | 'to' | 'direction';
const COLUMNS: readonly Column[] = ['name', 'level', 'from', 'to', 'direction'];

export interface CompareTableProps {
  entries: readonly JurisdictionEntry[];
  date: IsoDay;
  compare: IsoDay;
  lang: Lang;
  onSelect(id: string): void;
}

interface Row {
  entry: JurisdictionEntry;
  change: Change;
}

function comparator(column: Column): (a: Row, b: Row) => number {
  switch (column) {
    case 'name':
      return (a, b) => a.entry.name.localeCompare(b.entry.name);
    case 'level':
      return (a, b) => a.entry.level.localeCompare(b.entry.level) || a.entry.name.localeCompare(b.entry.name);
    case 'from':
      return (a, b) => CATEGORY_RANK[a.change.from] - CATEGORY_RANK[b.change.from] || a.entry.name.localeCompare(b.entry.name);
    case 'to':
      return (a, b) => CATEGORY_RANK[a.change.to] - CATEGORY_RANK[b.change.to] || a.entry.name.localeCompare(b.entry.name);
    case 'direction':
      return (a, b) => DIRECTIONS.indexOf(a.change.direction) - DIRECTIONS.indexOf(b.change.direction) || a.entry.name.localeCompare(b.entry.name);
  }
}

export function CompareTable({ entries, date, compare, lang, onSelect }: CompareTableProps) {
  const strings = useStrings();
  const cs = compareStringsFor(lang);
  const locale = strings.locale;
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'direction', descending: false });
  const rows = useMemo(() => changedEntries(entries, compare, date), [entries, compare, date]);
  const sorted = useMemo(() => {
    const out = [...rows].sort(comparator(sort.column));
    return sort.descending ? out.reverse() : out;
  }, [rows, sort]);
  const [a, b] = ordered(compare, date);
  const header: Record<Column, string> = {
    name: cs.name,
    level: cs.level,
    from: cs.before(formatDay(a, locale)),
    to: cs.after(formatDay(b, locale)),
    direction: cs.change,
  };
  const caption = cs.tableCaption(formatDay(a, locale), formatDay(b, locale), formatNumber(rows.length, locale));
  const download = () => {
    const lines = [['id', 'name', 'level', `status_${a}`, `status_${b}`, 'change'].join(',')];
    for (const r of sorted) lines.push([r.entry.id, r.entry.name, r.entry.level, r.change.from, r.change.to, r.change.direction].map(csvCell).join(','));
    downloadText(`${lines.join('\n')}\n`, `ice-cooperation-changes-${a}-to-${b}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <div className="table-view compare-table">
      <p>
        <button type="button" className="button button--small" onClick={download}>CSV</button>
      </p>
      {rows.length === 0 ? (
        <p>{cs.noChanges}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" aria-sort={sort.column === c ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                    <button type="button" className="table-sort" onClick={() => setSort((s) => ({ column: c, descending: s.column === c ? !s.descending : false }))}>
                      {header[c]} {sort.column === c ? (sort.descending ? '▼' : '▲') : '↕'}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.entry.id} data-direction={r.change.direction}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(r.entry.id)}>{r.entry.name}</button>
                  </th>
                  <td>{strings.level[r.entry.level]}</td>
                  <td>{strings.category[r.change.from]}</td>
                  <td>{strings.category[r.change.to]}</td>
                  <td>{cs.direction[r.change.direction]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
