/**
 * The About panel's text, in English and Spanish, beside the panel rather than in ./i18n's
 * classroom strings: only the About dialog (a chunk loaded when it first opens) needs these long
 * paragraphs, so the first load does not carry them. `es` is typed from `en`: a missing key does
 * not compile. The dialog's title and close label stay in the classroom strings (the toolbar shows them).
 */
import type { Lang } from '../domain/lang';

const en = {
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

export type AboutText = typeof en;

const es: AboutText = {
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

export const ABOUT_TEXT: Readonly<Record<Lang, AboutText>> = { en, es };
