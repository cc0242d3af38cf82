/**
 * The map PNG's subtitle and legend in compare mode (export/DownloadMenu.tsx asks for them when
 * `compare` is set), so the image says what its colours mean: change between the two dates.
 */
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDay, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import type { LegendEntry } from '../export/png';
import type { Category } from '../domain/categories';
import { csvCell, type JurisdictionCollection, STATUS_COLUMNS, type StatusContext, statusRow, statusRows } from '../export/statusExport';
import { countChanges, DIRECTIONS, directionOf, ordered } from './compare';
import { CHANGE_COLORS } from './mapCompare';
import { compareStringsFor } from './strings';

/** Symbols on the swatches so the directions differ without colour too. */
const SYMBOLS = { limits: '−', unchanged: '=', cooperation: '+' } as const;

export function compareExport(
  entries: readonly JurisdictionEntry[],
  date: IsoDay,
  compare: IsoDay,
  levelPlural: string,
  lang: Lang,
  locale: string,
): { subtitle: string; legend: LegendEntry[] } {
  const cs = compareStringsFor(lang);
  const [a, b] = ordered(compare, date);
  const { counts } = countChanges(entries, compare, date);
  return {
    subtitle: cs.legendCaption(levelPlural, formatDay(a, locale), formatDay(b, locale)),
    legend: DIRECTIONS.map((d) => ({
      color: CHANGE_COLORS[d],
      symbol: SYMBOLS[d],
      ink: d === 'unchanged' ? '#1a1a1a' : '#ffffff',
      label: cs.direction[d],
      count: formatNumber(counts[d], locale),
    })),
  };
}

/**
 * The status CSV in compare mode: the usual columns for the shown date, then the compared date,
 * the status on it and the direction of change (compare.ts), so the file carries the comparison.
 */
export function statusCsvWithCompare(
  collection: JurisdictionCollection,
  date: IsoDay,
  compare: IsoDay,
  labels: Record<Category, string>,
  context: StatusContext,
): string {
  const columns = [...STATUS_COLUMNS, 'compare_date', 'compare_status', 'change'];
  const byId = new Map(collection.features.map((f) => [f.properties.id, f.properties]));
  const lines = [columns.join(',')];
  for (const row of statusRows(collection, date, labels, context)) {
    const other = statusRow(byId.get(row.id)!, compare, labels, context);
    const [earlier, later] = compare <= date ? [other.status, row.status] : [row.status, other.status];
    const cells = [...STATUS_COLUMNS.map((c) => row[c]), compare, other.status, directionOf(earlier, later)];
    lines.push(cells.map((c) => csvCell(c)).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
