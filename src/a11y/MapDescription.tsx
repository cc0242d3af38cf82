/**
 * The map as text below it: counts per category on the shown date, and what changed since the
 * previous date shown (the previous month on first load). The map region points at it with
 * aria-describedby, so a screen reader reads it with the map; sighted readers can open it. The
 * text's code (./mapDescription.ts) is a chunk fetched when the map first shows.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { IsoDay } from '../domain/dates';
import type { Jurisdictions } from '../data/jurisdictions';
import { TimelineController } from '../timeline/controller';
import type { LayerChoice } from '../domain/view';
import { useStrings } from '../i18n/useStrings';

export interface MapDescriptionProps {
  id: string;
  jurisdictions: Jurisdictions;
  layer: LayerChoice;
  date: IsoDay;
  today: IsoDay;
  start?: IsoDay;
}

type DescriptionModule = typeof import('./mapDescription');

export function MapDescription({ id, jurisdictions, layer, date: shownDate, today, start }: MapDescriptionProps) {
  const strings = useStrings();
  // Described a moment after the map recolours, in React's background pass: not on the path from
  // a timeline step to the new colours, and skipped for dates a play has already moved past
  // (npm run bench measures the step; the text was most of its main-thread time).
  const date = useDeferredValue(shownDate);
  const [dates, setDates] = useState(() => ({ current: date, previous: new TimelineController(today, start).step(date, -1) }));
  // Remember the date shown before this one (updating state while rendering: React's pattern for
  // deriving state from a changed prop, without an extra render pass).
  if (dates.current !== date) setDates({ current: date, previous: dates.current });
  const previous = dates.current === date ? dates.previous : dates.current;

  const [module, setModule] = useState<DescriptionModule | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void import('./mapDescription').then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, []);

  const description = useMemo(
    () =>
      module?.describeMap({
        entries: layer === 'counties' ? jurisdictions.byLevel.county : jurisdictions.byLevel.state,
        levelPlural: strings.levelPlural[layer],
        states: jurisdictions.byLevel.state,
        ...(layer === 'counties' ? { counties: jurisdictions.byLevel.county } : {}),
        date,
        previous,
        strings,
      }),
    [module, jurisdictions, layer, date, previous, strings],
  );

  return (
    <details className="map-description">
      <summary>{strings.mapDescriptionTitle}</summary>
      <div id={id}>
        <p>{description?.counts}</p>
        <p>{description?.changes}</p>
      </div>
    </details>
  );
}
