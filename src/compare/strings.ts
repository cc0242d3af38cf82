/**
 * Compare mode's text in English and Spanish (numbers and dates arrive formatted). What the page
 * shows before compare mode is first used (the bar, the legend's people figures) is in
 * ./barStrings.ts, part of the first load; the rest arrives with compare mode's chunk.
 */
import type { Lang } from '../i18n/strings';
import { type CompareBarStrings, compareBarStringsFor } from './barStrings';
import type { Direction } from './compare';

export interface CompareStrings extends CompareBarStrings {
  direction: Record<Direction, string>;
  legendCaption(levels: string, from: string, to: string): string;
  unattributed(n: string): string;
  fromTo(from: string, to: string): string;
  changedBy(record: string): string;
  panelHeading: string;
  panelLine(fromDate: string, from: string, toDate: string, to: string): string;
  announce(from: string, to: string, limits: string, cooperation: string, unchanged: string): string;
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
  ...compareBarStringsFor('en'),
  direction: { limits: 'Toward more limits', unchanged: 'Unchanged', cooperation: 'Toward more cooperation' },
  legendCaption: (levels, from, to) => `Change of ${levels} from ${from} to ${to}`,
  unattributed: (n) => `${n} people (Connecticut) not attributed: its counties changed differently.`,
  fromTo: (from, to) => `${from} → ${to}`,
  changedBy: (record) => `Changed by: ${record}`,
  panelHeading: 'Change between the two dates',
  panelLine: (fromDate, from, toDate, to) => `${fromDate}: ${from}. ${toDate}: ${to}.`,
  announce: (from, to, limits, cooperation, unchanged) =>
    `Comparing ${from} with ${to}: ${limits} toward more limits, ${cooperation} toward more cooperation, ${unchanged} unchanged.`,
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
  ...compareBarStringsFor('es'),
  direction: { limits: 'Hacia más límites', unchanged: 'Sin cambios', cooperation: 'Hacia más cooperación' },
  legendCaption: (levels, from, to) => `Cambio de ${levels} del ${from} al ${to}`,
  unattributed: (n) => `${n} personas (Connecticut) sin asignar: sus condados cambiaron de forma distinta.`,
  fromTo: (from, to) => `${from} → ${to}`,
  changedBy: (record) => `Cambió por: ${record}`,
  panelHeading: 'Cambio entre las dos fechas',
  panelLine: (fromDate, from, toDate, to) => `${fromDate}: ${from}. ${toDate}: ${to}.`,
  announce: (from, to, limits, cooperation, unchanged) =>
    `Comparando el ${from} con el ${to}: ${limits} hacia más límites, ${cooperation} hacia más cooperación, ${unchanged} sin cambios.`,
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
