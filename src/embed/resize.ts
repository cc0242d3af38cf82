/**
 * The embedded page tells its host how tall its content is, so the host can size the iframe:
 *
 * - pym.js (NPR's library, used by many CMSs): the host's `new pym.Parent(id, url)` adds
 *   `?initialWidth=…&childId=<id>` to the frame URL and listens for string messages
 *   `pymxPYMx<id>xPYMxheightxPYMx<px>` (`_makeMessage` in pym.js: ['pym', id, type, message]
 *   joined with 'xPYMx'). It also sends `pymxPYMx<id>xPYMxwidthxPYMx<px>` to the child, which
 *   answers with its height.
 * - Datawrapper's embed script: `{"datawrapper-height": {"<chartId>": <px>}}`, matched to the frame
 *   by message source, so the key only needs to be stable.
 *
 * Only sizes are ever sent (to `*`: a height is not a secret and the host is unknown), and the
 * page ignores every incoming message except pym's width message from its own parent.
 */

const PYM_DELIMITER = 'xPYMx';
/** The Datawrapper key when pym gave no childId. */
export const DEFAULT_CHART_ID = 'ice-cooperation-map';

export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(PYM_DELIMITER);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The type and payload of a pym message addressed to `id`, or undefined. */
export function parsePymMessage(data: unknown, id: string): { type: string; message: string } | undefined {
  if (typeof data !== 'string') return undefined;
  const d = PYM_DELIMITER;
  const match = new RegExp(`^pym${d}${escapeRegExp(id)}${d}(\\S+?)${d}(.*)$`).exec(data);
  return match ? { type: match[1]!, message: match[2]! } : undefined;
}

export function datawrapperHeightMessage(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: height } };
}

export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export class EmbedSizeReporter {
  /** pym's childId, when a pym Parent made the frame. */
  readonly pymId: string | undefined;
  readonly chartId: string;
  private lastHeight: number | undefined;

  constructor(
    private readonly parent: MessageTarget,
    params: URLSearchParams,
    private readonly measure: () => number,
  ) {
    const childId = params.get('childId')?.trim();
    this.pymId = childId !== undefined && /^[\w-]{1,100}$/.test(childId) ? childId : undefined;
    this.chartId = this.pymId ?? DEFAULT_CHART_ID;
  }

  /** Sends the content height if it changed (or always, with `force`); returns it. */
  report(force = false): number {
    const height = Math.max(0, Math.ceil(this.measure()));
    if (!force && height === this.lastHeight) return height;
    this.lastHeight = height;
    if (this.pymId !== undefined) this.parent.postMessage(pymMessage(this.pymId, 'height', String(height)), '*');
    this.parent.postMessage(datawrapperHeightMessage(this.chartId, height), '*');
    return height;
  }

  /** Handles pym's width message from the parent (answering with the height); ignores anything else. */
  handleMessage(event: { data: unknown; source: unknown }): boolean {
    if (this.pymId === undefined || event.source !== this.parent) return false;
    const message = parsePymMessage(event.data, this.pymId);
    if (message === undefined || message.type !== 'width' || !/^\d+$/.test(message.message)) return false;
    this.report(true);
    return true;
  }
}

/** The height of the page's content, as pym measures it (the body's layout height). */
export function contentHeight(doc: Document = document): number {
  const body = doc.body;
  const style = doc.defaultView?.getComputedStyle(body);
  const margins = style ? (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0) : 0;
  return body.getBoundingClientRect().height + margins;
}

/**
 * Starts reporting when the page runs inside a frame: on load, whenever the content resizes, and
 * in answer to pym's width messages. Returns a stop function (a no-op outside a frame).
 */
export function startEmbedReporting(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const reporter = new EmbedSizeReporter(win.parent, new URLSearchParams(win.location.search), () => contentHeight(win.document));
  let frame = 0;
  const schedule = () => {
    if (frame !== 0) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      reporter.report();
    });
  };
  const onMessage = (event: MessageEvent) => {
    reporter.handleMessage(event);
  };
  win.addEventListener('message', onMessage);
  win.addEventListener('load', schedule);
  win.addEventListener('resize', schedule);
  // The frame's own ResizeObserver (typed on globalThis, not Window).
  const Observer = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  const observer = typeof Observer === 'function' ? new Observer(schedule) : undefined;
  observer?.observe(win.document.body);
  reporter.report(true);
  return () => {
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', schedule);
    win.removeEventListener('resize', schedule);
    observer?.disconnect();
    if (frame !== 0) win.cancelAnimationFrame(frame);
  };
}
