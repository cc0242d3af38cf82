/** The sources under a record or list: title (in English) linking out, publisher and dates; only http(s) links are links. */
import type { SourceEntry } from '../domain/dataset';
import { formatPartial, precisionOf } from '../i18n/format';
import { InEnglish } from '../i18n/InEnglish';
import { usePanelStrings } from '../i18n/panelStrings';

/** Only http(s) links are ever rendered as links. */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function SourceList({ ids, sources }: { ids: readonly string[]; sources: Record<string, SourceEntry> }) {
  const strings = usePanelStrings();
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
                  <InEnglish mark={false}>
                    {source.title}
                  </InEnglish>
                  <span className="visually-hidden"> {strings.opensInNewTab}</span>
                </a>
              ) : (
                <span>
                  <InEnglish mark={false}>
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
