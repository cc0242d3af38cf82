/**
 * The camera requests of the store, each applied once: a search's focus (fit the jurisdiction's
 * shape or fly to its point, only while it is still the selection) and a tour step's camera.
 */
import { useEffect, useRef } from 'react';
import { prefersReducedMotion } from '../a11y/motion';
import type { CameraRequest, FocusRequest } from '../domain/view';
import { applyCamera, REPORT_VIEW } from './camera';
import { FOCUS_MAX_ZOOM, focusTarget, PLACE_FOCUS_ZOOM } from './focus';
import type { MapSession } from './session';

export function useFocusRequest(session: MapSession | null, focus: FocusRequest | null, selectedId: string | null): void {
  const applied = useRef<FocusRequest | null>(null);
  useEffect(() => {
    if (session === null || focus === null || focus === applied.current || focus.id !== selectedId) return;
    applied.current = focus;
    session.requestedMove = true;
    const target = focusTarget(session.data, focus.id);
    if (target === undefined) return;
    const { map } = session;
    const animate = !prefersReducedMotion();
    // REPORT_VIEW: the framed place is the reader's view now, so links (Share, the address) carry it.
    if (target.kind === 'bounds') map.fitBounds(target.bounds, { padding: 40, maxZoom: FOCUS_MAX_ZOOM, animate }, REPORT_VIEW);
    else map.flyTo({ center: target.center, zoom: Math.max(map.getZoom(), PLACE_FOCUS_ZOOM), animate }, REPORT_VIEW);
  }, [session, focus, selectedId]);
}

export function useCameraRequest(session: MapSession | null, camera: CameraRequest | null): void {
  const applied = useRef<CameraRequest | null>(null);
  useEffect(() => {
    if (session === null || camera === null || camera === applied.current) return;
    // One frame later: a panel that just appeared may have resized the map; fit the new size. The
    // map takes that size now: a resize event after the flight starts would refit the whole country
    // and stop it (the tour's first step stayed on the country).
    const frame = requestAnimationFrame(() => {
      applied.current = camera;
      session.map.resize();
      applyCamera(session.map, camera.target, prefersReducedMotion());
    });
    return () => cancelAnimationFrame(frame);
  }, [session, camera]);
}
