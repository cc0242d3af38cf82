/** The live region's sentence when a comparison starts or changes (in compare mode's chunk, ./views.ts). */
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDay, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import { countChanges, ordered } from './compare';
import { compareStringsFor } from './strings';

export function comparisonAnnouncement(entries: readonly JurisdictionEntry[], compare: IsoDay, date: IsoDay, lang: Lang, locale: string): string {
  const { counts } = countChanges(entries, compare, date);
  const [a, b] = ordered(compare, date);
  const n = (count: number) => formatNumber(count, locale);
  return compareStringsFor(lang).announce(formatDay(a, locale), formatDay(b, locale), n(counts.limits), n(counts.cooperation), n(counts.unchanged));
}
