/** The canvas and zoom buttons are labelled when the map is made; this keeps them in the page's language. */
import { type RefObject, useEffect } from 'react';
import type { Strings } from '../i18n/strings';
import type { MapSession } from './session';

export function useMapLabels(session: MapSession | null, container: RefObject<HTMLElement | null>, strings: Strings): void {
  useEffect(() => {
    if (session === null) return;
    session.map.getCanvas().setAttribute('aria-label', strings.mapCanvasLabel);
    const labels: [string, string][] = [
      ['.maplibregl-ctrl-zoom-in', strings.zoomIn],
      ['.maplibregl-ctrl-zoom-out', strings.zoomOut],
    ];
    for (const [selector, label] of labels) {
      const button = container.current?.querySelector(selector);
      button?.setAttribute('aria-label', label);
      button?.setAttribute('title', label);
    }
  }, [session, container, strings]);
}
