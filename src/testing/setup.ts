/** Setup for the jsdom `unit` project: unmount rendered components between tests. */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Panels, dialogs and the table load on first use (src/app/lazy.tsx): the first `findBy` waits for
// a dynamic import, which takes more than the default second on a busy 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
