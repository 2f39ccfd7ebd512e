import {globalServer} from './global-setup';

/** Stops the server the global set-up started. */
export default async function globalTeardown(): Promise<void> {
  await globalServer.close?.();
}
