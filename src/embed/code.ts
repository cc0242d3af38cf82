/**
 * The code a newsroom pastes to embed the map: an <iframe> of the current view with `embed=1`
 * (map, timeline, legend and a credit line only), a title for screen readers, full width and a
 * starting height; optionally followed by a tiny listener that resizes the frame from the
 * `datawrapper-height` messages the embedded page sends (see resize.ts). Pages that already run
 * pym.js (`new pym.Parent(…)`) or Datawrapper's embed script resize it without that listener.
 */

export interface EmbedOptions {
  /** The embed URL (viewUrl with embed on). */
  url: string;
  /** The iframe's title attribute. */
  title: string;
  height: number;
  /** Add the resize listener (and turn scrolling off: the frame grows to fit instead). */
  responsive: boolean;
}

/** Heights a reader may choose: from a phone-sized frame to a tall one. */
const MIN_EMBED_HEIGHT = 320;
const MAX_EMBED_HEIGHT = 2000;

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return suggestedEmbedHeight();
  return Math.round(Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, height)));
}

/** Column widths a reader may give for measuring (a phone's to a wide page's). */
export const MIN_COLUMN_WIDTH = 300;
export const MAX_COLUMN_WIDTH = 1600;
export const DEFAULT_COLUMN_WIDTH = 600;

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_COLUMN_WIDTH;
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

/** The address with `date` in it even when it is today's (which links otherwise leave out). */
export function withDate(url: string, date: string): string {
  const hash = url.indexOf('#');
  const head = hash === -1 ? url : url.slice(0, hash);
  const tail = hash === -1 ? '' : url.slice(hash);
  const query = head.indexOf('?');
  if (new URLSearchParams(query === -1 ? '' : head.slice(query + 1)).has('date')) return url;
  return `${head}${query === -1 ? '?' : '&'}date=${encodeURIComponent(date)}${tail}`;
}

/**
 * An estimate for a frame `width` CSS pixels wide, used until (or where) the dialog cannot measure
 * it: the embed's map is 62% as tall as it is wide (within limits, see src/embed/embed.css), and the
 * legend, lists switch, timeline and credit take more height as a narrow column wraps them.
 * Calibrated on the build in Chromium (content heights measured: 894 px at 360 px wide, 924 at 600,
 * 987 at 900, 963 at 1200), with a margin, so the estimate errs on the tall side.
 */
export function suggestedEmbedHeight(width = DEFAULT_COLUMN_WIDTH): number {
  const map = Math.min(560, Math.max(240, width * 0.62));
  const controls = Math.max(420, 780 - 0.36 * width);
  return Math.round(map + controls + 24);
}

/**
 * Resizes iframes from `{"datawrapper-height": {"<id>": <px>}}` messages, matching the frame by
 * the message's source window (the same contract as Datawrapper's own embed script).
 */
export const RESIZE_SCRIPT =
  '<script>window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];' +
  'if(!d||typeof d!=="object")return;var f=document.querySelectorAll("iframe");for(var k in d){var h=+d[k];' +
  'if(!(h>0&&h<20000))continue;for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=h+"px"}});</script>';

export function embedCode({ url, title, height, responsive }: EmbedOptions): string {
  const attributes = [
    `title="${escapeAttribute(title)}"`,
    `src="${escapeAttribute(url)}"`,
    'width="100%"',
    `height="${clampHeight(height)}"`,
    'style="width:100%;min-width:300px;border:0;"',
    'loading="lazy"',
    'allow="clipboard-write; fullscreen"',
    ...(responsive ? ['scrolling="no"'] : []),
  ];
  const frame = `<iframe ${attributes.join(' ')}></iframe>`;
  return responsive ? `${frame}\n${RESIZE_SCRIPT}` : frame;
}
