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
};

export type ClassroomStrings = typeof en;
