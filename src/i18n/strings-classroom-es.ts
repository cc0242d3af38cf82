/**
 * Spanish text of the classroom and newsroom features (./strings-classroom.ts holds the English
 * and the type). A file of its own so the browser loads it only when the page turns Spanish
 * (./spanish.ts).
 */
import type { ClassroomStrings } from './strings-classroom';

export const es: ClassroomStrings = {
  toolbarLabel: 'Compartir, presentar y descargar',
  about: 'Acerca de este mapa',
  present: 'Presentar',
  presentLabel: 'Modo presentación: pantalla completa, letra grande, control con el teclado',
  tour: 'Recorrido guiado',
  tourLabel: 'Iniciar el recorrido guiado por momentos clave',
  share: 'Compartir',
  shareLabel: 'Copiar un enlace a esta vista exacta',
  embed: 'Insertar',
  embedLabel: 'Obtener el código para insertar este mapa en una página web',
  download: 'Descargar',
  downloadLabel: 'Descargar la imagen del mapa o los datos',
  close: 'Cerrar',

  play: 'Reproducir',
  pause: 'Pausa',
  playLabel: 'Reproducir la línea de tiempo desde esta fecha',
  playFromStartLabel: 'Reproducir la línea de tiempo desde el principio',
  pauseLabel: 'Pausar la línea de tiempo',
  speed: 'Velocidad',
  speeds: { slow: 'Lenta (30 s)', normal: 'Normal (15 s)', fast: 'Rápida (8 s)' },
  reducedMotionNote: 'Movimiento reducido: avanza de año en año.',

  presentRegion: 'Controles de la presentación',
  exitPresent: 'Salir de la presentación',
  fullScreen: 'Pantalla completa',
  exitFullScreen: 'Salir de pantalla completa',
  presentKeys: '← → un año (Mayús: un mes) · Espacio reproducir/pausa · T recorrido · Esc salir',
  presentKeysTour: '← → o Espacio: paso anterior/siguiente · T o Esc: cerrar el recorrido',
  presentDate: 'Fecha que muestra el mapa',

  tourRegion: 'Recorrido guiado',
  tourStepOf: 'Paso {{n}} de {{total}}',
  tourPrevious: 'Anterior',
  tourNext: 'Siguiente',
  tourFinish: 'Terminar',
  tourClose: 'Cerrar el recorrido',
  tourLoading: 'Cargando el recorrido…',
  tourError: 'No se pudo cargar el recorrido.',
  tourRetry: 'Reintentar',
  tourSources: 'Fuentes',
  tourShownOn: 'El mapa muestra el {{date}}',

  shareCopied: 'Enlace copiado. Abre esta vista exacta: fecha, selección, posición del mapa, capa e idioma.',
  shareManual: 'No se puede copiar automáticamente aquí. Seleccione el enlace y cópielo:',
  shareLinkLabel: 'Enlace a esta vista',

  embedTitle: 'Insertar este mapa',
  embedIntro:
    'Pegue este código en su página. Muestra el mapa, la línea de tiempo y la leyenda con la fecha, la selección, la posición, la capa y el idioma actuales, y una línea de crédito que enlaza al mapa completo.',
  embedResponsive: 'Ajustar la altura automáticamente a su contenido (recomendado)',
  embedResponsiveHelp:
    'Añade un pequeño script que fija la altura del marco según los mensajes de tamaño del propio mapa. Las páginas que ya usan pym.js o inserciones de Datawrapper lo ajustan sin el script.',
  embedHeight: 'Altura (píxeles)',
  embedWidth: 'Ancho de la columna de su página (píxeles)',
  embedMeasuring: 'Midiendo la altura del mapa con {{width}} px de ancho…',
  embedMeasured: 'Medido: el contenido mide {{height}} px de alto con {{width}} px de ancho. Sin el script, el marco conserva esta altura.',
  embedMeasureFailed: 'No se pudo medir la altura aquí; {{height}} px es una estimación.',
  embedWhichDate: 'Fecha que se muestra',
  recordClosed: 'Este registro termina: {{date}}; vea abajo por qué',
  embedThisDate: 'Esta fecha ({{date}}), siempre',
  embedLatest: 'Siempre los datos más recientes',
  embedCode: 'Código para pegar',
  embedCopy: 'Copiar el código',
  embedCopied: 'Código copiado.',
  embedPreview: 'Abrir la vista insertada por separado',
  embedFrameTitle: 'Mapa interactivo: cómo cooperan con ICE la policía y las cárceles de EE. UU., el {{date}}',
  embedFrameTitleLatest: 'Mapa interactivo: cómo cooperan con ICE la policía y las cárceles de EE. UU., datos más recientes',
  embedCredit: 'Policía, cárceles e ICE: quién coopera y desde cuándo',
  embedOpenFull: 'Abrir el mapa completo',
  embedDataAsOf: 'Datos al {{date}}',

  downloadPng: 'Imagen del mapa (PNG)',
  downloadPngHelp: 'El mapa tal como se ve, con título, fecha, leyenda y créditos.',
  downloadRecordsCsv: 'Todos los registros con sus fuentes (CSV)',
  downloadStatusCsv: 'Situación de cada jurisdicción el {{date}} (CSV)',
  downloadStatusGeojson: 'Situación de cada jurisdicción el {{date}} (GeoJSON)',
  downloadPreparing: 'Preparando la descarga…',
  downloadDone: 'Descargado: {{file}}.',
  downloadFailed: 'No se pudo preparar la descarga. Inténtelo de nuevo.',
  downloadMapUnavailable: 'La imagen del mapa no está disponible: este navegador no pudo dibujar el mapa.',

  pngStatusOn: '{{level}} el {{date}}',
  pngLevel: { counties: 'Condados, ciudades y pueblos de EE. UU.', states: 'Estados de EE. UU.' },
  pngCredit:
    'Datos al {{asOf}}. Fuentes: leyes y políticas estatales y locales, listas 287(g) de ICE, listas del DHS y del DOJ. Límites: Oficina del Censo de EE. UU. Localidades: GeoNames (CC BY 4.0).',

  aboutTitle: 'Acerca de este mapa',
};
