/**
 * Every user-visible string of the classroom and newsroom features (play, presentation mode,
 * guided tour, About panel, embed, share, downloads, exported credits), in English and Spanish.
 * Reached as `strings.classroom` (./strings.ts); `{{name}}` placeholders are filled with
 * ./translate.ts `fill` from already-formatted values (dates through ./format.ts), so a
 * translation can reorder the words. `es` is typed from `en`: a missing key does not compile.
 *
 * Long About-panel paragraphs carry no citations themselves: src/about/AboutDialog.tsx pairs each
 * paragraph key with its source ids (data/sources/context.csv), which are the same in both
 * languages.
 */
export const en = {
  // Toolbar
  toolbarLabel: 'Share, present and download',
  about: 'About this map',
  present: 'Present',
  presentLabel: 'Presentation mode: full screen, large type, keyboard controls',
  tour: 'Guided tour',
  tourLabel: 'Start the guided tour through key moments',
  share: 'Share',
  shareLabel: 'Copy a link to this exact view',
  embed: 'Embed',
  embedLabel: 'Get code to embed this map in a web page',
  download: 'Download',
  downloadLabel: 'Download the map image or the data',
  close: 'Close',

  // Play
  play: 'Play',
  pause: 'Pause',
  playLabel: 'Play the timeline from this date',
  playFromStartLabel: 'Play the timeline from the beginning',
  pauseLabel: 'Pause the timeline',
  speed: 'Speed',
  speeds: { slow: 'Slow (30 s)', normal: 'Normal (15 s)', fast: 'Fast (8 s)' },
  reducedMotionNote: 'Reduced motion: plays a year at a time.',

  // Presentation mode
  presentRegion: 'Presentation controls',
  exitPresent: 'Exit presentation',
  fullScreen: 'Full screen',
  exitFullScreen: 'Leave full screen',
  presentKeys: '← → a year (Shift: a month) · Space play/pause · T tour · Esc exit',
  presentKeysTour: '← → or Space: previous/next step · T or Esc: close the tour',
  presentDate: 'Date shown on the map',

  // Guided tour
  tourRegion: 'Guided tour',
  tourStepOf: 'Step {{n}} of {{total}}',
  tourPrevious: 'Previous',
  tourNext: 'Next',
  tourFinish: 'Finish',
  tourClose: 'Close the tour',
  tourLoading: 'Loading the tour…',
  tourError: 'The tour could not be loaded.',
  tourRetry: 'Try again',
  tourSources: 'Sources',
  tourShownOn: 'Map shows {{date}}',

  // Share
  shareCopied: 'Link copied. It opens this exact view: date, selection, map position, layer and language.',
  shareManual: 'Copying is not available here. Select the link and copy it:',
  shareLinkLabel: 'Link to this view',

  // Embed
  embedTitle: 'Embed this map',
  embedIntro:
    'Paste this code into your page. It shows the map, timeline and legend at the current date, selection, position, layer and language, with a credit line linking to the full map.',
  embedResponsive: 'Resize automatically to fit its content (recommended)',
  embedResponsiveHelp:
    'Adds a small script that sets the frame’s height from the map’s own size messages. Pages that already use pym.js or Datawrapper embeds resize it without the script.',
  embedHeight: 'Height (pixels)',
  embedWidth: 'Width of your page’s column (pixels)',
  embedMeasuring: 'Measuring the map’s height at {{width}} px wide…',
  embedMeasured: 'Measured: the content is {{height}} px tall at {{width}} px wide. Without the script, the frame keeps this height.',
  embedMeasureFailed: 'The height could not be measured here; {{height}} px is an estimate.',
  embedWhichDate: 'Date shown',
  recordClosed: 'This record ends {{date}}: see why below',
  embedThisDate: 'This date ({{date}}), always',
  embedLatest: 'Always the latest data',
  embedCode: 'Code to paste',
  embedCopy: 'Copy code',
  embedCopied: 'Code copied.',
  embedPreview: 'Open the embedded view on its own',
  embedFrameTitle: 'Interactive map: how US police and jails cooperate with ICE, on {{date}}',
  embedFrameTitleLatest: 'Interactive map: how US police and jails cooperate with ICE, latest data',
  embedCredit: 'Police, jails and ICE: who cooperates, and since when',
  embedOpenFull: 'Open the full map',
  embedDataAsOf: 'Data as of {{date}}',

  // Downloads
  downloadPng: 'Map image (PNG)',
  downloadPngHelp: 'The map as shown, with title, date, legend and credit.',
  downloadRecordsCsv: 'All records with sources (CSV)',
  downloadStatusCsv: 'Every jurisdiction’s status on {{date}} (CSV)',
  downloadStatusGeojson: 'Every jurisdiction’s status on {{date}} (GeoJSON)',
  downloadPreparing: 'Preparing the download…',
  downloadDone: 'Downloaded {{file}}.',
  downloadFailed: 'The download could not be prepared. Please try again.',
  downloadMapUnavailable: 'The map image is not available: the map could not be drawn in this browser.',

  // Exported image
  pngStatusOn: '{{level}} on {{date}}',
  pngLevel: { counties: 'US counties, cities and towns', states: 'US states' },
  pngCredit:
    'Data as of {{asOf}}. Sources: state and local laws and policies, ICE 287(g) lists, DHS and DOJ lists. Boundaries: US Census Bureau. Places: GeoNames (CC BY 4.0).',

  // About panel
  aboutTitle: 'About this map',
  aboutIntro:
    'This map shows how the police and jails of every US state, county and recorded city cooperate with federal immigration enforcement (ICE) on any date since 1979. Each colour comes from a law, court ruling, policy or agreement in the data, and every record links to the documents it is based on.',
  aboutTermsHeading: 'Key terms',
  about287gHeading: '287(g) agreements',
  about287g:
    'Section 287(g) of the Immigration and Nationality Act, added in 1996, lets ICE sign agreements with state and local law enforcement agencies under which designated officers, trained and supervised by ICE, carry out some immigration enforcement functions. There are three models: jail enforcement (officers identify and process removable noncitizens booked into a jail), warrant service officers (jail officers serve ICE administrative warrants; created in 2019) and task forces (officers enforce immigration law during routine policing). ICE describes the program as a force multiplier; a 2011 study found that about half of 287(g) activity involved people arrested for misdemeanors and traffic offences.',
  aboutDetainerHeading: 'Detainers',
  aboutDetainer:
    'A detainer (Form I-247A since April 2017) is ICE’s request that a jail notify ICE before releasing a person and keep the person for up to 48 hours beyond the time they would otherwise be released, so that ICE can take custody. It is an administrative request from an immigration officer, not a warrant signed by a judge. In 2014 a federal court in Oregon held that a county violated the Fourth Amendment by holding a woman solely on a detainer; some jails have since declined detainers without a judicial warrant, citing the risk of lawsuits.',
  aboutSanctuaryHeading: '“Sanctuary” policies',
  aboutSanctuary:
    '“Sanctuary” has no legal definition. The word is applied to state and local laws and policies that limit cooperation with federal immigration enforcement, such as declining detainers, barring officers from asking about immigration status, limiting the information shared with ICE or keeping ICE out of jails, and organisations that count sanctuary jurisdictions use different criteria. This map avoids the label and sorts policies by what they do, from limiting cooperation to requiring it or taking part in enforcement.',
  aboutDebateHeading: 'The debate',
  aboutDebateIntro:
    'Whether local police and jails should help enforce federal immigration law is contested. The main arguments on each side are summarised below with the sources that make them; the map itself takes no side.',
  aboutForHeading: 'Arguments made for limiting cooperation',
  aboutForTrust:
    'Many police chiefs and mayors argue that policing depends on trust: if immigrants fear that contact with the police can lead to deportation, victims and witnesses stay silent, and everyone is less safe. In a 2012 survey of Latinos in four large counties, 44% said they were less likely to contact the police if they were the victim of a crime because officers might ask about immigration status (70% of those in the country unlawfully).',
  aboutForEvidence:
    'Supporters also point to legal limits, since detainers are requests and holding people on them without a judge’s warrant has exposed counties to lawsuits, and mayors and police chiefs have argued that withholding federal funds to force cooperation may be unconstitutional. They cite studies comparing counties: a 2017 analysis for the Center for American Progress reported lower crime where cooperation was limited, and a 2020 peer-reviewed study in PNAS found no detectable effect on crime and fewer deportations of people with no criminal conviction.',
  aboutAgainstHeading: 'Arguments made against limiting cooperation',
  aboutAgainstSafety:
    'ICE and critics of sanctuary policies argue that they endanger public safety: when a jail declines a detainer, people ICE wants to deport are released, and some are arrested again for new crimes. Citing an ICE report to Congress, the Center for Immigration Studies counted 9,295 such releases in the first nine months of 2014, of whom 2,320 were arrested again within that period. ICE says arrests at jails are safer for officers and the public than arrests at homes and workplaces.',
  aboutAgainstTrust:
    'Critics also dispute the trust argument: a 2021 analysis by the Center for Immigration Studies of the federal National Crime Victimization Survey for 2017–2019 reported that crimes against immigrants were reported to the police at least as often as crimes against people born in the United States.',
  aboutAgainstFederal:
    'A further argument concerns federal authority: immigration is a federal responsibility, federal law (8 U.S.C. § 1373) bars state and local governments from restricting the sharing of immigration-status information with federal authorities, and critics describe refusing to cooperate as a breach of the rule of law. The Justice Department has warned jurisdictions that they could lose federal grants (several courts later found those grant conditions unlawful) and in 2018 sued California, arguing that its laws obstruct federal enforcement under the Constitution’s Supremacy Clause.',
  aboutMethodHeading: 'How the map is made',
  aboutMethodRecords:
    'Each record is one law, court ruling, executive order, ordinance, agency policy or 287(g) agreement, with its jurisdiction, dates, a neutral summary, the sources that were read and a confidence level. A record counts from its effective date until the day it ended; where only the month or year is known, it counts from the first day of that month or year. 287(g) agreements are dated by signing, because ICE does not publish effective dates.',
  aboutMethodPrecedence:
    'A place’s colour on a date follows a fixed order: an active 287(g) agreement of its own sheriff, jail or police department comes first; a state law requiring cooperation overrides local limits; a state law limiting cooperation is a floor that local policies can only strengthen, and where a place’s own policy limits as much as the state law, the place’s own policy is credited and the state law named beside it; otherwise its own policy applies. Grey (“No known policy”) means that nothing in this dataset applies, not that the place does or does not cooperate: many sheriffs decide case by case without a written policy.',
  aboutMethodCoverage:
    'State laws were researched one by one (43 states and DC have a dated history). City and county policies cover New York City, Los Angeles, Chicago, San Francisco, Las Vegas, Philadelphia, Denver, Seattle and King County, Cook County, Santa Clara County, Washington DC, Boston and every city and county on the Justice Department’s 2025 list. 287(g) agreements come from ICE’s participating-agency lists (archived copies, 2021–2026) and reconstructions of earlier agreements. The 2025 federal lists are a layer of their own: optional marks on the map and entries in the detail panels, never the colours.',
  aboutCreditsHeading: 'Credits and licences',
  aboutCredits: {
    census: 'Boundaries: US Census Bureau county and state geometry via the us-atlas package (public domain).',
    geonames: 'City and town locations: GeoNames, licensed CC BY 4.0.',
    government: 'ICE’s 287(g) participating-agency lists, the DHS list of May 29, 2025 and the Justice Department list of August 5, 2025 are US government works (public domain).',
    washingtonPost: 'Sheriffs’ 287(g) agreements 2005–2019 partly derive from The Washington Post’s data for “Under Trump, ICE aggressively recruited sheriffs as partners to question and detain undocumented immigrants” (github.com/wpinvestigative/sheriffs_287g), licensed CC BY-NC-SA 4.0: credit The Washington Post, non-commercial use only, adaptations shared under the same licence.',
    deportationData: 'Pre-2018 287(g) history: the Deportation Data Project’s reconstruction (deportationdata/ice-287g).',
    maplibre: 'Map drawn with MapLibre GL JS.',
  },
  aboutAsOf: 'Data as of {{date}}.',
  aboutSourcesLabel: 'Sources:',
  aboutReferences: 'Sources cited on this page',
};

export type ClassroomStrings = typeof en;

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
    'ICE y los críticos de las políticas santuario sostienen que ponen en peligro la seguridad pública: cuando una cárcel rechaza una orden de retención, quedan en libertad personas a las que ICE quiere deportar, y algunas vuelven a ser detenidas por nuevos delitos. Citando un informe de ICE al Congreso, el Center for Immigration Studies contó 9,295 de esas puestas en libertad en los nueve primeros meses de 2014, de las cuales 2,320 personas volvieron a ser detenidas en ese período. ICE afirma que detener a las personas en las cárceles es más seguro para los agentes y el público que hacerlo en viviendas y lugares de trabajo.',
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
