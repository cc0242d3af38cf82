/**
 * English text of the classroom features that are chunks of their own: presentation mode, the
 * guided tour, the embed and About dialogs, the download items and the exported image (same
 * conventions as ./strings-classroom.ts; Spanish in ./strings-classroom-late-es.ts). Only those
 * features import it, through ./classroomStrings.ts, so it is not part of the first load.
 */
export const en = {
  presentRegion: 'Presentation controls',
  exitPresent: 'Exit presentation',
  fullScreen: 'Full screen',
  exitFullScreen: 'Leave full screen',
  presentKeys: '← → a year (Shift: a month) · Space play/pause · T tour · Esc exit',
  presentKeysTour: '← → or Space: previous/next step · T or Esc: close the tour',
  presentDate: 'Date shown on the map',
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
  embedThisDate: 'This date ({{date}}), always',
  embedLatest: 'Always the latest data',
  embedCode: 'Code to paste',
  embedCopy: 'Copy code',
  embedCopied: 'Code copied.',
  embedPreview: 'Open the embedded view on its own',
  embedFrameTitle: 'Interactive map: how US police and jails cooperate with ICE, on {{date}}',
  embedFrameTitleLatest: 'Interactive map: how US police and jails cooperate with ICE, latest data',
  downloadPng: 'Map image (PNG)',
  downloadPngHelp: 'The map as shown, with title, date, legend and credit.',
  downloadRecordsCsv: 'All records with sources (CSV)',
  downloadStatusCsv: 'Every jurisdiction’s status on {{date}} (CSV)',
  downloadStatusGeojson: 'Every jurisdiction’s status on {{date}} (GeoJSON)',
  downloadFailed: 'The download could not be prepared. Please try again.',
  downloadMapUnavailable: 'The map image is not available: the map could not be drawn in this browser.',
  pngStatusOn: '{{level}} on {{date}}',
  pngLevel: { counties: 'US counties, cities and towns', states: 'US states' },
  pngCredit:
    'Data as of {{asOf}}. Sources: state and local laws and policies, ICE 287(g) lists, DHS and DOJ lists. Boundaries: US Census Bureau. Places: GeoNames (CC BY 4.0).',
  aboutTitle: 'About this map',
};

export type LateClassroomStrings = typeof en;
