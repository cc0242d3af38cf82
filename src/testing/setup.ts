/** Setup for the jsdom `unit` project: unmount rendered components between tests. */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAppStore } from '../store/appStore';
// Spanish is a chunk loaded on demand in the app; tests have every language at once.
import '../i18n/all-langs';

// Panels, dialogs and the table load on first use (src/app/lazy.tsx): the first `findBy` waits for
// a dynamic import, which takes more than the default second on a busy 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});

// Components take their text from the store's language: a test that switches to Spanish leaves English behind it.
afterEach(() => {
  useAppStore.setState({ lang: 'en' });
});
