/**
 * The maplibre map. It only applies what layers.ts describes: sources and layers once (useMap),
 * then one hook per concern — feature-state colours for the date (useRecolour), the selection
 * outline, layer visibility and federal-list marks, the camera requests of search and tour, the
 * page's theme, and labels in the page's language — and a tooltip. The map instance lives in the
 * map session (session.ts), never in the store; maplibre's event handlers read the latest props
 * through a ref.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { MapData } from '../data/mapData';
import type { IsoDay } from '../domain/dates';
import type { CameraRequest, FocusRequest, LayerChoice, MapPosition } from '../domain/view';
import { useStrings } from '../i18n/useStrings';
import type { maplibregl } from './maplibre';
import { lazyComponent } from '../app/lazy';
import { useCameraRequest, useFocusRequest } from './useCameraRequests';
import { useLayerVisibility } from './useLayerVisibility';
import { useMap } from './useMap';
import { useMapLabels } from './useMapLabels';
import { useMapTheme } from './useMapTheme';
import { useRecolour } from './useRecolour';
import { useSelectionOutline } from './useSelectionOutline';
import { LazyCompareMap } from '../compare/lazyViews';

// The hover card (and its compare extras) loads on the first hover: it floats over the map, so nothing shifts.
const MapTooltip = lazyComponent(() => import('./MapTooltip').then((m) => m.MapTooltip));
// The federal-list marks load the first time they are turned on (the switch is off by default).
const FederalMarks = lazyComponent(() => import('./FederalMarks').then((m) => m.FederalMarks));

export interface MapViewProps {
  data: MapData;
  date: IsoDay;
  layer: LayerChoice;
  /** Mark the jurisdictions named on a federal list standing on `date`. */
  showLists?: boolean;
  selectedId: string | null;
  /** Where to open; null fits the whole country. Read once. */
  initialView: MapPosition | null;
  onSelect(id: string): void;
  onHover(id: string | null): void;
  /** The user moved or zoomed the map (not called for programmatic fits). */
  onViewChange(view: MapPosition): void;
  /** Bring this jurisdiction into view (each new `seq` moves the map once). */
  focus?: FocusRequest | null;
  /** Move the camera there for the reader, once per request (a tour step). */
  camera?: CameraRequest | null;
  /** The map cannot be drawn here (no WebGL). */
  onUnavailable?(): void;
  /**
   * The map is loaded, with its sources and layers (null: it was removed). For features that act
   * on the map's pixels: PNG export, print (src/export/mapHandle.ts).
   */
  onMapReady?(map: maplibregl.Map | null): void;
  /** Compare mode: colour by change between this day and `date` (compare/mapCompare.ts). */
  compare?: IsoDay | null;
}

export function MapView(props: MapViewProps) {
  const { data, date, layer, selectedId } = props;
  const strings = useStrings();
  const showLists = props.showLists ?? false;
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });
  const { containerRef, session, failed, tooltip, setTooltip } = useMap(data, propsRef, strings);
  const hideTooltip = useCallback(() => setTooltip(null), [setTooltip]);

  useRecolour(session, date);
  useLayerVisibility(session, layer, showLists, hideTooltip);
  useSelectionOutline(session, selectedId);
  useFocusRequest(session, props.focus ?? null, selectedId);
  useCameraRequest(session, props.camera ?? null);
  useMapTheme(session);
  useMapLabels(session, containerRef, strings);
  // Compare mode's colouring comes with its chunk the first time compare is on, then stays mounted.
  const compare = props.compare ?? null;
  const [compareUsed, setCompareUsed] = useState(compare !== null);
  if (compare !== null && !compareUsed) setCompareUsed(true);
  // Likewise the federal-list marks, the first time they are on.
  const [listsUsed, setListsUsed] = useState(showLists);
  if (showLists && !listsUsed) setListsUsed(true);

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-view__canvas" data-testid="map-canvas" />
      {failed && <p className="map-view__failed">{strings.mapUnavailable}</p>}
      {tooltip !== null && <MapTooltip anchor={tooltip} data={data} date={date} compare={compare} container={containerRef.current} />}
      {compareUsed && <LazyCompareMap session={session} date={date} compare={compare} />}
      {listsUsed && <FederalMarks session={session} date={date} showLists={showLists} />}
    </div>
  );
}
