/** One record in the panel: citation, kind, dates, whether it is in force on the date, summary, confidence, notes and sources. */
import { CategoryMark } from '../a11y/CategoryMark';
import type { PolicyRecord, SourceEntry } from '../domain/dataset';
import type { DatePrecision, IsoDay } from '../domain/dates';
import { isActive } from '../domain/status';
import { formatPartial, precisionOf } from '../i18n/format';
import { InEnglish } from '../i18n/InEnglish';
import { spanOf } from '../domain/layers';
import { usePanelStrings } from '../i18n/panelStrings';
import { SourceList } from './SourceList';

export function RecordItem({
  record,
  date,
  decisive,
  sources,
}: {
  record: PolicyRecord;
  date: IsoDay;
  decisive: boolean;
  sources: Record<string, SourceEntry>;
}) {
  const strings = usePanelStrings();
  const locale = strings.locale;
  const active = isActive(spanOf(record), date);
  const dates: [string, string][] = [];
  // A year- or month-only date says so in words: "2013" alone reads as a claim about the whole year.
  const shown = (day: string, precision: DatePrecision) => formatPartial(day, precision, locale) + (precision === 'day' ? '' : ` (${strings.dateNotExact})`);
  const p = record.datePrecision ?? {};
  if (record.voted) dates.push([strings.dateLabels.voted, shown(record.voted, p.voted ?? precisionOf(record.voted))]);
  if (record.signed) dates.push([strings.dateLabels.signed, shown(record.signed, p.signed ?? precisionOf(record.signed))]);
  dates.push([strings.dateLabels.effective, shown(record.effective, record.effectivePrecision)]);
  if (record.end) dates.push([strings.dateLabels.ended, shown(record.end, p.end ?? precisionOf(record.end))]);
  // A record whose end has a note: the note says what ended and what did not (Texas SB 4's record
  // ends when SB 8 takes over, yet its ban remains law), so name the record's end and point to the
  // note instead of declaring the law "not in force".
  const closedWithNote = !active && record.end !== undefined && date >= record.end && record.endNote !== undefined;
  return (
    <li className={`record${decisive ? ' record--decisive' : ''}`}>
      <div className="record__head">
        <CategoryMark category={record.category} />
        <h4 className="record__citation">
          <InEnglish mark={false}>
            {record.citation}
          </InEnglish>
        </h4>
      </div>
      <p className="record__meta">
        {strings.kind[record.kind]} · {strings.category[record.category]} ·{' '}
        <span className={active ? 'record__active' : 'record__inactive'}>
          {active ? strings.inForce : closedWithNote ? strings.recordClosed(shown(record.end!, p.end ?? precisionOf(record.end!))) : strings.notInForce}
        </span>
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
        <InEnglish>{record.summary}</InEnglish>
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
          <strong>{strings.endNote}:</strong> <InEnglish>{record.endNote}</InEnglish>
        </p>
      )}
      {record.notes && (
        <p className="record__note">
          <strong>{strings.notes}:</strong> <InEnglish>{record.notes}</InEnglish>
        </p>
      )}
      <SourceList ids={record.sourceIds} sources={sources} />
    </li>
  );
}
