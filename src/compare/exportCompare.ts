/**
 * The map PNG's subtitle and legend in compare mode (export/DownloadMenu.tsx asks for them when
 * `compare` is set), so the image says what its colours mean: change between the two dates.
 */
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDay, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import type { LegendEntry } from '../export/png';
import { countChanges, DIRECTIONS, ordered } from './compare';
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
