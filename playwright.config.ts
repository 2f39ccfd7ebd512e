import {defineConfig} from '@playwright/test';

/**
 * Browser tests of the production build (both locales), in Debian's Chromium.
 * The global set-up serves build/ on a free loopback port and hands its URL to the tests
 * through E2E_BASE_URL; run `npm run build` first (`npm test` does).
 * Project "hosting" (tests/hosting/) starts its own servers, once per file: no parallel tests there.
 */
export default defineConfig({
  projects: [
    {name: 'e2e', testDir: 'tests/e2e'},
    {name: 'hosting', testDir: 'tests/hosting', fullyParallel: false},
  ],
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  fullyParallel: true,
  // Two CPU cores on the test machine.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: process.env.E2E_BASE_URL,
    browserName: 'chromium',
    viewport: {width: 1280, height: 800},
    colorScheme: 'light',
    launchOptions: {
      // No browser download is possible here: drive the system's Chromium.
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
