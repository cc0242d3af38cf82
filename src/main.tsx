import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { pageLang } from './i18n/language';
import { applyDocumentLanguage } from './i18n/useDocumentLanguage';
import { initialData, resetAppStore } from './store/appStore';
import { localToday } from './timeline/controller';
import { readUrlState } from './url/useUrlSync';
import './styles.css';

const today = localToday();
// Language: the link's `lang`, else the reader's last choice, else the browser's languages.
const lang = pageLang();
applyDocumentLanguage(lang);
resetAppStore(initialData({ ...readUrlState(window.location.search, today), lang }, today));

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
