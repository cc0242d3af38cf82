/** One layer of records (state, county, agreements, city...) with the record that decides the status marked. */
import { useId } from 'react';
import type { PolicyRecord, SourceEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { usePanelStrings } from '../i18n/panelStrings';
import { RecordItem } from './RecordItem';

export function RecordSection({
  title,
  records,
  date,
  decisiveId,
  sources,
}: {
  title: string;
  records: PolicyRecord[];
  date: IsoDay;
  decisiveId: string | undefined;
  sources: Record<string, SourceEntry>;
}) {
  const strings = usePanelStrings();
  const headingId = useId();
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {records.length === 0 ? (
        <p className="panel-section__empty">{strings.noRecords}</p>
      ) : (
        <ul className="record-list">
          {records.map((r) => (
            <RecordItem key={r.id} record={r} date={date} decisive={r.id === decisiveId} sources={sources} />
          ))}
        </ul>
      )}
    </section>
  );
}
