/**
 * The frame's view tabs (Map / Table, room for more) as an ARIA tab list (automatic activation): Left/Right and Home/End move
 * between the tabs and show their panel; only the selected tab is in the Tab order. A tab can be
 * unavailable (the map without WebGL): it stays visible and focusable but says so and does nothing.
 */
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import type { ViewMode } from '../domain/view';
// The joined-buttons look the tabs share with the language switch.
import '../a11y/a11y.css';
import './table.css';
import { useStrings } from '../i18n/useStrings';
import type { Strings } from '../i18n/strings';

/**
 * The frame's tabs, in order. A new view (the chart) is one entry here: its id (a `view` URL value),
 * its label and its icon's path; the ids of its tab and panel follow from the id.
 */
export const VIEW_TABS: readonly { id: ViewMode; label(strings: Strings): string; icon: string }[] = [
  {
    id: 'map',
    label: (s) => s.viewMap,
    icon: 'M1.5 3.5l4-1.5 5 1.5 4-1.5v10.5l-4 1.5-5-1.5-4 1.5zM5.5 2v10.5M10.5 3.5V14',
  },
  { id: 'table', label: (s) => s.viewTable, icon: 'M1.5 2.5h13v11h-13zM1.5 6h13M1.5 9.75h13M6 6v7.5' },
  { id: 'chart', label: (s) => s.viewChart, icon: 'M1.5 14.5h13M2.5 12l3.5-4.5 3 2.5 4.5-6.5' },
];

const VIEWS: readonly ViewMode[] = VIEW_TABS.map((t) => t.id);

/** The ids of a view's tab and of its panel (aria-controls / aria-labelledby). */
export const viewIds = (view: ViewMode) => ({ tab: `view-tab-${view}`, panel: `view-panel-${view}` });
export const VIEW_IDS = Object.fromEntries(VIEWS.map((v) => [v, viewIds(v)])) as Record<ViewMode, { tab: string; panel: string }>;

export interface ViewTabsProps {
  view: ViewMode;
  onChange(view: ViewMode): void;
  /** Views that cannot be shown here. */
  unavailable?: readonly ViewMode[];
  /** The reader is about to choose a view (pointer over its tab, touch, focus): time to prefetch it. */
  onIntent?(view: ViewMode): void;
}

export function ViewTabs({ view, onChange, unavailable = [], onIntent }: ViewTabsProps) {
  const strings = useStrings();
  const refs = useRef<Partial<Record<ViewMode, HTMLButtonElement | null>>>({});
  const choose = (next: ViewMode) => {
    if (unavailable.includes(next)) return;
    onChange(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const i = VIEWS.indexOf(view);
    let next: ViewMode | undefined;
    if (event.key === 'ArrowRight') next = VIEWS[(i + 1) % VIEWS.length];
    else if (event.key === 'ArrowLeft') next = VIEWS[(i - 1 + VIEWS.length) % VIEWS.length];
    else if (event.key === 'Home') next = VIEWS[0];
    else if (event.key === 'End') next = VIEWS[VIEWS.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    refs.current[next]?.focus();
    choose(next);
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={strings.viewTabsLabel}>
      {VIEW_TABS.map(({ id: v, label, icon }) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[v] = el;
          }}
          type="button"
          role="tab"
          id={VIEW_IDS[v].tab}
          aria-controls={VIEW_IDS[v].panel}
          aria-selected={v === view}
          aria-disabled={unavailable.includes(v) || undefined}
          tabIndex={v === view ? 0 : -1}
          className="view-tabs__tab"
          onClick={() => choose(v)}
          onKeyDown={onKeyDown}
          onPointerEnter={() => onIntent?.(v)}
          onTouchStart={() => onIntent?.(v)}
          onFocus={() => onIntent?.(v)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="view-tabs__icon">
            <path d={icon} fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
          </svg>
          {label(strings)}
        </button>
      ))}
    </div>
  );
}

export interface ViewPanelProps {
  /** The view this panel holds. */
  view: ViewMode;
  /** The view shown now: every other panel is hidden. */
  shown: ViewMode;
  /** The panel's modifier classes (`view-panel--map`, `view-panel--table view-panel--chart`). */
  modifier: string;
  children?: ReactNode;
}

/** A view's panel, labelled by its tab. */
export function ViewPanel({ view, shown, modifier, children }: ViewPanelProps) {
  return (
    <div
      className={`view-panel ${modifier}`}
      role="tabpanel"
      id={VIEW_IDS[view].panel}
      aria-labelledby={VIEW_IDS[view].tab}
      hidden={shown !== view}
    >
      {children}
    </div>
  );
}
