/**
 * The guided tour: a panel with the step's title, date, caption and sources, previous/next and a
 * step counter. Opening a step moves the map there (./useTourEffects.ts, run here: this panel is a
 * chunk loaded when the tour first opens, then kept): the date changes and the camera fits the
 * step's focus, animated unless the reader prefers reduced motion.
 */
import { useEffect, useId, useRef } from 'react';
import { formatDay } from '../i18n/format';
import { fill } from '../i18n/translate';
import { useClassroomStrings } from '../i18n/classroomStrings';
import { useAppStore } from '../store/appStore';
import { prefersReducedMotion } from '../a11y/motion';
import { useTourStore } from './tourStore';
import type { TourStep } from './types';
import { useTourEffects } from './useTourEffects';

function Sources({ step, label }: { step: TourStep; label: string }) {
  return (
    <div className="tour-panel__sources">
      <h4>{label}</h4>
      <ul>
        {step.sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            <span className="tour-panel__publisher"> · {source.publisher}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TourPanel() {
  const { classroom: s, locale, lang } = useClassroomStrings();
  const { status, steps, index, close, next, previous, open } = useTourStore();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const wasOpen = useRef(false);
  const mapData = useAppStore((st) => st.mapData);
  useTourEffects(mapData.status === 'ready' ? mapData.data : undefined);

  // When the tour opens: bring the panel into view (below the map on a normal page) and focus
  // its heading. Not on every step: the buttons keep focus then.
  useEffect(() => {
    const isOpen = status === 'open';
    if (isOpen && !wasOpen.current) {
      const heading = headingRef.current;
      heading?.closest('.tour-panel')?.scrollIntoView?.({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      // In presentation mode the keys drive the tour and the live region reads each step: a focus
      // ring on the projected title would only distract.
      if (!useAppStore.getState().present) heading?.focus({ preventScroll: true });
    }
    wasOpen.current = isOpen;
  }, [status]);

  if (status === 'closed') return null;
  if (status === 'loading') {
    return (
      <section className="tour-panel" aria-label={s.tourRegion}>
        <p role="status">{s.tourLoading}</p>
      </section>
    );
  }
  if (status === 'error') {
    return (
      <section className="tour-panel tour-panel--error" aria-label={s.tourRegion}>
        <p role="alert">{s.tourError}</p>
        <div className="tour-panel__nav">
          <button type="button" className="button button--small" onClick={() => void open(index)}>
            {s.tourRetry}
          </button>
          <button type="button" className="button button--small" onClick={close}>
            {s.tourClose}
          </button>
        </div>
      </section>
    );
  }

  const step = steps[index];
  if (step === undefined) return null;
  const last = index === steps.length - 1;
  return (
    <section className="tour-panel" aria-labelledby={titleId} data-step={step.id}>
      <div className="tour-panel__head">
        <p className="tour-panel__counter">{fill(s.tourStepOf, { n: index + 1, total: steps.length })}</p>
        <button type="button" className="icon-button tour-panel__close" onClick={close} aria-label={s.tourClose} title={s.tourClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div aria-live="polite">
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="tour-panel__title">
          {step.title[lang]}
        </h2>
        <p className="tour-panel__date">{fill(s.tourShownOn, { date: formatDay(step.date, locale) })}</p>
        <p className="tour-panel__caption">{step.caption[lang]}</p>
      </div>
      <Sources step={step} label={s.tourSources} />
      <div className="tour-panel__nav">
        <button type="button" className="button button--small" onClick={previous} disabled={index === 0}>
          ← {s.tourPrevious}
        </button>
        <ol className="tour-panel__dots" aria-hidden="true">
          {steps.map((st, i) => (
            <li key={st.id} className={i === index ? 'is-current' : undefined} />
          ))}
        </ol>
        {last ? (
          <button type="button" className="button button--small" onClick={close}>
            {s.tourFinish}
          </button>
        ) : (
          <button type="button" className="button" onClick={next}>
            {s.tourNext} →
          </button>
        )}
      </div>
    </section>
  );
}
