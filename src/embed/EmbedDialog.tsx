/**
 * The "Embed" dialog: iframe code for the current view (date, selection, map position, layer,
 * language), with a title attribute, a sensible starting height, and the optional resize listener.
 */
import { useId, useState } from 'react';
import { formatDay } from '../i18n/format';
import { fill } from '../i18n/translate';
import { useStrings } from '../i18n/useStrings';
import { Dialog } from '../ui/Dialog';
import { copyText } from '../share/copy';
import { viewUrl } from '../share/link';
import { useAppStore } from '../store/appStore';
import { clampHeight, embedCode, suggestedEmbedHeight } from './code';

export function EmbedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const s = useStrings().classroom;
  return (
    <Dialog open={open} title={s.embedTitle} closeLabel={s.close} onClose={onClose} className="embed-dialog">
      <EmbedForm />
    </Dialog>
  );
}

function EmbedForm() {
  const { classroom: s, locale } = useStrings();
  // Read the view once the dialog is open (the page behind it is inert).
  const state = useAppStore();
  const [responsive, setResponsive] = useState(true);
  const [height, setHeight] = useState(() => suggestedEmbedHeight());
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const codeId = useId();
  const heightId = useId();
  const helpId = useId();

  // An embed is always the map view (the table would size itself by the frame's height).
  const url = viewUrl(window.location.href, state, { embed: true, present: false, view: 'map' });
  const title = fill(s.embedFrameTitle, { date: formatDay(state.date, locale) });
  const code = embedCode({ url, title, height, responsive });

  return (
    <div className="embed-form">
      <p>{s.embedIntro}</p>
      <div className="embed-form__options">
        <label className="check">
          <input type="checkbox" checked={responsive} onChange={(e) => setResponsive(e.currentTarget.checked)} aria-describedby={helpId} />
          <span>{s.embedResponsive}</span>
        </label>
        <p id={helpId} className="embed-form__help">
          {s.embedResponsiveHelp}
        </p>
        <label htmlFor={heightId} className="embed-form__height">
          {s.embedHeight}
        </label>
        <input
          id={heightId}
          type="number"
          inputMode="numeric"
          min={320}
          max={2000}
          step={10}
          value={height}
          onChange={(e) => setHeight(clampHeight(Number(e.currentTarget.value)))}
        />
      </div>
      <label htmlFor={codeId} className="embed-form__code-label">
        {s.embedCode}
      </label>
      <textarea id={codeId} className="embed-form__code" readOnly value={code} rows={responsive ? 7 : 4} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
      <div className="embed-form__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void copyText(code).then(setCopied);
          }}
        >
          {s.embedCopy}
        </button>
        <a href={url} target="_blank" rel="noopener">
          {s.embedPreview}
        </a>
        <p role="status" className="embed-form__status">
          {copied === true ? s.embedCopied : copied === false ? s.shareManual : ''}
        </p>
      </div>
    </div>
  );
}
