/**
 * The poster (a picture of today's map that the build puts in index.html, scripts/build/site/)
 * shows at once; the interactive map replaces it at its first complete frame. The poster is moved
 * into the map frame as soon as the app draws one (its CSS makes it cover the frame's box with the
 * map's own padding, so picture and map line up), and removed after the `map-complete` mark.
 * It only stands for the default view: a link with a date, a place, a position or a mode drops it
 * at once, and so does any change the reader makes before the map is ready.
 */
import { MAP_COMPLETE_MARK } from '../app/benchHook';
import './poster.css';

/** URL parameters that do not change the first map (anything else does: date, j, zoom, embed…). */
const NEUTRAL_PARAMS = new Set(['lang', 'bench']);

export function posterFits(search: string): boolean {
  for (const key of new URLSearchParams(search).keys()) if (!NEUTRAL_PARAMS.has(key)) return false;
  return true;
}

/**
 * The poster pictures the build's day (`data-day`); the map opens on the reader's today. The two
 * agree unless some status changes after the poster's day, up to today (or today is before it).
 */
export function posterShowsToday(posterDay: string, today: string, changeDays: readonly string[]): boolean {
  if (today < posterDay) return false;
  return !changeDays.some((day) => day > posterDay && day <= today);
}

/** The poster's day, or undefined when there is no poster (any more). */
export function posterDay(doc: Document = document): string | undefined {
  return doc.getElementById('poster')?.dataset.day;
}

export interface PosterHandover {
  /** Removes the poster now (the reader changed the view, or the map is complete). */
  drop(): void;
}

export function startPosterHandover(doc: Document = document, search: string = window.location.search): PosterHandover {
  const poster = doc.getElementById('poster');
  const none = { drop() {} };
  if (poster === null) return none;
  if (!posterFits(search)) {
    poster.remove();
    return none;
  }
  let observer: MutationObserver | undefined;
  let marks: PerformanceObserver | undefined;
  const drop = () => {
    observer?.disconnect();
    marks?.disconnect();
    poster.remove();
  };
  const place = () => {
    const frame = doc.querySelector('.map-frame');
    if (frame !== null && poster.parentElement !== frame) {
      poster.setAttribute('aria-hidden', 'true');
      frame.appendChild(poster);
    }
  };
  place();
  observer = new MutationObserver(place);
  observer.observe(doc.body, { childList: true, subtree: true });
  // The mark comes after the paint that shows the map (benchHook.ts): the picture can go at once.
  if (performance.getEntriesByName(MAP_COMPLETE_MARK).length > 0) {
    drop();
  } else if (typeof PerformanceObserver === 'function') {
    marks = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MAP_COMPLETE_MARK).length > 0) drop();
    });
    marks.observe({ type: 'mark', buffered: true });
  }
  return { drop };
}
