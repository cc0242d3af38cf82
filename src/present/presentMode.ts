/**
 * Entering and leaving presentation mode (`?mode=present`): the store's `present` flag drives the
 * layout (src/present/present.css); full screen is requested through the Fullscreen API when the browser
 * allows it (it needs a click, so a `?mode=present` link opens as a full-viewport layout with a
 * "Full screen" button). Leaving full screen with the browser's own Escape leaves the mode too.
 */
import { useAppStore } from '../store/appStore';

let fullscreenByUs = false;

export function canFullscreen(doc: Document = document): boolean {
  return doc.fullscreenEnabled === true && typeof doc.documentElement.requestFullscreen === 'function';
}

export function isFullscreen(doc: Document = document): boolean {
  return doc.fullscreenElement != null;
}

export async function requestFullscreen(doc: Document = document): Promise<boolean> {
  if (!canFullscreen(doc) || isFullscreen(doc)) return false;
  try {
    await doc.documentElement.requestFullscreen({ navigationUI: 'hide' });
    fullscreenByUs = true;
    return true;
  } catch {
    // Not allowed here (an iframe without allowfullscreen, no user gesture): the layout still fills the window.
    return false;
  }
}

export async function leaveFullscreen(doc: Document = document): Promise<void> {
  fullscreenByUs = false;
  if (isFullscreen(doc) && typeof doc.exitFullscreen === 'function') await doc.exitFullscreen().catch(() => undefined);
}

export async function enterPresentation(options: { fullscreen?: boolean } = {}, doc: Document = document): Promise<void> {
  if (!useAppStore.getState().present) useAppStore.setState({ present: true });
  if (options.fullscreen ?? true) await requestFullscreen(doc);
}

export async function exitPresentation(doc: Document = document): Promise<void> {
  if (useAppStore.getState().present) useAppStore.setState({ present: false });
  await leaveFullscreen(doc);
}

/** Leaving the full screen we asked for (browser Escape, F11) leaves presentation mode. */
export function watchFullscreen(doc: Document = document, onChange: () => void = () => {}): () => void {
  const listener = () => {
    if (!isFullscreen(doc) && fullscreenByUs) {
      fullscreenByUs = false;
      if (useAppStore.getState().present) useAppStore.setState({ present: false });
    }
    onChange();
  };
  doc.addEventListener('fullscreenchange', listener);
  return () => doc.removeEventListener('fullscreenchange', listener);
}
