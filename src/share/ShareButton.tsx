/**
 * "Share": copies a link to exactly the current view (all URL state, read from the store at the
 * moment of the click, not the throttled address bar) and says so in a visible, announced
 * message. Where copying is impossible the link is shown, selected, for the reader to copy.
 *
 * The link and copy code (./shareChunk.ts) is fetched on intent (pointer over the button, focus on
 * it), like the chart tab's, so it is there by the click and the copy runs inside the click.
 */
import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/useStrings';
import { useAppStore } from '../store/appStore';

type ShareResult = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

const CONFIRMATION_MS = 6000;

type ShareModule = typeof import('./shareChunk');
let shareModule: ShareModule | undefined;
const loadShare = (): Promise<ShareModule> => import('./shareChunk').then((m) => (shareModule = m));
const prefetch = () => {
  if (shareModule === undefined) void loadShare().catch(() => undefined);
};

export function ShareButton({ className = '' }: { className?: string }) {
  const s = useStrings().classroom;
  const [result, setResult] = useState<ShareResult>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (result.kind === 'manual') manualRef.current?.select();
  }, [result]);

  const share = async () => {
    const { viewUrl, copyText } = shareModule ?? (await loadShare());
    const url = viewUrl(window.location.href, useAppStore.getState());
    const copied = await copyText(url);
    clearTimeout(timer.current);
    setResult(copied ? { kind: 'copied' } : { kind: 'manual', url });
    if (copied) timer.current = setTimeout(() => setResult({ kind: 'idle' }), CONFIRMATION_MS);
  };

  return (
    <div className={`share ${className}`}>
      <button type="button" className="button button--small" onClick={() => void share()} onPointerEnter={prefetch} onFocus={prefetch} aria-label={`${s.share}: ${s.shareLabel}`} title={s.shareLabel}>
        {s.share}
      </button>
      <p className="share__status toast" role="status">
        {result.kind === 'copied' ? s.shareCopied : ''}
      </p>
      {result.kind === 'manual' && (
        <div className="share__manual toast">
          <label>
            {s.shareManual}
            <input ref={manualRef} className="share__link" type="text" readOnly value={result.url} aria-label={s.shareLinkLabel} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="link-button" onClick={() => setResult({ kind: 'idle' })}>
            {s.close}
          </button>
        </div>
      )}
    </div>
  );
}
