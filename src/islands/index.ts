/**
 * The islands' entry: the one script every page loads (plugins/islands.ts imports it a frame after the HTML is in). Each
 * island starts where its markup is; the search code and the 404 page's load on demand, as chunks
 * that share no module with this one (a shared module would be one more request on every page).
 * plugins/islands.ts bundles this file and adds it to every page of the production build.
 */
import {startColorMode} from './color-mode';
import {startLanguageLinks} from './language-links';
import {startSearchBox} from './search-box';
import {startSearchPage} from './search-page';

/** Set by plugins/islands.ts: Docusaurus's storage key for the theme choice. */
declare const THEME_STORAGE_KEY: string;

startColorMode(THEME_STORAGE_KEY);
startLanguageLinks();
document.querySelectorAll<HTMLFormElement>('form[data-search-box]').forEach(startSearchBox);

document.querySelectorAll<HTMLElement>('[data-search-page]').forEach(startSearchPage);
const notFound = document.querySelector<HTMLElement>('[data-not-found]');
void (notFound ? import('./not-found').then(({startNotFound}) => startNotFound(notFound)) : Promise.resolve()).then(() => {
  // For the browser tests: every island of this page has started.
  document.documentElement.dataset.islands = 'ready';
});
