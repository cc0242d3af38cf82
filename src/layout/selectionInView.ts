/**
 * Keeps the selected place in the part of the map no panel covers. A phone's bottom sheet (or the
 * projector's side panel) is drawn over the map: the map gets camera padding for the covered part,
 * set in place (nothing on screen moves), and, if the selection's centre is hidden or off the map,
 * the camera eases it to the middle of the uncovered part. A desktop side panel sits beside the map
 * (no padding); the map only pans if the narrower map lost the selection.
 *
 * Runs on selection and panel size changes only, never on a timeline step. A chunk of its own,
 * fetched on the first selection (./useSelectionInView.ts).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { watchMapInstance } from '../export/mapHandle';
import { REPORT_VIEW } from '../map/camera';
import { focusTarget } from '../map/focus';
import type { MapData } from '../data/mapData';
import { prefersReducedMotion } from '../a11y/motion';
import { inUncovered, NO_PADDING, type Padding, paddingFor, type Rect } from './uncovered';

const EASE_MS = 500;

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function samePadding(a: Padding, b: Partial<Padding>): boolean {
  return a.top === (b.top ?? 0) && a.right === (b.right ?? 0) && a.bottom === (b.bottom ?? 0) && a.left === (b.left ?? 0);
}

/** Changes the camera padding without moving what is on screen. */
function setPaddingInPlace(map: MaplibreMap, padding: Padding): void {
  if (samePadding(padding, map.getPadding())) return;
  const canvas = map.getCanvas();
  const x = (padding.left + canvas.clientWidth - padding.right) / 2;
  const y = (padding.top + canvas.clientHeight - padding.bottom) / 2;
  map.jumpTo({ center: map.unproject([x, y]), padding });
}

function centreOf(data: MapData, id: string): [number, number] | undefined {
  const target = focusTarget(data, id);
  if (target === undefined) return undefined;
  if (target.kind === 'point') return target.center;
  const [w, s, e, n] = target.bounds;
  return [(w + e) / 2, (s + n) / 2];
}

/** Starts keeping `selectedId` in view; returns the function that stops it. */
export function keepSelectionInView(selectedId: string | null, data: MapData, panel: () => HTMLElement | null): () => void {
  let map: MaplibreMap | null = null;
  let frame = 0;
  let cancelled = false;
  let moved = false;

  const settle = () => {
    if (cancelled || map === null) return;
    if (map.isMoving()) {
      map.once('moveend', () => requestAnimationFrame(settle));
      return;
    }
    const canvas = map.getCanvas();
    const el = panel();
    const open = selectedId !== null && el !== null && !el.hidden && el.getClientRects().length > 0;
    const padding = open ? paddingFor(rectOf(canvas), rectOf(el)) : NO_PADDING;
    setPaddingInPlace(map, padding);
    if (selectedId === null || moved) return;
    const centre = centreOf(data, selectedId);
    if (centre === undefined) return;
    const p = map.project(centre);
    moved = true;
    if (inUncovered([p.x, p.y], canvas.clientWidth, canvas.clientHeight, padding)) return;
    const reduce = prefersReducedMotion();
    map.easeTo({ center: centre, duration: reduce ? 0 : EASE_MS, animate: !reduce }, REPORT_VIEW);
  };
  // Two frames: the panel is laid out and the map has followed its container's new size.
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(settle);
    });
  };
  const stopWatching = watchMapInstance((m) => {
    map = m;
    if (m !== null) schedule();
  });
  // The sheet changes height (dragged, rotated phone): the padding follows, the camera does not jump.
  const el = panel();
  const observer = typeof ResizeObserver === 'function' && el !== null ? new ResizeObserver(schedule) : undefined;
  if (el !== null) observer?.observe(el);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    stopWatching();
    observer?.disconnect();
  };
}
