import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { pageLang } from './i18n/language';
import { isLangLoaded, loadLang } from './i18n/strings';
import { applyDocumentLanguage } from './i18n/useDocumentLanguage';
import { initialData, resetAppStore, useAppStore } from './store/appStore';
import { localToday } from './domain/dates';
import { posterDay, posterShowsToday, startPosterHandover } from './poster/handover';
import { readUrlState } from './url/useUrlSync';
// The page's sheets, in cascade order (docs/ARCHITECTURE.md, Stylesheets). They come after every
// sheet App's modules import, so these win ties; a new rule goes in the sheet of its feature.
import './layout/base.css';
import './layout/frame.css';
import './legend/legend.css';
import './ui/controls.css';
import './map/map.css';
import './timeline/timeline.css';
import './details/details.css';
import './layout/footer.css';
import './a11y/theme.css';
import './a11y/touch.css';
import './layout/rows.css';

const today = localToday();
// Language: the link's `lang`, else the reader's last choice, else the browser's languages.
const lang = pageLang();
applyDocumentLanguage(lang);
resetAppStore(initialData({ ...readUrlState(window.location.search, today), lang }, today));
// The first map's data starts downloading now, not after React's first render (App then sees it
// loading). Not a <link rel=preload>: that took bandwidth from the scripts and delayed the first
// paint in Lighthouse by about 0.5 s (BENCHMARKS.md).
void useAppStore.getState().loadMapData();
// The build's picture of today's map stays until the map's first complete frame, or until the reader changes the view.
const poster = startPosterHandover();
const initial = useAppStore.getState();
const unsubscribe = useAppStore.subscribe((s) => {
  const day = posterDay();
  const stale = s.mapData.status === 'ready' && day !== undefined && !posterShowsToday(day, s.today, s.mapData.data.index.changeDays);
  if (stale || s.date !== initial.date || s.layer !== initial.layer || s.selectedId !== initial.selectedId || s.view !== initial.view) {
    poster.drop();
    unsubscribe();
  }
});

function render() {
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// A Spanish page waits for its text (a small chunk, fetched while the map data downloads) before
// the first render, rather than flashing English: the poster holds the screen meanwhile. A failed
// fetch renders in English (loadLang resolves false), never a blank page.
if (isLangLoaded(lang)) render();
else void loadLang(lang).then(render);
