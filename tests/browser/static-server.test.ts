import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sendFile } from './static-server';

describe('the tests’ static server', () => {
  it('ends the response, without crashing the run, when a file is gone by the time it is read', async () => {
    // What a test's cleanup can cause: the file passed the existence check, then its folder was removed.
    const server = createServer((_req, res) => {
      res.writeHead(200);
      sendFile(res, join(tmpdir(), 'static-server-test-missing', 'index.js'));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    try {
      if (address === null || typeof address === 'string') throw new Error('no port');
      await expect(fetch(`http://127.0.0.1:${address.port}/`).then((r) => r.text())).rejects.toThrow();
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
