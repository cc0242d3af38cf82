/**
 * The static pages' words, English and Spanish. Category and kind names are read from the app's
 * plain string tables (src/i18n/en.ts, es.ts), not through its i18n runtime.
 */
import type { Category } from '../../../src/domain/categories';
import type { MapLevel } from '../../../src/domain/dataset';
import type { DatePrecision } from '../../../src/domain/dates';
import type { Kind, Model287g } from '../../../src/domain/schema';
// The category names, their help and the kinds of record are the app's own (one text for the map and the static pages).
import { en as enText } from '../../../src/i18n/en';
import { es as esText } from '../../../src/i18n/es';
import { en as enPanel } from '../../../src/i18n/panel-en';
import { es as esPanel } from '../../../src/i18n/panel-es';

export type SiteLang = 'en' | 'es';
export const SITE_LANGS: readonly SiteLang[] = ['en', 'es'];

export interface Words {
  locale: string;
  languageName: string;
  siteTitle: string;
  siteDescription: string;
  category: Record<Category, string>;
  categoryHelp: Record<Category, string>;
  level: Record<MapLevel, string>;
  kind: Record<Kind, string>;
  models: Record<Model287g, string>;
  pageTitle(name: string): string;
  pageDescription(name: string, status: string, records: number, asOf: string): string;
  statusToday(asOf: string): string;
  history: string;
  /** `day` is already formatted; `precision` picks the preposition (Spanish: "el" before a day only). */
  historyBefore(day: string, label: string, precision: DatePrecision): string;
  historyFrom(day: string, label: string, precision: DatePrecision): string;
  historyAlways(label: string): string;
  records: string;
  noRecords: string;
  stateRecords(state: string): string;
  federalLists: string;
  noFederalLists: string;
  namedAs(name: string): string;
  listPublished(publisher: string, day: string): string;
  listWithdrawn(day: string): string;
  listRemoved(day: string): string;
  placesInside: string;
  counties: string;
  places: string;
  openMap: string;
  statePage(state: string): string;
  allStates: string;
  changes: string;
  downloads: string;
  downloadRecords: string;
  downloadGeojson: string;
  voted: string;
  signed: string;
  effective: string;
  ended: string;
  agency: string;
  model: string;
  confidence: string;
  confidenceValue: Record<'high' | 'medium' | 'low', string>;
  notes: string;
  sources: string;
  published(day: string, precision: DatePrecision): string;
  inEnglish: string;
  dataAsOf(day: string): string;
  credit: string;
  legendTitle(date: string): string;
  posterCaption(date: string): string;
  noScript: string;
  interactive: string;
  otherLanguage: string;
}

const en: Words = {
  locale: 'en-US',
  languageName: 'English',
  siteTitle: 'Police, jails and ICE: who cooperates, and since when',
  siteDescription:
    'How every US state, county and city limits or joins federal immigration enforcement (ICE), from 1979 to today, with every fact sourced.',
  category: enText.category,
  categoryHelp: enText.categoryHelp,
  level: { state: 'State', county: 'County', place: 'City or town' },
  kind: enPanel.kind,
  models: { jail_enforcement: 'Jail enforcement', task_force: 'Task force', warrant_service_officer: 'Warrant service officer' },
  pageTitle: (name) => `${name}: cooperation with ICE, status and sources`,
  pageDescription: (name, status, records, asOf) =>
    `${name} as of ${asOf}: ${status}. ${records === 0 ? 'No policy records' : records === 1 ? 'One policy record' : `${records} policy records`} with citations and sources, and its history since 1979.`,
  statusToday: (day) => `Status today (${day})`,
  history: 'History',
  historyBefore: (day, label) => `Until ${day}: ${label}.`,
  historyFrom: (day, label) => `From ${day}: ${label}.`,
  historyAlways: (label) => `Since 1979: ${label}.`,
  records: 'Records',
  noRecords: 'No law, policy or agreement of its own on record.',
  stateRecords: (state) => `State laws and policies of ${state} that apply here`,
  federalLists: 'Federal “sanctuary jurisdiction” lists',
  noFederalLists: 'Not named on a federal list.',
  namedAs: (name) => `Named as “${name}”`,
  listPublished: (publisher, day) => `${publisher}, ${day}`,
  listWithdrawn: (day) => `Withdrawn ${day}`,
  listRemoved: (day) => `Taken off the list on ${day}`,
  placesInside: 'Cities and agencies inside with records',
  counties: 'Counties',
  places: 'Cities and towns',
  openMap: 'Open it on the interactive map',
  statePage: (state) => `${state}: state page`,
  allStates: 'All states',
  changes: 'Latest changes',
  downloads: 'Data downloads',
  downloadRecords: 'Every record (CSV)',
  downloadGeojson: 'Every jurisdiction with its status history (GeoJSON)',
  voted: 'Voted',
  signed: 'Signed',
  effective: 'In force from',
  ended: 'Ended',
  agency: 'Agency',
  model: 'Model',
  confidence: 'Confidence',
  confidenceValue: { high: 'high', medium: 'medium', low: 'low' },
  notes: 'Notes',
  sources: 'Sources',
  published: (day) => `published ${day}`,
  inEnglish: '',
  dataAsOf: (day) => `Data as of ${day}.`,
  credit: 'Sources: state laws, local policies, court rulings and ICE’s 287(g) lists, each cited on its record.',
  legendTitle: (date) => `Counties on ${date}`,
  posterCaption: (date) => `Map of US counties coloured by how they cooperate with ICE on ${date}.`,
  noScript: 'The interactive map needs JavaScript. The picture, the counts and the pages below work without it.',
  interactive: 'Interactive map',
  otherLanguage: 'Español',
};

const es: Words = {
  locale: 'es-US',
  languageName: 'Español',
  siteTitle: 'Policía, cárceles e ICE: quién coopera y desde cuándo',
  siteDescription:
    'Cómo cada estado, condado y ciudad de EE. UU. limita o se suma al control migratorio federal (ICE), de 1979 a hoy, con fuentes para cada dato.',
  category: esText.category,
  categoryHelp: esText.categoryHelp,
  level: { state: 'Estado', county: 'Condado', place: 'Ciudad o pueblo' },
  kind: esPanel.kind,
  models: { jail_enforcement: 'Control en la cárcel', task_force: 'Grupo operativo', warrant_service_officer: 'Agente de ejecución de órdenes' },
  pageTitle: (name) => `${name}: cooperación con ICE, situación y fuentes`,
  pageDescription: (name, status, records, asOf) =>
    `${name} al ${asOf}: ${status}. ${records === 0 ? 'Ningún registro de políticas' : records === 1 ? 'Un registro de políticas' : `${records} registros de políticas`} con citas y fuentes, y su historia desde 1979.`,
  statusToday: (day) => `Situación hoy (${day})`,
  history: 'Historia',
  historyBefore: (day, label, precision) => `Hasta ${precision === 'day' ? 'el ' : ''}${day}: ${label}.`,
  historyFrom: (day, label, precision) => `Desde ${precision === 'day' ? 'el ' : ''}${day}: ${label}.`,
  historyAlways: (label) => `Desde 1979: ${label}.`,
  records: 'Registros',
  noRecords: 'No consta ninguna ley, política ni acuerdo propio.',
  stateRecords: (state) => `Leyes y políticas estatales de ${state} que se aplican aquí`,
  federalLists: 'Listas federales de “jurisdicciones santuario”',
  noFederalLists: 'No figura en ninguna lista federal.',
  namedAs: (name) => `Mencionado como “${name}”`,
  listPublished: (publisher, day) => `${publisher}, ${day}`,
  listWithdrawn: (day) => `Retirada el ${day}`,
  listRemoved: (day) => `Retirado de la lista el ${day}`,
  placesInside: 'Ciudades y agencias con registros',
  counties: 'Condados',
  places: 'Ciudades y pueblos',
  openMap: 'Verlo en el mapa interactivo',
  statePage: (state) => `${state}: página del estado`,
  allStates: 'Todos los estados',
  changes: 'Últimos cambios',
  downloads: 'Descargas de datos',
  downloadRecords: 'Todos los registros (CSV)',
  downloadGeojson: 'Todas las jurisdicciones con su historia (GeoJSON)',
  voted: 'Votado',
  signed: 'Firmado',
  effective: 'Vigente desde',
  ended: 'Terminó',
  agency: 'Agencia',
  model: 'Modelo',
  confidence: 'Confianza',
  confidenceValue: { high: 'alta', medium: 'media', low: 'baja' },
  notes: 'Notas',
  sources: 'Fuentes',
  published: (day, precision) => `publicado ${precision === 'day' ? 'el' : 'en'} ${day}`,
  inEnglish: '(en inglés)',
  dataAsOf: (day) => `Datos al ${day}.`,
  credit: 'Fuentes: leyes estatales, políticas locales, fallos judiciales y las listas 287(g) de ICE, citadas en cada registro.',
  legendTitle: (date) => `Condados el ${date}`,
  posterCaption: (date) => `Mapa de los condados de EE. UU. coloreados según cómo cooperan con ICE el ${date}.`,
  noScript: 'El mapa interactivo necesita JavaScript. La imagen, los recuentos y las páginas de abajo funcionan sin él.',
  interactive: 'Mapa interactivo',
  otherLanguage: 'English',
};

export const WORDS: Record<SiteLang, Words> = { en, es };
