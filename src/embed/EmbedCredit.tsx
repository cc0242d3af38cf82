/**
 * The one line an embedded map adds below itself: the map's name linking to the full interactive
 * view of the same state (in a new tab, out of the host page), and the data's "as of" date.
 */
import { formatDay } from '../i18n/format';
import { fill } from '../i18n/translate';
import { useStrings } from '../i18n/useStrings';
import { viewUrl } from '../share/link';
import { useAppStore } from '../store/appStore';

export function EmbedCredit({ asOf }: { asOf?: string | undefined }) {
  const { classroom: s, locale } = useStrings();
  // Subscribed field by field: the link follows the view as the reader moves the slider or map.
  useAppStore((st) => st.date);
  useAppStore((st) => st.selectedId);
  useAppStore((st) => st.mapView);
  useAppStore((st) => st.layer);
  useAppStore((st) => st.view);
  const href = viewUrl(window.location.href, useAppStore.getState(), { embed: false, present: false });
  return (
    <p className="embed-credit">
      <a href={href} target="_blank" rel="noopener">
        {s.embedCredit}
        <span className="embed-credit__open"> — {s.embedOpenFull} ↗</span>
      </a>
      {asOf !== undefined && <span className="embed-credit__asof"> · {fill(s.embedDataAsOf, { date: formatDay(asOf, locale) })}</span>}
    </p>
  );
}
