/**
 * The islands' entry: the only script a page loads (a module, after the HTML is parsed). Each
 * island starts where its markup is; the search engine and the results page's code load on demand.
 * plugins/islands.ts bundles this file and adds it to every page of the production build.
 */
import {startColorMode} from './color-mode';
import {startLanguageLinks} from './language-links';
import {startSearchBox} from './search-box';

/** Set by plugins/islands.ts: Docusaurus's storage key for the theme choice. */
declare const THEME_STORAGE_KEY: string;

startColorMode(THEME_STORAGE_KEY);
startLanguageLinks();
document.querySelectorAll<HTMLFormElement>('form[data-search-box]').forEach(startSearchBox);

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
const notFound = document.querySelector<HTMLElement>('[data-not-found]');
void Promise.all([
  searchPage && import('./search-page').then(({startSearchPage}) => startSearchPage(searchPage)),
  notFound && import('./not-found').then(({startNotFound}) => startNotFound(notFound)),
]).then(() => {
  // For the browser tests: every island of this page has started.
  document.documentElement.dataset.islands = 'ready';
});
