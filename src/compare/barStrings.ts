/**
 * The compare bar's text (shown from the first render, before compare mode is used) and the
 * legend's people figures; the rest of compare mode's text is in ./strings.ts, loaded with it.
 */
import type { Lang } from '../i18n/strings';

export interface CompareBarStrings {
  barLabel: string;
  compareWith: string;
  sinceInauguration: string;
  sinceYearAgo: string;
  leave: string;
  people(n: string): string;
  announceLeft: string;
}

const en: CompareBarStrings = {
  barLabel: 'Compare two dates',
  compareWith: 'Compare with',
  sinceInauguration: 'Since January 20, 2025',
  sinceYearAgo: 'Since a year ago',
  leave: 'Stop comparing',
  people: (n) => `${n} people`,
  announceLeft: 'Compare mode off: the map shows the status on the date again.',
};

const es: CompareBarStrings = {
  barLabel: 'Comparar dos fechas',
  compareWith: 'Comparar con',
  sinceInauguration: 'Desde el 20 de enero de 2025',
  sinceYearAgo: 'Desde hace un año',
  leave: 'Dejar de comparar',
  people: (n) => `${n} personas`,
  announceLeft: 'Comparación desactivada: el mapa vuelve a mostrar el estatus en la fecha.',
};

export function compareBarStringsFor(lang: Lang): CompareBarStrings {
  return lang === 'es' ? es : en;
}
