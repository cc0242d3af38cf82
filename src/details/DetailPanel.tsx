/**
 * The detail panel for one jurisdiction: its status on the date and why, its whole history, then
 * every layer of records that applies, each with its dates, confidence and sources. Records and
 * sources come from records.json, loaded the first time a panel opens.
 */
import { PermanentLink } from './PermanentLink';
import { useEffect, useId, useMemo, useRef } from 'react';
import { CategoryMark } from '../a11y/CategoryMark';
import type { JurisdictionEntry, RecordIndex, StatusIndex } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { STATE_BY_FIPS } from '../domain/states';
import type { Jurisdictions } from '../data/jurisdictions';
import { formatDay } from '../i18n/format';
import type { LoadState } from '../data/mapData';
import { groupRecords, type RecordGroups, statusWithReason } from './recordLayers';
import { usePanelStrings } from '../i18n/panelStrings';
import { RecordSection } from './RecordSection';
import { HistoryStrip } from './HistoryStrip';
import { FederalLists } from './FederalLists';


export interface DetailPanelProps {
  entry: JurisdictionEntry;
  date: IsoDay;
  today: IsoDay;
  index: StatusIndex;
  jurisdictions: Jurisdictions;
  records: LoadState<RecordIndex>;
  onClose(): void;
  onSelect(id: string): void;
  onRetryRecords(): void;
  /** Move focus to the heading when the panel opens (not when it opens with the page). */
  focusOnOpen?: boolean;
}

export function DetailPanel(props: DetailPanelProps) {
  const { entry, date, today, index, jurisdictions, records, onClose, onSelect, onRetryRecords, focusOnOpen = true } = props;
  const strings = usePanelStrings();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Escape closes the panel from anywhere on the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  // Move focus to the new heading so keyboard and screen reader users land on the details.
  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus({ preventScroll: false });
  }, [entry.id, focusOnOpen]);

  const recordIndex = records.status === 'ready' ? records.data : undefined;
  const groups: RecordGroups | undefined = useMemo(
    () => (recordIndex !== undefined ? groupRecords(entry, jurisdictions.byId, recordIndex) : undefined),
    [entry, jurisdictions, recordIndex],
  );
  const { category, explanation } = statusWithReason(entry, date, groups);
  const locale = strings.locale;
  const stateName = STATE_BY_FIPS.get(entry.state)?.name ?? entry.state;
  const decisiveRecord = explanation?.recordId !== undefined ? recordIndex?.records[explanation.recordId] : undefined;
  const floorRecord = explanation?.floorId !== undefined ? recordIndex?.records[explanation.floorId] : undefined;
  const sources = recordIndex?.sources ?? {};
  const places = (entry.placeIds ?? []).map((id) => jurisdictions.byId.get(id)).filter((p) => p !== undefined);

  return (
    <section className="detail-panel" aria-labelledby={headingId}>
      <div className="detail-panel__header">
        <div>
          <p className="detail-panel__level">
            {entry.level === 'state' ? strings.level.state : strings.levelIn(strings.level[entry.level], stateName)}
          </p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-panel__name">
            {entry.name}
          </h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={strings.closeDetails(entry.name)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <div className="detail-panel__status">
        <p className="detail-panel__status-date">{strings.statusOn(formatDay(date, locale))}</p>
        <p className="detail-panel__status-value">
          <CategoryMark category={category} />
          <strong>{strings.category[category]}</strong>
        </p>
        <p className="detail-panel__status-help">{strings.categoryHelp[category]}</p>
        {explanation !== undefined && explanation.reason !== 'none' && (
          <p className="detail-panel__reason">
            {strings.reason[explanation.reason]}
            {decisiveRecord !== undefined && <> {strings.reasonRecord(decisiveRecord.citation)}</>}
            {floorRecord !== undefined && <> {strings.reasonFloor(floorRecord.citation)}</>}
          </p>
        )}
      </div>

      <HistoryStrip entry={entry} today={today} start={index.timelineStart} />
      <PermanentLink id={entry.id} locale={locale} />

      {records.status === 'loading' || records.status === 'idle' ? (
        <p className="detail-panel__loading" role="status">
          {strings.recordsLoading}
        </p>
      ) : records.status === 'error' ? (
        <div className="detail-panel__error" role="alert">
          <p>{strings.recordsError}</p>
          <button type="button" className="button" onClick={onRetryRecords}>
            {strings.retry}
          </button>
        </div>
      ) : groups !== undefined ? (
        <>
          <RecordSection
            title={strings.sectionState(stateName)}
            records={groups.state}
            date={date}
            decisiveId={explanation?.recordId}
            sources={sources}
           
          />
          {entry.level !== 'state' && (
            <RecordSection title={strings.sectionCounty} records={groups.county} date={date} decisiveId={explanation?.recordId} sources={sources} />
          )}
          <RecordSection title={strings.sectionAgreements} records={groups.agreements} date={date} decisiveId={explanation?.recordId} sources={sources} />
          {entry.level === 'place' && (
            <RecordSection title={strings.sectionCity} records={groups.city} date={date} decisiveId={explanation?.recordId} sources={sources} />
          )}
          {groups.missing.length > 0 && (
            <ul className="detail-panel__missing">
              {groups.missing.map((id) => (
                <li key={id}>{strings.recordMissing(id)}</li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      {places.length > 0 && (
        <section className="panel-section" aria-labelledby={`${headingId}-places`}>
          <h3 id={`${headingId}-places`}>{strings.sectionPlaces}</h3>
          <ul className="place-list">
            {places.map((place) => (
              <li key={place.id}>
                <button type="button" className="link-button" onClick={() => onSelect(place.id)} aria-label={strings.placeButton(place.name)}>
                  {place.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <FederalLists entry={entry} index={index} sources={sources} />
    </section>
  );
}

