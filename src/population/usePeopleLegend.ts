/** The legend's people figures on a day ("96.1 million people" per category), or undefined while off. */
import { useMemo } from 'react';
import { CATEGORIES, type Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { categoriesOn } from '../domain/snapshot';
import type { Lang } from '../i18n/strings';
import { formatPeople } from '../population/format';
import { compareBarStringsFor } from '../compare/barStrings';
import { peopleBy } from './people';
import { usePopulation } from './loadPopulation';

export function usePeopleLegend(on: boolean, entries: readonly JurisdictionEntry[], day: IsoDay, lang: Lang, locale: string): Record<Category, string> | undefined {
  const population = usePopulation(on);
  return useMemo(() => {
    if (population === undefined) return undefined;
    const categories = categoriesOn(entries, day);
    const { byGroup } = peopleBy(entries, CATEGORIES, (_e, i) => categories[i]!, population);
    const cs = compareBarStringsFor(lang);
    return Object.fromEntries(CATEGORIES.map((c) => [c, cs.people(formatPeople(byGroup[c], locale))])) as Record<Category, string>;
  }, [population, entries, day, lang, locale]);
}
