/**
 * The legend's people figures on a day ("96.1 million people" per category), or undefined while
 * off or loading. Their code (./peopleLegend.ts) is fetched with population.json when the people
 * switch is first turned on.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import type { Lang } from '../i18n/strings';
import { usePopulation } from './loadPopulation';

type LegendModule = typeof import('./peopleLegend');

export function usePeopleLegend(on: boolean, entries: readonly JurisdictionEntry[], day: IsoDay, lang: Lang, locale: string): Record<Category, string> | undefined {
  const population = usePopulation(on);
  const [module, setModule] = useState<LegendModule | undefined>(undefined);
  useEffect(() => {
    if (!on || module !== undefined) return;
    let live = true;
    import('./peopleLegend').then(
      (m) => live && setModule(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [on, module]);
  return useMemo(
    () => (population !== undefined && module !== undefined ? module.peopleLegend(entries, day, lang, locale, population) : undefined),
    [module, population, entries, day, lang, locale],
  );
}
