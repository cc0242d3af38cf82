/**
 * The user-visible strings of the classroom and newsroom features that the first screen shows
 * (toolbar, play, share, the embed credit, download progress), in English (Spanish in
 * ./strings-classroom-es.ts); those of presentation mode, the tour, the embed and About dialogs,
 * download items and the exported image are in ./strings-classroom-late.ts, loaded with them.
 * Reached as `strings.classroom` (./strings.ts; ./classroomStrings.ts adds the late ones); `{{name}}` placeholders are filled with
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

  // Share
  shareCopied: 'Link copied. It opens this exact view: date, selection, map position, layer and language.',
  shareManual: 'Copying is not available here. Select the link and copy it:',
  shareLinkLabel: 'Link to this view',

  // Embed
  embedCredit: 'Police, jails and ICE: who cooperates, and since when',
  embedOpenFull: 'Open the full map',
  embedDataAsOf: 'Data as of {{date}}',

  // Downloads
  downloadPreparing: 'Preparing the download…',
  downloadDone: 'Downloaded {{file}}.',
};

export type ClassroomStrings = typeof en;
