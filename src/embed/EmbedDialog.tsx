/**
 * The "Embed" dialog: iframe code for the current view (date, selection, map position, layer,
 * language), with a title attribute that names only what the address carries ("this date" pins
 * the date; "always the latest" leaves it out), a height measured in this browser at the host
 * column's width (so a host without the resize script cuts nothing off), and the optional
 * resize listener.
 */
import { useId, useState } from 'react';
import { formatDay } from '../i18n/format';
import { fill } from '../i18n/translate';
import { useClassroomStrings } from '../i18n/classroomStrings';
import { Dialog } from '../ui/Dialog';
import { copyText } from '../share/copy';
import { viewUrl } from '../share/link';
import { useAppStore } from '../store/appStore';
import { clampHeight, clampWidth, DEFAULT_COLUMN_WIDTH, embedCode, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, suggestedEmbedHeight, withDate } from './code';
import { useMeasuredHeight } from './measure';
import { PixelField } from './PixelField';

export function EmbedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const s = useClassroomStrings().classroom;
  return (
    <Dialog open={open} title={s.embedTitle} closeLabel={s.close} onClose={onClose} className="embed-dialog">
      <EmbedForm />
    </Dialog>
  );
}

function EmbedForm() {
  const { classroom: s, locale } = useClassroomStrings();
  // Read the view once the dialog is open (the page behind it is inert).
  const state = useAppStore();
  const [responsive, setResponsive] = useState(true);
  const [pinned, setPinned] = useState(true);
  const [width, setWidth] = useState(DEFAULT_COLUMN_WIDTH);
  const [chosenHeight, setChosenHeight] = useState<number | undefined>(undefined);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const [probe, setProbe] = useState<HTMLIFrameElement | null>(null);
  const codeId = useId();
  const helpId = useId();
  const measureId = useId();

  // An embed is always the map view (the table would size itself by the frame's height). "This
  // date" pins the date in the address (even today's, which links otherwise leave out); "always
  // the latest" leaves it out, so the frame shows the newest data whenever it is opened.
  const base = viewUrl(window.location.href, state, { embed: true, present: false, view: 'map', ...(pinned ? {} : { date: state.today }) });
  const url = pinned ? withDate(base, state.date) : base;
  const title = pinned ? fill(s.embedFrameTitle, { date: formatDay(state.date, locale) }) : s.embedFrameTitleLatest;
  const measurement = useMeasuredHeight(probe, `${url}|${width}`);
  const estimate = suggestedEmbedHeight(width);
  const measured = measurement.kind === 'measured' ? measurement.height : undefined;
  const height = chosenHeight ?? measured ?? estimate;
  const code = embedCode({ url, title, height, responsive });

  return (
    <div className="embed-form">
      <p>{s.embedIntro}</p>
      <fieldset className="embed-form__dates">
        <legend>{s.embedWhichDate}</legend>
        <label className="radio">
          <input type="radio" name={`${codeId}-date`} checked={pinned} onChange={() => setPinned(true)} />
          <span>{fill(s.embedThisDate, { date: formatDay(state.date, locale) })}</span>
        </label>
        <label className="radio">
          <input type="radio" name={`${codeId}-date`} checked={!pinned} onChange={() => setPinned(false)} />
          <span>{s.embedLatest}</span>
        </label>
      </fieldset>
      <div className="embed-form__options">
        <label className="check embed-form__check">
          <input type="checkbox" checked={responsive} onChange={(e) => setResponsive(e.currentTarget.checked)} aria-describedby={helpId} />
          <span className="check__box" aria-hidden="true" />
          <span>{s.embedResponsive}</span>
        </label>
        <p id={helpId} className="embed-form__help">
          {s.embedResponsiveHelp}
        </p>
        <PixelField
          label={s.embedWidth}
          min={MIN_COLUMN_WIDTH}
          max={MAX_COLUMN_WIDTH}
          value={width}
          onChange={(value) => {
            setWidth(clampWidth(value));
            setChosenHeight(undefined);
          }}
        />
        <PixelField label={s.embedHeight} min={320} max={2000} value={height} describedBy={measureId} onChange={(value) => setChosenHeight(clampHeight(value))} />
        <p id={measureId} className="embed-form__help embed-form__measure" role="status">
          {measurement.kind === 'measuring'
            ? fill(s.embedMeasuring, { width })
            : measurement.kind === 'measured'
              ? fill(s.embedMeasured, { height: measurement.height, width })
              : fill(s.embedMeasureFailed, { height: estimate })}
        </p>
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
      {/* Off-screen, the embed at the chosen width: it reports its own content height. */}
      <iframe
        ref={setProbe}
        className="embed-form__probe"
        src={url}
        title=""
        aria-hidden="true"
        tabIndex={-1}
        style={{ width: `${width}px` }}
      />
    </div>
  );
}
