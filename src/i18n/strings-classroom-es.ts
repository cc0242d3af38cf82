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
  presentKeysTour: '← → paso anterior/siguiente · Espacio reproducir/pausa · T cerrar recorrido · Esc salir',
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
  embedHeight: 'Altura inicial (píxeles)',
  embedCode: 'Código para pegar',
  embedCopy: 'Copiar el código',
  embedCopied: 'Código copiado.',
  embedPreview: 'Abrir la vista insertada por separado',
  embedFrameTitle: 'Mapa interactivo: cómo cooperan con ICE la policía y las cárceles de EE. UU., el {{date}}',
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
  aboutIntro:
    'Este mapa muestra cómo la policía y las cárceles de cada estado, condado y ciudad registrada de Estados Unidos cooperan con el control federal de inmigración (ICE) en cualquier fecha desde 1979. Cada color proviene de una ley, un fallo judicial, una política o un acuerdo de los datos, y cada registro enlaza con los documentos en que se basa.',
  aboutTermsHeading: 'Términos clave',
  about287gHeading: 'Acuerdos 287(g)',
  about287g:
    'La sección 287(g) de la Ley de Inmigración y Nacionalidad, añadida en 1996, permite a ICE firmar acuerdos con agencias policiales estatales y locales por los que agentes designados, capacitados y supervisados por ICE, asumen algunas funciones de control migratorio. Hay tres modelos: control en cárceles (los agentes identifican y tramitan a los no ciudadanos deportables que ingresan en una cárcel), agentes de ejecución de órdenes (el personal de la cárcel ejecuta órdenes administrativas de ICE; creado en 2019) y grupos operativos (los agentes aplican la ley de inmigración en su trabajo policial diario). ICE describe el programa como un multiplicador de fuerzas; un estudio de 2011 concluyó que cerca de la mitad de la actividad 287(g) afectaba a personas detenidas por faltas leves e infracciones de tráfico.',
  aboutDetainerHeading: 'Órdenes de retención (detainers)',
  aboutDetainer:
    'Una orden de retención o detainer (formulario I-247A desde abril de 2017) es la solicitud de ICE para que una cárcel le avise antes de poner en libertad a una persona y la retenga hasta 48 horas más de lo que correspondería, para que ICE pueda hacerse cargo de ella. Es una solicitud administrativa de un agente de inmigración, no una orden firmada por un juez. En 2014 un tribunal federal de Oregón resolvió que un condado violó la Cuarta Enmienda al retener a una mujer solo por una orden de retención; desde entonces algunas cárceles rechazan las órdenes de retención sin orden judicial, por el riesgo de demandas.',
  aboutSanctuaryHeading: 'Políticas «santuario»',
  aboutSanctuary:
    '«Santuario» no tiene una definición legal. La palabra se aplica a leyes y políticas estatales y locales que limitan la cooperación con el control federal de inmigración, como rechazar órdenes de retención, prohibir a los agentes preguntar por la situación migratoria, limitar la información que se comparte con ICE o impedir su acceso a las cárceles, y las organizaciones que cuentan jurisdicciones santuario usan criterios distintos. Este mapa evita la etiqueta y clasifica las políticas por lo que hacen, desde limitar la cooperación hasta exigirla o participar en el control migratorio.',
  aboutDebateHeading: 'El debate',
  aboutDebateIntro:
    'Si la policía y las cárceles locales deben ayudar a aplicar la ley federal de inmigración es una cuestión disputada. A continuación se resumen los principales argumentos de cada parte con las fuentes que los formulan; el mapa no toma partido.',
  aboutForHeading: 'Argumentos a favor de limitar la cooperación',
  aboutForTrust:
    'Muchos jefes de policía y alcaldes sostienen que la labor policial depende de la confianza: si los inmigrantes temen que el contacto con la policía pueda llevar a su deportación, víctimas y testigos callan y todos están menos seguros. En una encuesta de 2012 a latinos de cuatro grandes condados, el 44 % dijo que era menos probable que llamara a la policía si fuera víctima de un delito porque los agentes podrían preguntar por su situación migratoria (el 70 % entre quienes estaban en el país sin permiso).',
  aboutForEvidence:
    'Los partidarios también señalan límites legales, ya que las órdenes de retención son solicitudes y retener a personas por ellas sin orden judicial ha expuesto a los condados a demandas, y alcaldes y jefes de policía han argumentado que retirar fondos federales para forzar la cooperación podría ser inconstitucional. Citan estudios que comparan condados: un análisis de 2017 para el Center for American Progress informó de menos delitos donde se limitaba la cooperación, y un estudio revisado por pares publicado en PNAS en 2020 no encontró un efecto detectable sobre la delincuencia y sí menos deportaciones de personas sin condenas penales.',
  aboutAgainstHeading: 'Argumentos en contra de limitar la cooperación',
  aboutAgainstSafety:
    'ICE y los críticos de las políticas santuario sostienen que ponen en peligro la seguridad pública: cuando una cárcel rechaza una orden de retención, quedan en libertad personas a las que ICE quiere deportar, y algunas vuelven a ser detenidas por nuevos delitos. Citando un informe de ICE al Congreso, el Center for Immigration Studies contó 9295 de esas puestas en libertad en los nueve primeros meses de 2014, de las cuales 2320 personas volvieron a ser detenidas en ese período. ICE afirma que detener a las personas en las cárceles es más seguro para los agentes y el público que hacerlo en viviendas y lugares de trabajo.',
  aboutAgainstTrust:
    'Los críticos también cuestionan el argumento de la confianza: un análisis de 2021 del Center for Immigration Studies sobre la Encuesta Nacional de Victimización del Delito de 2017 a 2019 informó de que los delitos contra inmigrantes se denunciaban a la policía al menos con la misma frecuencia que los delitos contra personas nacidas en Estados Unidos.',
  aboutAgainstFederal:
    'Otro argumento se refiere a la autoridad federal: la inmigración es competencia federal, la ley federal (8 U.S.C. § 1373) prohíbe a los gobiernos estatales y locales restringir el intercambio de información sobre situación migratoria con las autoridades federales, y los críticos consideran que negarse a cooperar vulnera el Estado de derecho. El Departamento de Justicia advirtió a varias jurisdicciones de que podían perder subvenciones federales (varios tribunales declararon después ilegales esas condiciones) y en 2018 demandó a California, alegando que sus leyes obstaculizan el control federal en virtud de la cláusula de supremacía de la Constitución.',
  aboutMethodHeading: 'Cómo se hace el mapa',
  aboutMethodRecords:
    'Cada registro es una ley, un fallo judicial, una orden ejecutiva, una ordenanza, una política de una agencia o un acuerdo 287(g), con su jurisdicción, sus fechas, un resumen neutral, las fuentes consultadas y un nivel de confianza. Un registro cuenta desde su fecha de entrada en vigor hasta el día en que terminó; si solo se conoce el mes o el año, cuenta desde el primer día de ese mes o año. Los acuerdos 287(g) se fechan por su firma, porque ICE no publica su entrada en vigor.',
  aboutMethodPrecedence:
    'El color de un lugar en una fecha sigue un orden fijo: primero, un acuerdo 287(g) vigente de su propio sheriff, cárcel o departamento de policía; una ley estatal que exige cooperar prevalece sobre los límites locales; una ley estatal que limita la cooperación es un mínimo que las políticas locales solo pueden reforzar, y donde la política propia de un lugar limita tanto como la ley estatal, se acredita la política propia y se nombra la ley estatal a su lado; si no, rige su propia política. El gris («Sin política conocida») significa que nada de estos datos se aplica, no que el lugar coopere o deje de cooperar: muchos sheriffs deciden caso por caso sin una política escrita.',
  aboutMethodCoverage:
    'Las leyes estatales se investigaron una por una (43 estados y el Distrito de Columbia tienen un historial fechado). Las políticas de ciudades y condados abarcan Nueva York, Los Ángeles, Chicago, San Francisco, Las Vegas, Filadelfia, Denver, Seattle y el condado de King, el condado de Cook, el condado de Santa Clara, Washington D. C., Boston y todas las ciudades y condados de la lista de 2025 del Departamento de Justicia. Los acuerdos 287(g) provienen de las listas de agencias participantes de ICE (copias archivadas, 2021–2026) y de reconstrucciones de acuerdos anteriores. Las listas federales de 2025 son una capa aparte: marcas opcionales en el mapa y entradas en los paneles de detalles, nunca los colores.',
  aboutCreditsHeading: 'Créditos y licencias',
  aboutCredits: {
    census: 'Límites: geometría de condados y estados de la Oficina del Censo de EE. UU., mediante el paquete us-atlas (dominio público).',
    geonames: 'Ubicación de ciudades y pueblos: GeoNames, con licencia CC BY 4.0.',
    government: 'Las listas de agencias participantes en el 287(g) de ICE, la lista del DHS del 29 de mayo de 2025 y la del Departamento de Justicia del 5 de agosto de 2025 son obras del gobierno de EE. UU. (dominio público).',
    washingtonPost: 'Los acuerdos 287(g) de sheriffs de 2005 a 2019 derivan en parte de los datos de The Washington Post para «Under Trump, ICE aggressively recruited sheriffs as partners to question and detain undocumented immigrants» (github.com/wpinvestigative/sheriffs_287g), con licencia CC BY-NC-SA 4.0: hay que citar a The Washington Post, solo uso no comercial y las adaptaciones se comparten con la misma licencia.',
    deportationData: 'Historial del 287(g) anterior a 2018: reconstrucción del Deportation Data Project (deportationdata/ice-287g).',
    maplibre: 'Mapa dibujado con MapLibre GL JS.',
  },
  aboutAsOf: 'Datos al {{date}}.',
  aboutSourcesLabel: 'Fuentes:',
  aboutReferences: 'Fuentes citadas en esta página',
};
