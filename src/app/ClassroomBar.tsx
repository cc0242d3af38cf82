/**
 * The toolbar under the title: About, guided tour, presentation mode, share, embed, download.
 * Not shown in embeds; hidden by CSS in presentation mode (its own bar takes over).
 */
import { useState } from 'react';
import { lazyComponent } from './lazy';
import { DownloadMenu } from '../export/DownloadMenu';
import { useStrings } from '../i18n/useStrings';
import { ShareButton } from '../share/ShareButton';
import type { MapData } from '../data/mapData';
import { useTourStore } from '../tour/tourStore';
import { enterPresentation } from '../present/presentMode';

// Loaded on first open (src/app/lazy.tsx), then kept so their closing focus handling runs.
const AboutDialog = lazyComponent(() => import('../about/AboutDialog').then((m) => m.AboutDialog));
const EmbedDialog = lazyComponent(() => import('../embed/EmbedDialog').then((m) => m.EmbedDialog));

export function ClassroomBar({ data }: { data: MapData | undefined }) {
  const s = useStrings().classroom;
  const [dialog, setDialog] = useState<'about' | 'embed' | null>(null);
  const tourStatus = useTourStore((t) => t.status);
  const openTour = useTourStore((t) => t.open);
  const close = () => setDialog(null);
  const [used, setUsed] = useState({ about: false, embed: false });
  if (dialog !== null && !used[dialog]) setUsed({ ...used, [dialog]: true });

  return (
    <nav className="classroom-bar" aria-label={s.toolbarLabel}>
      <button type="button" className="button button--small" onClick={() => setDialog('about')}>
        {s.about}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => void openTour(0)}
        disabled={data === undefined || tourStatus === 'open' || tourStatus === 'loading'}
        aria-label={`${s.tour}: ${s.tourLabel}`}
        title={s.tourLabel}
      >
        {s.tour}
      </button>
      <button type="button" className="button button--small" onClick={() => void enterPresentation()} aria-label={`${s.present}: ${s.presentLabel}`} title={s.presentLabel}>
        {s.present}
      </button>
      <ShareButton />
      <button type="button" className="button button--small" onClick={() => setDialog('embed')} aria-label={`${s.embed}: ${s.embedLabel}`} title={s.embedLabel}>
        {s.embed}
      </button>
      {data !== undefined && <DownloadMenu data={data} />}
      {used.about && <AboutDialog open={dialog === 'about'} asOf={data?.index.asOf} onClose={close} />}
      {used.embed && <EmbedDialog open={dialog === 'embed'} onClose={close} />}
    </nav>
  );
}
