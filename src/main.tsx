import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initialData, resetAppStore } from './store/appStore';
import { localToday } from './timeline/controller';
import { readUrlState } from './url/useUrlSync';
import './styles.css';

const today = localToday();
resetAppStore(initialData(readUrlState(window.location.search, today), today));

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
