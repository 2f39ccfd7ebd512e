import {defineConfig} from '@playwright/test';

/**
 * Browser tests of the production build (run `npm run build` first), in the system's Chromium.
 * The global set-up serves build/ on a free port and passes its URL to the workers in BASE_URL.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/search.global-setup.ts',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: process.env.BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      // No browser download is possible here: drive the system's Chromium.
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
