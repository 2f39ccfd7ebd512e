import {defineConfig} from '@playwright/test';
import {CHROME_FLAGS, CHROME_PATH} from './scripts/chromium.mjs';

/** The loopback port the browser tests serve build/ on (E2E_PORT to change it). */
const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Browser tests of the production build (both locales), in Debian's Chromium.
 * Playwright starts `npm run serve` on build/ before the tests and stops it after; run
 * `npm run build` first (`npm test` does: without a build the server says so and stops).
 * Project "hosting" (tests/hosting/) starts its own servers, once per file: no parallel tests there.
 */
export default defineConfig({
  projects: [
    {name: 'e2e', testDir: 'tests/e2e'},
    {name: 'hosting', testDir: 'tests/hosting', fullyParallel: false},
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
  fullyParallel: true,
  // Two CPU cores on the test machine.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    viewport: {width: 1280, height: 800},
    colorScheme: 'light',
    launchOptions: {executablePath: CHROME_PATH, args: CHROME_FLAGS},
  },
});
