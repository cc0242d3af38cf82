/** Setup for the jsdom `unit` project: unmount rendered components between tests. */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
