/**
 * "Download": the map as a PNG (title, date, legend and credit drawn in), every record as CSV
 * (the build's records.csv), and every jurisdiction's status on the shown date as CSV or GeoJSON
 * (computed from jurisdictions.geojson, fetched on first use). The items and their exporters are not
 * needed for the first map: they load when the menu is first pointed at or opened (DownloadItems.tsx).
 */
import { useRef, useState } from 'react';
import { lazyComponent } from '../app/lazy';
import type { MapData } from '../data/mapData';
import { fill } from '../i18n/translate';
import { useStrings } from '../i18n/useStrings';

export type DownloadStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'error'; message: string };

const loadItems = () => import('./DownloadItems').then((m) => m.DownloadItems);
const DownloadItems = lazyComponent(loadItems);

export function DownloadMenu({ data }: { data: MapData }) {
  const s = useStrings().classroom;
  const [status, setStatus] = useState<DownloadStatus>({ kind: 'idle' });
  // Rendered from the first opening on (the panel is a dropdown over the page: nothing shifts while it loads).
  const [opened, setOpened] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current !== null) menu.current.open = false;
  };
  const prefetch = () => void loadItems();

  return (
    <div className="download">
      <details ref={menu} className="menu download-menu" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary
          className="button button--small"
          aria-label={`${s.download}: ${s.downloadLabel}`}
          title={s.downloadLabel}
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={() => setOpened(true)}
        >
          {s.download}
        </summary>
        <div className="menu__panel">
          {opened && <DownloadItems data={data} busy={status.kind === 'busy'} setStatus={setStatus} close={close} />}
        </div>
      </details>
      <p className="menu__status toast" role="status">
        {status.kind === 'busy'
          ? s.downloadPreparing
          : status.kind === 'done'
            ? fill(s.downloadDone, { file: status.file })
            : status.kind === 'error'
              ? status.message
              : ''}
      </p>
    </div>
  );
}
