/** The legend's people figures on a day, per category; a chunk fetched with population.json (./usePeopleLegend.ts). */
import { CATEGORIES, type Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import type { PopulationFile } from '../domain/series';
import { categoriesOn } from '../domain/snapshot';
import type { Lang } from '../i18n/strings';
import { compareBarStringsFor } from '../compare/barStrings';
import { formatPeople } from './format';
import { peopleBy } from './people';

export function peopleLegend(entries: readonly JurisdictionEntry[], day: IsoDay, lang: Lang, locale: string, population: PopulationFile): Record<Category, string> {
  const categories = categoriesOn(entries, day);
  const { byGroup } = peopleBy(entries, CATEGORIES, (_e, i) => categories[i]!, population);
  const cs = compareBarStringsFor(lang);
  return Object.fromEntries(CATEGORIES.map((c) => [c, cs.people(formatPeople(byGroup[c], locale))])) as Record<Category, string>;
}
