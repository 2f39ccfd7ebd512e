import {globalServer} from './global-setup';

/** Stops the server the global set-up started (both run in Playwright's runner process). */
export default async function globalTeardown(): Promise<void> {
  if (!globalServer.close) throw new Error('No server to stop: the global set-up did not start one in this process.');
  await globalServer.close();
  delete globalServer.close;
}
