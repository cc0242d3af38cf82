/**
 * Every user-visible string of the classroom and newsroom features (play, presentation mode,
 * guided tour, About panel, embed, share, downloads, exported credits), in English (Spanish in ./strings-classroom-es.ts).
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
  presentKeysTour: '← → previous/next step · Space play/pause · T close tour · Esc exit',
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
  embedHeight: 'Starting height (pixels)',
  embedCode: 'Code to paste',
  embedCopy: 'Copy code',
  embedCopied: 'Code copied.',
  embedPreview: 'Open the embedded view on its own',
  embedFrameTitle: 'Interactive map: how US police and jails cooperate with ICE, on {{date}}',
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
