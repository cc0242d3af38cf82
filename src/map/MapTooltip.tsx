/** The hover card beside the pointer: name, level, status on the date, federal-list note. */
import { CategoryMark } from '../a11y/CategoryMark';
import type { MapData } from '../data/mapData';
import type { IsoDay } from '../domain/dates';
import { statusOn } from '../domain/status';
import { namedOn } from '../federal/listed';
import { formatDay } from '../i18n/format';
import { useStrings } from '../i18n/useStrings';
import { TooltipExtras } from '../compare/TooltipExtras';

/** Which jurisdiction, and where the pointer is in the map's box. */
export interface TooltipAnchor {
  id: string;
  x: number;
  y: number;
}

export function MapTooltip({ anchor, data, date, compare = null, container }: { anchor: TooltipAnchor; data: MapData; date: IsoDay; compare?: IsoDay | null; container: HTMLElement | null }) {
  const strings = useStrings();
  const entry = data.jurisdictions.byId.get(anchor.id);
  if (entry === undefined) return null;
  const category = statusOn(entry.intervals, date);
  // Only for the hovered jurisdiction: nothing on a timeline step without a tooltip.
  const named = namedOn(data.index.federalLists, entry.id, date);
  const flipX = container !== null && anchor.x > container.clientWidth - 240;
  const flipY = container !== null && anchor.y > container.clientHeight - 110;
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      style={{
        left: anchor.x,
        top: anchor.y,
        transform: `translate(${flipX ? 'calc(-100% - 14px)' : '14px'}, ${flipY ? 'calc(-100% - 14px)' : '14px'})`,
      }}
    >
      <strong className="map-tooltip__name">{entry.name}</strong>
      <span className="map-tooltip__level">{strings.level[entry.level]}</span>
      <span className="map-tooltip__status">
        <CategoryMark category={category} />
        {strings.category[category]}
      </span>
      <span className="map-tooltip__date">{formatDay(date, strings.locale)}</span>
      {named && <span className="map-tooltip__listed">{strings.namedOnFederalList}</span>}
      {/* The history strip, and in compare mode the change (issue 11). */}
      <TooltipExtras entry={entry} date={date} compare={compare} start={data.index.timelineStart} />
      <span className="map-tooltip__hint">{strings.tooltipHint}</span>
    </div>
  );
}
