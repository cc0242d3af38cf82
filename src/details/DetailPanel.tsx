/**
 * The detail panel for one jurisdiction: its status on the date and why, its whole history, then
 * every layer of records that applies, each with its dates, confidence and sources. Records and
 * sources come from records.json, loaded the first time a panel opens.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { CategoryMark } from '../a11y/CategoryMark';
import { CATEGORY_COLORS } from '../domain/categories';
import type { JurisdictionEntry, PolicyRecord, RecordIndex, SourceEntry, StatusIndex } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { STATE_BY_FIPS } from '../domain/states';
import { isActive } from '../domain/status';
import type { Jurisdictions } from '../data/jurisdictions';
import { formatDay, formatPartial, precisionOf } from '../i18n/format';
import { classroomStringsFor, fill } from '../i18n/strings-classroom';
import { formatKnownDate, recordDates } from './recordDates';
import { InEnglish } from '../i18n/InEnglish';
import type { Strings } from '../i18n/strings';
import type { LoadState } from '../store/appStore';
import { historySegments } from './history';
import { spanOf } from '../domain/layers';
import { groupRecords, type RecordGroups, statusWithReason } from './recordLayers';

export interface DetailPanelProps {
  entry: JurisdictionEntry;
  date: IsoDay;
  today: IsoDay;
  index: StatusIndex;
  jurisdictions: Jurisdictions;
  records: LoadState<RecordIndex>;
  strings: Strings;
  onClose(): void;
  onSelect(id: string): void;
  onRetryRecords(): void;
  /** Move focus to the heading when the panel opens (not when it opens with the page). */
  focusOnOpen?: boolean;
}

/** Only http(s) links are ever rendered as links. */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}


function SourceList({ ids, sources, strings }: { ids: readonly string[]; sources: Record<string, SourceEntry>; strings: Strings }) {
  if (ids.length === 0) return null;
  return (
    <div className="sources">
      <h5 className="sources__title">{strings.sources}</h5>
      <ul className="sources__list">
        {ids.map((id) => {
          const source = sources[id];
          if (source === undefined) return <li key={id}>{id}</li>;
          const href = safeHttpUrl(source.url);
          const meta = [
            source.publisher,
            source.published ? strings.sourcePublished(formatPartial(source.published, precisionOf(source.published), strings.locale)) : undefined,
          ]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={id}>
              {href !== undefined ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  <InEnglish strings={strings} mark={false}>
                    {source.title}
                  </InEnglish>
                  <span className="visually-hidden"> {strings.opensInNewTab}</span>
                </a>
              ) : (
                <span>
                  <InEnglish strings={strings} mark={false}>
                    {source.title}
                  </InEnglish>
                </span>
              )}
              {meta !== '' && <span className="sources__meta"> — {meta}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * "Not in force", except for a record whose end has a note: the note says what ended and what did
 * not (Texas SB 4's record ends when SB 8 takes over, yet its ban remains law), so the panel names
 * the record's end and points to the note instead of declaring the law dead.
 */
function inactiveText(record: PolicyRecord, date: IsoDay, strings: Strings): string {
  if (record.end === undefined || date < record.end || record.endNote === undefined) return strings.notInForce;
  const words = { locale: strings.locale, dayUnknown: classroomStringsFor(strings.lang).dateDayUnknown };
  return fill(classroomStringsFor(strings.lang).recordClosed, { date: formatKnownDate(record.end, record.endPrecision, words) });
}

function RecordItem({
  record,
  date,
  decisive,
  sources,
  strings,
}: {
  record: PolicyRecord;
  date: IsoDay;
  decisive: boolean;
  sources: Record<string, SourceEntry>;
  strings: Strings;
}) {
  const locale = strings.locale;
  const active = isActive(spanOf(record), date);
  const dates = recordDates(record, { locale, dayUnknown: classroomStringsFor(strings.lang).dateDayUnknown, labels: strings.dateLabels });
  return (
    <li className={`record${decisive ? ' record--decisive' : ''}`}>
      <div className="record__head">
        <CategoryMark category={record.category} />
        <h4 className="record__citation">
          <InEnglish strings={strings} mark={false}>
            {record.citation}
          </InEnglish>
        </h4>
      </div>
      <p className="record__meta">
        {strings.kind[record.kind]} · {strings.category[record.category]} ·{' '}
        <span className={active ? 'record__active' : 'record__inactive'}>{active ? strings.inForce : inactiveText(record, date, strings)}</span>
      </p>
      {decisive && <p className="record__badge">{strings.decidesStatus}</p>}
      {record.agency && (
        <p className="record__agency">
          {strings.agency}: {record.agency}
          {record.model && (
            <>
              {' '}
              · {strings.model}: {strings.model287g[record.model]}
            </>
          )}
        </p>
      )}
      <p className="record__summary">
        <InEnglish strings={strings}>{record.summary}</InEnglish>
      </p>
      <dl className="record__dates">
        {dates.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{strings.confidence}</dt>
          <dd>{strings.confidenceValue[record.confidence]}</dd>
        </div>
      </dl>
      {record.endNote && (
        <p className="record__note">
          <strong>{strings.endNote}:</strong> <InEnglish strings={strings}>{record.endNote}</InEnglish>
        </p>
      )}
      {record.notes && (
        <p className="record__note">
          <strong>{strings.notes}:</strong> <InEnglish strings={strings}>{record.notes}</InEnglish>
        </p>
      )}
      <SourceList ids={record.sourceIds} sources={sources} strings={strings} />
    </li>
  );
}

function RecordSection({
  title,
  records,
  date,
  decisiveId,
  sources,
  strings,
}: {
  title: string;
  records: PolicyRecord[];
  date: IsoDay;
  decisiveId: string | undefined;
  sources: Record<string, SourceEntry>;
  strings: Strings;
}) {
  const headingId = useId();
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {records.length === 0 ? (
        <p className="panel-section__empty">{strings.noRecords}</p>
      ) : (
        <ul className="record-list">
          {records.map((r) => (
            <RecordItem key={r.id} record={r} date={date} decisive={r.id === decisiveId} sources={sources} strings={strings} />
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ entry, today, start, strings }: { entry: JurisdictionEntry; today: IsoDay; start: IsoDay; strings: Strings }) {
  const segments = historySegments(entry.intervals, start, today);
  const headingId = useId();
  const locale = strings.locale;
  return (
    <section className="panel-section history" aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.history}</h3>
      <div className="history__bar" aria-hidden="true">
        {segments.map((s) => (
          <span
            key={s.start}
            className="history__segment"
            style={{ left: `${s.offset * 100}%`, width: `${s.width * 100}%`, background: CATEGORY_COLORS[s.category] }}
          />
        ))}
      </div>
      <div className="history__axis" aria-hidden="true">
        <span>{start.slice(0, 4)}</span>
        <span>{today.slice(0, 4)}</span>
      </div>
      <ol className="history__list" aria-label={strings.historyAria(entry.name)}>
        {segments.map((s) => (
          <li key={s.start}>
            <CategoryMark category={s.category} />
            <span className="history__when">{strings.historySince(formatDay(s.start, locale))}</span>{' '}
            <span className="history__what">{strings.category[s.category]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function FederalLists({
  entry,
  index,
  sources,
  strings,
}: {
  entry: JurisdictionEntry;
  index: StatusIndex;
  sources: Record<string, SourceEntry>;
  strings: Strings;
}) {
  const headingId = useId();
  const lists = (entry.federalLists ?? [])
    .map((id) => index.federalLists.find((l) => l.id === id))
    .filter((l) => l !== undefined);
  if (lists.length === 0) return null;
  const locale = strings.locale;
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.sectionFederal}</h3>
      <ul className="record-list">
        {lists.map((list) => (
          <li key={list.id} className="record">
            <h4 className="record__citation">
              <InEnglish strings={strings} mark={false}>
                {list.title}
              </InEnglish>
            </h4>
            <p className="record__meta">
              {strings.federalListPublished(list.publisher, formatPartial(list.published, precisionOf(list.published), locale))}
              {list.withdrawn && <> · {strings.federalListWithdrawn(formatPartial(list.withdrawn, precisionOf(list.withdrawn), locale))}</>}
            </p>
            {list.entries[entry.id] !== undefined && <p className="record__agency">{strings.federalListNamedAs(list.entries[entry.id]!)}</p>}
            {list.removed?.[entry.id] !== undefined && (
              <>
                <p className="record__agency">{strings.federalListRemoved(formatDay(list.removed[entry.id]!.date, locale))}</p>
                <SourceList ids={list.removed[entry.id]!.sourceIds} sources={sources} strings={strings} />
              </>
            )}
            <p className="record__summary">
              <InEnglish strings={strings}>{list.summary}</InEnglish>
            </p>
            <SourceList ids={list.sourceIds} sources={sources} strings={strings} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DetailPanel(props: DetailPanelProps) {
  const { entry, date, today, index, jurisdictions, records, strings, onClose, onSelect, onRetryRecords, focusOnOpen = true } = props;
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
          </p>
        )}
      </div>

      <History entry={entry} today={today} start={index.timelineStart} strings={strings} />

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
            strings={strings}
          />
          {entry.level !== 'state' && (
            <RecordSection title={strings.sectionCounty} records={groups.county} date={date} decisiveId={explanation?.recordId} sources={sources} strings={strings} />
          )}
          <RecordSection title={strings.sectionAgreements} records={groups.agreements} date={date} decisiveId={explanation?.recordId} sources={sources} strings={strings} />
          {entry.level === 'place' && (
            <RecordSection title={strings.sectionCity} records={groups.city} date={date} decisiveId={explanation?.recordId} sources={sources} strings={strings} />
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

      <FederalLists entry={entry} index={index} sources={sources} strings={strings} />
    </section>
  );
}
