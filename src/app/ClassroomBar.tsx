/**
 * The frame's toolbar: About, guided tour, presentation mode, share, embed, download (and the
 * language switch the page passes in). Where space is short (`compact`) the same buttons sit in a
 * menu behind one button; it stays open after Share so its "Link copied" message shows, and
 * closes on Escape, a click outside, or when a dialog or the tour opens.
 * Not shown in embeds; hidden by CSS in presentation mode (its own bar takes over).
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
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

export interface ClassroomBarProps {
  data: MapData | undefined;
  /** The buttons go into a menu (narrow screens). */
  compact?: boolean;
  /** More controls at the end of the toolbar (the language switch). */
  extra?: ReactNode;
}

export function ClassroomBar({ data, compact = false, extra }: ClassroomBarProps) {
  const strings = useStrings();
  const s = strings.classroom;
  const l = strings.layout;
  const [dialog, setDialog] = useState<'about' | 'embed' | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const tourStatus = useTourStore((t) => t.status);
  const openTour = useTourStore((t) => t.open);
  const close = () => setDialog(null);
  const [used, setUsed] = useState({ about: false, embed: false });
  if (dialog !== null && !used[dialog]) setUsed({ ...used, [dialog]: true });
  const open = (next: 'about' | 'embed') => {
    setMenuOpen(false);
    setDialog(next);
  };
  const shown = compact && menuOpen;

  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      toggleRef.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && menuRef.current?.contains(e.target)) return;
      setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [shown]);

  const bar = (
    <nav id={menuId} className={compact ? 'classroom-bar classroom-bar--menu' : 'classroom-bar'} aria-label={s.toolbarLabel} hidden={compact && !menuOpen}>
      <button type="button" className="button button--small" onClick={() => open('about')}>
        {s.about}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          setMenuOpen(false);
          void openTour(0);
        }}
        disabled={data === undefined || tourStatus === 'open' || tourStatus === 'loading'}
        aria-label={`${s.tour}: ${s.tourLabel}`}
        title={s.tourLabel}
      >
        {s.tour}
      </button>
      <button type="button" className="button button--small" onClick={() => {
          setMenuOpen(false);
          void enterPresentation();
        }} aria-label={`${s.present}: ${s.presentLabel}`} title={s.presentLabel}>
        {s.present}
      </button>
      <ShareButton />
      <button type="button" className="button button--small" onClick={() => open('embed')} aria-label={`${s.embed}: ${s.embedLabel}`} title={s.embedLabel}>
        {s.embed}
      </button>
      {data !== undefined && <DownloadMenu data={data} />}
      {extra}
    </nav>
  );

  return (
    <>
      {compact ? (
        <div className="toolbar-menu" ref={menuRef}>
          <button
            ref={toggleRef}
            type="button"
            className="button button--small toolbar-menu__toggle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            aria-label={l.menuLabel}
            onClick={() => setMenuOpen((o) => !o)}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            <span className="toolbar-menu__text">{l.menu}</span>
          </button>
          {bar}
        </div>
      ) : (
        bar
      )}
      {used.about && <AboutDialog open={dialog === 'about'} asOf={data?.index.asOf} onClose={close} />}
      {used.embed && <EmbedDialog open={dialog === 'embed'} onClose={close} />}
    </>
  );
}
