// @ts-check
/**
 * Debian's Chromium, as the browser tests and the benchmark drive it: no browser download is
 * possible on our machines. CHROME_PATH picks another Chromium or Chrome binary. Without the
 * background-networking flags, Chromium's own connections are refused by the closed network.
 */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
