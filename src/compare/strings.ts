/** Compare mode's text in English and Spanish (numbers and dates arrive formatted). */
import type { Lang } from '../i18n/strings';
import type { Direction } from './compare';

export interface CompareStrings {
  barLabel: string;
  compareWith: string;
  sinceInauguration: string;
  sinceYearAgo: string;
  leave: string;
  direction: Record<Direction, string>;
  legendCaption(levels: string, from: string, to: string): string;
  people(n: string): string;
  unattributed(n: string): string;
  fromTo(from: string, to: string): string;
  changedBy(record: string): string;
  panelHeading: string;
  panelLine(fromDate: string, from: string, toDate: string, to: string): string;
  announce(from: string, to: string, limits: string, cooperation: string, unchanged: string): string;
  announceLeft: string;
  tableCaption(from: string, to: string, n: string): string;
  name: string;
  level: string;
  before(date: string): string;
  after(date: string): string;
  change: string;
  noChanges: string;
  historyLabel: string;
}

const en: CompareStrings = {
  barLabel: 'Compare two dates',
  compareWith: 'Compare with',
  sinceInauguration: 'Since January 20, 2025',
  sinceYearAgo: 'Since a year ago',
  leave: 'Stop comparing',
  direction: { limits: 'Toward more limits', unchanged: 'Unchanged', cooperation: 'Toward more cooperation' },
  legendCaption: (levels, from, to) => `Change of ${levels} from ${from} to ${to}`,
  people: (n) => `${n} people`,
  unattributed: (n) => `${n} people (Connecticut) not attributed: its counties changed differently.`,
  fromTo: (from, to) => `${from} → ${to}`,
  changedBy: (record) => `Changed by: ${record}`,
  panelHeading: 'Change between the two dates',
  panelLine: (fromDate, from, toDate, to) => `${fromDate}: ${from}. ${toDate}: ${to}.`,
  announce: (from, to, limits, cooperation, unchanged) =>
    `Comparing ${from} with ${to}: ${limits} toward more limits, ${cooperation} toward more cooperation, ${unchanged} unchanged.`,
  announceLeft: 'Compare mode off: the map shows the status on the date again.',
  tableCaption: (from, to, n) => `${n} jurisdictions changed between ${from} and ${to}`,
  name: 'Name',
  level: 'Level',
  before: (d) => `Status on ${d}`,
  after: (d) => `Status on ${d}`,
  change: 'Change',
  noChanges: 'No jurisdiction changed between the two dates.',
  historyLabel: 'Status from 1979 to today',
};

const es: CompareStrings = {
  barLabel: 'Comparar dos fechas',
  compareWith: 'Comparar con',
  sinceInauguration: 'Desde el 20 de enero de 2025',
  sinceYearAgo: 'Desde hace un año',
  leave: 'Dejar de comparar',
  direction: { limits: 'Hacia más límites', unchanged: 'Sin cambios', cooperation: 'Hacia más cooperación' },
  legendCaption: (levels, from, to) => `Cambio de ${levels} del ${from} al ${to}`,
  people: (n) => `${n} personas`,
  unattributed: (n) => `${n} personas (Connecticut) sin asignar: sus condados cambiaron de forma distinta.`,
  fromTo: (from, to) => `${from} → ${to}`,
  changedBy: (record) => `Cambió por: ${record}`,
  panelHeading: 'Cambio entre las dos fechas',
  panelLine: (fromDate, from, toDate, to) => `${fromDate}: ${from}. ${toDate}: ${to}.`,
  announce: (from, to, limits, cooperation, unchanged) =>
    `Comparando el ${from} con el ${to}: ${limits} hacia más límites, ${cooperation} hacia más cooperación, ${unchanged} sin cambios.`,
  announceLeft: 'Comparación desactivada: el mapa vuelve a mostrar el estatus en la fecha.',
  tableCaption: (from, to, n) => `${n} jurisdicciones cambiaron entre el ${from} y el ${to}`,
  name: 'Nombre',
  level: 'Nivel',
  before: (d) => `Estatus el ${d}`,
  after: (d) => `Estatus el ${d}`,
  change: 'Cambio',
  noChanges: 'Ninguna jurisdicción cambió entre las dos fechas.',
  historyLabel: 'Estatus de 1979 a hoy',
};

export function compareStringsFor(lang: Lang): CompareStrings {
  return lang === 'es' ? es : en;
}
