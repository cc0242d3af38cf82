/** The legend in compare mode: how many jurisdictions changed each way, and (people on) their residents. */
import { useMemo } from 'react';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import type { PopulationFile } from '../domain/series';
import { formatDay, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import { formatPeople } from '../population/format';
import { peopleBy } from '../population/people';
import { changeBetween, DIRECTIONS, ordered } from './compare';
import { CHANGE_COLORS } from './mapCompare';
import { compareStringsFor } from './strings';

export interface CompareLegendProps {
  entries: readonly JurisdictionEntry[];
  date: IsoDay;
  compare: IsoDay;
  levelPlural: string;
  lang: Lang;
  locale: string;
  /** Residents, when the people switch is on and population.json has loaded. */
  population?: PopulationFile | undefined;
}

export function CompareLegend({ entries, date, compare, levelPlural, lang, locale, population }: CompareLegendProps) {
  const cs = compareStringsFor(lang);
  const directions = useMemo(() => entries.map((e) => changeBetween(e.intervals, compare, date).direction), [entries, compare, date]);
  const counts = useMemo(() => {
    const out = { limits: 0, unchanged: 0, cooperation: 0 };
    for (const d of directions) out[d] += 1;
    return out;
  }, [directions]);
  const people = useMemo(() => (population ? peopleBy(entries, DIRECTIONS, (_e, i) => directions[i]!, population) : undefined), [entries, directions, population]);
  const [a, b] = ordered(compare, date);
  return (
    <section className="legend compare-legend" aria-label={cs.legendCaption(levelPlural, formatDay(a, locale), formatDay(b, locale))}>
      <p className="legend__caption">{cs.legendCaption(levelPlural, formatDay(a, locale), formatDay(b, locale))}</p>
      <ul className="legend__items">
        {DIRECTIONS.map((d) => (
          <li key={d} className="legend__item" data-direction={d}>
            <span className="compare-legend__swatch" style={{ background: CHANGE_COLORS[d] }} aria-hidden="true" />
            <span className="legend__label">{cs.direction[d]}</span>
            <span className="legend__count">
              {formatNumber(counts[d], locale)}
              {people && <> · {cs.people(formatPeople(people.byGroup[d], locale))}</>}
            </span>
          </li>
        ))}
      </ul>
      {people && people.unattributed > 0 && <p className="legend__places">{cs.unattributed(formatPeople(people.unattributed, locale))}</p>}
    </section>
  );
}
