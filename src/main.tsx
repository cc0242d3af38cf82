import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { pageLang } from './i18n/language';
import { applyDocumentLanguage } from './i18n/useDocumentLanguage';
import { initialData, resetAppStore, useAppStore } from './store/appStore';
import { localToday } from './domain/dates';
import { readUrlState } from './url/useUrlSync';
import './styles.css';

const today = localToday();
// Language: the link's `lang`, else the reader's last choice, else the browser's languages.
const lang = pageLang();
applyDocumentLanguage(lang);
resetAppStore(initialData({ ...readUrlState(window.location.search, today), lang }, today));
// The first map's data starts downloading now, not after React's first render (App then sees it
// loading). Not a <link rel=preload>: that took bandwidth from the scripts and delayed the first
// paint in Lighthouse by about 0.5 s (BENCHMARKS.md).
void useAppStore.getState().loadMapData();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
