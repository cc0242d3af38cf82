/** Setup for the jsdom `unit` project: unmount rendered components between tests. */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAppStore } from '../store/appStore';

afterEach(() => {
  cleanup();
});

// Components take their text from the store's language: a test that switches to Spanish leaves English behind it.
afterEach(() => {
  useAppStore.setState({ lang: 'en' });
});
