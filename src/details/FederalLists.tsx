/** The federal lists that name the jurisdiction: publisher, date, withdrawal and removal, summary and sources. */
import { useId } from 'react';
import type { JurisdictionEntry, SourceEntry, StatusIndex } from '../domain/dataset';
import { formatDay, formatPartial, precisionOf } from '../i18n/format';
import { InEnglish } from '../i18n/InEnglish';
import { usePanelStrings } from '../i18n/panelStrings';
import { SourceList } from './SourceList';

export function FederalLists({
  entry,
  index,
  sources,
}: {
  entry: JurisdictionEntry;
  index: StatusIndex;
  sources: Record<string, SourceEntry>;
}) {
  const strings = usePanelStrings();
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
              <InEnglish mark={false}>
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
                <SourceList ids={list.removed[entry.id]!.sourceIds} sources={sources} />
              </>
            )}
            <p className="record__summary">
              <InEnglish>{list.summary}</InEnglish>
            </p>
            <SourceList ids={list.sourceIds} sources={sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
