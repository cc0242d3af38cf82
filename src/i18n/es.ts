/**
 * Spanish interface text (US Spanish: dates and numbers are formatted with the es-US locale).
 * Same keys as en.ts; the type checker refuses a missing or extra key. Records, citations and
 * sources stay in English and are marked as such where they are shown (see InEnglish.tsx).
 */
import type { TranslationResource } from './en';

export const es: TranslationResource = {
  locale: 'es-US',
  languageName: 'Español',

  appTitle: 'Policía, cárceles e ICE: quién coopera y desde cuándo',
  appDek:
    'Cómo cada estado, condado y ciudad de EE. UU. limita o se suma a la aplicación federal de las leyes de inmigración, desde 1979 hasta hoy. ' +
    'Mueva la línea de tiempo a cualquier fecha; seleccione un lugar en el mapa para ver sus leyes, acuerdos y fuentes.',

  loading: 'Cargando los datos del mapa…',
  loadErrorTitle: 'No se pudieron cargar los datos del mapa',
  loadErrorBody:
    'Revise su conexión e inténtelo de nuevo. Si sigue pasando, puede que falten los archivos de datos en esta copia del sitio.',
  loadErrorDetail: 'Detalles: {{detail}}',
  retry: 'Reintentar',
  crashTitle: 'Algo salió mal al dibujar esta página',
  crashBody: 'Volver a cargar la página suele resolverlo. La fecha y la selección se guardan en la dirección.',
  reload: 'Volver a cargar la página',
  dataVersionMismatch: 'los archivos de datos son de la versión {{found}}; esta página espera la versión {{expected}}',
  httpError: '{{file}} respondió HTTP {{status}}',
  notJson: '{{file}} no es JSON válido',
  timeoutError: '{{file}} tardó demasiado en cargar (puede que la conexión se haya detenido)',
  networkError: 'No se pudo acceder a {{file}}',
  badShape: '{{file}} no tiene la estructura esperada',

  mapLabel:
    'Mapa de {{levels}} de EE. UU. coloreados según cómo cooperan con ICE el {{date}}. ' +
    'Seleccione una zona para ver sus detalles; la leyenda explica los colores.',
  mapCanvasLabel: 'Mapa interactivo. Arrastre o use las flechas para desplazarse, y las teclas más y menos para acercar o alejar.',
  mapUnavailable:
    'Este navegador no pudo dibujar el mapa (WebGL está desactivado o no disponible). La línea de tiempo, la leyenda y los detalles siguen funcionando.',
  mapUnavailableTable:
    'Este navegador no pudo dibujar el mapa (WebGL está desactivado o no disponible), así que los mismos datos se muestran en una tabla.',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  resetNorth: 'Restablecer la orientación del mapa',
  tooltipHint: 'Haga clic para ver los detalles',
  layerToggleLabel: 'Colorear el mapa por',
  layerCounties: 'Condados',
  layerStates: 'Estados',
  levelPlural: { counties: 'condados', states: 'estados' },

  category: {
    limits: 'Limita la cooperación',
    some_limits: 'Algunos límites',
    none: 'Sin política conocida',
    requires: 'Obligado a cooperar',
    participates: 'Participa en el control migratorio',
  },
  categoryHelp: {
    limits:
      'Leyes o políticas que prohíben casi toda ayuda a ICE, como cumplir órdenes de retención (detainers) o dar a ICE acceso a las cárceles.',
    some_limits: 'Políticas que restringen algunos tipos de ayuda, por ejemplo las órdenes de retención sin orden judicial.',
    none: 'No consta ninguna ley, política ni acuerdo en esta fecha.',
    requires: 'Una ley estatal obliga a la policía y las cárceles locales a cooperar y anula los límites locales.',
    participates: 'Su propia policía o cárcel tiene un acuerdo 287(g): sus agentes actúan como agentes de inmigración.',
  },

  legendTitle: 'Leyenda',
  legendCaption: 'Número de {{levels}} el {{date}}',
  legendPlaces: 'Los círculos marcan ciudades y pueblos con sus propias políticas o acuerdos.',
  legendHelpSummary: 'Qué significan los colores',
  legendSymbols:
    'Cada situación tiene también un símbolo para distinguirla sin color: signos menos para los límites, signos más para la cooperación y un punto para “sin política conocida”.',

  timelineLabel: 'Fecha que muestra el mapa',
  timelineReadout: 'Se muestra el {{date}}',
  timelineExactNote: 'día exacto del enlace',
  timelineEvents: 'Hechos federales',
  timelineEventsChoose: 'Ir a un hecho federal…',
  jumpToToday: 'Hoy',
  jumpToTodayLabel: 'Mostrar hoy',
  timelineKeysHelp:
    'Las flechas mueven un mes; Re Pág y Av Pág, un año; Inicio y Fin llevan a los extremos.',

  // Not plain "Estado": the table's state column is "Estado de EE. UU." and the two must differ.
  level: { state: 'Todo el estado', county: 'Condado', place: 'Ciudad o pueblo' },
  levelIn: '{{level}} en {{state}}',

  historySince: 'Desde el {{date}}',
  federalListPublished: '{{publisher}}, {{date}}',
  namedOnFederalList: 'Nombrado en una lista federal de “jurisdicciones santuario”',
  listsToggle: 'Marcar los lugares nombrados en una lista federal de “jurisdicciones santuario”',
  listsCount_one: '{{n}} jurisdicción nombrada en: {{lists}}.',
  listsCount_other: '{{n}} jurisdicciones nombradas en: {{lists}}.',
  listsNone: 'Ninguna lista federal estaba vigente el {{date}}.',
  listsKey: 'Rayas: un condado nombrado (o un estado, en la vista de estados). Contorno discontinuo: un estado nombrado. Anillo: una ciudad nombrada.',
  listsNote: 'La marca no cambia el color: las listas registran lo que dijo el gobierno federal, no la política propia del lugar.',
  inEnglish: '(en inglés)',

  searchLabel: 'Buscar un estado, condado, ciudad o agencia',
  searchPlaceholder: 'Nombre o código FIPS',
  searchHint:
    'Escriba un nombre o un código FIPS; use las flechas arriba y abajo para elegir y Intro para abrir.',
  searchResults_one: '{{n}} resultado.',
  searchResults_other: '{{n}} resultados.',
  searchNoResults: 'No hay resultados para “{{query}}”.',
  searchAgency: 'Agencia en {{place}}',
  searchFips: 'FIPS {{fips}}',
  searchAgenciesLoading: 'Los nombres de las agencias aún se están cargando.',
  searchClear: 'Borrar la búsqueda',

  viewTabsLabel: 'Ver como',
  viewMap: 'Mapa',
  viewTable: 'Tabla',
  viewChart: 'Gráfico',


  skipToMain: 'Saltar al contenido principal',
  languageLabel: 'Idioma',
  announceDate: 'Se muestra el {{date}}.',
  announceStateChanges_one: 'Cambió {{n}} estado: {{list}}.',
  announceStateChanges_other: 'Cambiaron {{n}} estados: {{list}}.',
  announceSelected: '{{name}}: {{status}} el {{date}}. Detalles abiertos.',
  announceClosed: 'Detalles cerrados.',
  announceViewMap: 'Vista de mapa.',
  announceViewTable: 'Vista de tabla.',
  announceViewChart: 'Vista de gráfico.',
  mapDescriptionTitle: 'Qué muestra el mapa',
  mapDescriptionCounts: 'El {{date}}, de {{total}} {{levels}}: {{list}}.',
  mapDescriptionCount: '{{category}} {{count}}',
  mapDescriptionChanges_one: 'Desde el {{date}} cambió {{n}} estado: {{list}}.',
  mapDescriptionChanges_other: 'Desde el {{date}} cambiaron {{n}} estados: {{list}}.',
  mapDescriptionNoStateChanges: 'Ningún estado cambió desde el {{date}}.',
  mapDescriptionCountyChanges_one: '{{n}} condado cambió de situación.',
  mapDescriptionCountyChanges_other: '{{n}} condados cambiaron de situación.',
  stateChange: '{{name}}, de «{{from}}» a «{{to}}»',
  listMore: 'y {{count}} más',

  dataAsOf: 'Datos al {{date}}.',
  dataAsOfLayers: 'Acuerdos 287(g) al {{agreements}} (la lista de ICE más reciente leída); leyes y políticas estatales y locales al {{research}} (última revisión).',
  peopleToggle: 'Personas (residentes)',
  footerChanges: 'Qué cambió',
  footerFeed: 'Canal Atom',
  footerPlaces: 'Cada lugar, en su página',
  credit:
    'Elaborado a partir de leyes estatales, ordenanzas y políticas locales, listas de acuerdos 287(g) de ICE y listas federales; cada registro enlaza a sus fuentes. Límites: Oficina del Censo de EE. UU.',
};
