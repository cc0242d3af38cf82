/**
 * One polite live region for the page: it says the new date when the timeline settles (with the
 * states whose status changed), which jurisdiction was opened and its status, when the details
 * close, and when the view switches between map and table. Nothing is said on page load.
 *
 * Date announcements wait until the slider rests (`dateDelayMs`) so dragging or holding an arrow key
 * does not queue dozens of messages; their list of changes comes from ./mapDescription.ts, a chunk
 * (the map's description fetches it when the map first shows).
 */
import { useEffect, useRef, useState } from 'react';
import type { IsoDay } from '../domain/dates';
import { statusOn } from '../domain/status';
import type { Jurisdictions } from '../data/jurisdictions';
import { formatDay } from '../i18n/format';
import type { Strings } from '../i18n/strings';
import type { ViewMode } from '../domain/view';
import { useStrings } from '../i18n/useStrings';

export interface LiveAnnouncerProps {
  date: IsoDay;
  selectedId: string | null;
  view: ViewMode;
  /** Undefined while the data loads (nothing is announced then). */
  jurisdictions: Jurisdictions | undefined;
  dateDelayMs?: number;
}

type DescriptionModule = typeof import('./mapDescription');

function dateAnnouncement({ changeList, statusChanges }: DescriptionModule, jurisdictions: Jurisdictions, from: IsoDay, to: IsoDay, strings: Strings): string {
  const text = strings.announceDate(formatDay(to, strings.locale));
  const changes = statusChanges(jurisdictions.byLevel.state, from, to);
  return changes.length > 0 ? `${text} ${strings.announceStateChanges(changes.length, changeList(changes, strings, 4))}` : text;
}

function selectionAnnouncement(jurisdictions: Jurisdictions, id: string, date: IsoDay, strings: Strings): string | undefined {
  const entry = jurisdictions.byId.get(id);
  if (entry === undefined) return undefined;
  return strings.announceSelected(entry.name, strings.category[statusOn(entry.intervals, date)], formatDay(date, strings.locale));
}

export function LiveAnnouncer({ date, selectedId, view, jurisdictions, dateDelayMs = 700 }: LiveAnnouncerProps) {
  const strings = useStrings();
  const [message, setMessage] = useState('');
  const announcedDate = useRef(date);
  const previousSelection = useRef(selectedId);
  const previousView = useRef(view);
  const flip = useRef(false);
  const stringsRef = useRef(strings);
  stringsRef.current = strings;

  const say = (text: string) => {
    // A trailing no-break space makes a repeated message a change the screen reader reads again.
    flip.current = !flip.current;
    setMessage(flip.current ? text : `${text}\u00a0`);
  };

  useEffect(() => {
    if (jurisdictions === undefined || date === announcedDate.current) return;
    let live = true;
    const timer = setTimeout(() => {
      void import('./mapDescription').then((m) => {
        if (!live) return;
        say(dateAnnouncement(m, jurisdictions, announcedDate.current, date, stringsRef.current));
        announcedDate.current = date;
      });
    }, dateDelayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [date, jurisdictions, dateDelayMs]);

  useEffect(() => {
    if (selectedId === previousSelection.current) return;
    const had = previousSelection.current;
    previousSelection.current = selectedId;
    if (jurisdictions === undefined) return;
    if (selectedId === null) {
      if (had !== null) say(strings.announceClosed);
      return;
    }
    const text = selectionAnnouncement(jurisdictions, selectedId, date, strings);
    if (text !== undefined) say(text);
  }, [selectedId, jurisdictions, date, strings]);

  useEffect(() => {
    if (view === previousView.current) return;
    previousView.current = view;
    say(strings.announceView(view));
  }, [view, strings]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}
