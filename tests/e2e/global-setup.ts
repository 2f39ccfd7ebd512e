import {existsSync} from 'node:fs';
import path from 'node:path';

/** Serves the production build on a free loopback port; the tests read its URL as baseURL. */
export default async function globalSetup(): Promise<void> {
  for (const page of ['build/index.html', 'build/en/index.html']) {
    if (!existsSync(path.resolve(__dirname, '../..', page))) {
      throw new Error(`${page} is missing: run \`npm run build\` before the browser tests.`);
    }
  }
  // Imported when needed: serve.mjs is an ES module with top-level await (its CLI part).
  const {startServer} = await import('../../scripts/serve.mjs');
  const server = await startServer({port: 0});
  process.env.E2E_BASE_URL = server.url;
  globalServer.close = server.close;
}

/** Shared with the global teardown, which runs in the same runner process. */
export const globalServer: {close?: () => Promise<unknown>} = ((globalThis as {e2eServer?: object}).e2eServer ??= {});
