/**
 * The chart's and compare mode's own text, in English and Spanish (plain functions: numbers and
 * dates arrive formatted for the locale). Category names come from the app's strings.
 */
import type { Lang } from '../i18n/strings';
import type { SeriesKind } from '../domain/series';
import type { BandKey } from './model';

export interface ChartStrings {
  locale: string;
  controlsLabel: string;
  seriesLabel: string;
  series: Record<SeriesKind, string>;
  model: Record<'jail_enforcement' | 'warrant_service_officer' | 'task_force', string>;
  people: string;
  peopleUnavailable: string;
  title(kind: SeriesKind, people: boolean): string;
  unit(kind: SeriesKind, people: boolean, n: string): string;
  peopleNote(total: string): string;
  countNote(kind: SeriesKind, lastDay: string): string;
  keysHelp: string;
  showTable: string;
  hideTable: string;
  downloadPng: string;
  downloadCsv: string;
  month: string;
  total: string;
  loading: string;
  error: string;
  retry: string;
  readout(month: string, items: string, total: string): string;
  credit: string;
}

const en: ChartStrings = {
  locale: 'en-US',
  controlsLabel: 'Chart options',
  seriesLabel: 'Count',
  series: { counties: 'Counties', states: 'States (own status)', agreements: '287(g) agreements' },
  model: { jail_enforcement: 'Jail enforcement', warrant_service_officer: 'Warrant service officer', task_force: 'Task force' },
  people: 'People (residents)',
  peopleUnavailable: '287(g) agreements are counted as agreements: an agency’s reach is not a population.',
  title: (kind, people) =>
    kind === 'agreements'
      ? '287(g) agreements in force, by model, each month'
      : people
        ? `People living in ${kind === 'counties' ? 'counties' : 'states'} under each policy toward ICE, each month`
        : `${kind === 'counties' ? 'Counties' : 'States'} by policy toward ICE, each month`,
  unit: (kind, people, n) => (people ? `${n} people` : kind === 'counties' ? `${n} counties` : kind === 'states' ? `${n} states` : `${n} agreements`),
  peopleNote: (total) =>
    `People: residents on July 1, 2024 (US Census Bureau, Vintage 2024), the same figure for every month — ${total} people in the 50 states and DC. Puerto Rico is not included (no figure in the file).`,
  countNote: (kind, lastDay) =>
    kind === 'agreements'
      ? `Agreements in force on the last day of each month, to ${lastDay}.`
      : `Status on the last day of each month, to ${lastDay}; includes Puerto Rico.`,
  keysHelp: '← → a month, Shift+← → a year, Home/End: the first or last month. Click a month to show it on the map.',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  downloadPng: 'Chart image (PNG)',
  downloadCsv: 'Chart data (CSV)',
  month: 'Month',
  total: 'Total',
  loading: 'Loading the chart…',
  error: 'The chart’s data could not be loaded.',
  retry: 'Retry',
  readout: (month, items, total) => `${month}: ${items}. Total ${total}.`,
  credit: 'ICE cooperation map · data: policy records with sources; population: US Census Bureau',
};

const es: ChartStrings = {
  locale: 'es-US',
  controlsLabel: 'Opciones del gráfico',
  seriesLabel: 'Contar',
  series: { counties: 'Condados', states: 'Estados (su propio estatus)', agreements: 'Acuerdos 287(g)' },
  model: { jail_enforcement: 'Cárceles', warrant_service_officer: 'Oficial de órdenes de arresto', task_force: 'Grupo de trabajo' },
  people: 'Personas (residentes)',
  peopleUnavailable: 'Los acuerdos 287(g) se cuentan como acuerdos: el alcance de una agencia no es una población.',
  title: (kind, people) =>
    kind === 'agreements'
      ? 'Acuerdos 287(g) vigentes, por modelo, cada mes'
      : people
        ? `Personas que viven en ${kind === 'counties' ? 'condados' : 'estados'} con cada política hacia ICE, cada mes`
        : `${kind === 'counties' ? 'Condados' : 'Estados'} según su política hacia ICE, cada mes`,
  unit: (kind, people, n) => (people ? `${n} personas` : kind === 'counties' ? `${n} condados` : kind === 'states' ? `${n} estados` : `${n} acuerdos`),
  peopleNote: (total) =>
    `Personas: residentes al 1 de julio de 2024 (Oficina del Censo, estimaciones de 2024), la misma cifra para cada mes — ${total} personas en los 50 estados y DC. Puerto Rico no está incluido (no figura en el archivo).`,
  countNote: (kind, lastDay) =>
    kind === 'agreements'
      ? `Acuerdos vigentes el último día de cada mes, hasta el ${lastDay}.`
      : `Estatus el último día de cada mes, hasta el ${lastDay}; incluye Puerto Rico.`,
  keysHelp: '← → un mes, Mayús+← → un año, Inicio/Fin: el primer o el último mes. Haga clic en un mes para verlo en el mapa.',
  showTable: 'Ver como tabla',
  hideTable: 'Ocultar la tabla',
  downloadPng: 'Imagen del gráfico (PNG)',
  downloadCsv: 'Datos del gráfico (CSV)',
  month: 'Mes',
  total: 'Total',
  loading: 'Cargando el gráfico…',
  error: 'No se pudieron cargar los datos del gráfico.',
  retry: 'Reintentar',
  readout: (month, items, total) => `${month}: ${items}. Total ${total}.`,
  credit: 'Mapa de cooperación con ICE · datos: registros de políticas con fuentes; población: Oficina del Censo de EE. UU.',
};

export function chartStringsFor(lang: Lang): ChartStrings {
  return lang === 'es' ? es : en;
}

/** A band's name: a category from the app's strings, or a 287(g) model. */
export function bandLabel(key: BandKey, strings: ChartStrings, category: Record<string, string>): string {
  return key in strings.model ? strings.model[key as keyof ChartStrings['model']] : category[key] ?? key;
}

export { formatPeople } from '../population/format';
