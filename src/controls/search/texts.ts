/**
 * The search strings: Docusaurus theme translations (i18n/<locale>/code.json), rendered at build
 * time. The default messages are the English ones; the descriptions for translators are in
 * code.json only. What the search controls show after a search travels in the page (searchMessages).
 */
import {translate} from '@docusaurus/Translate';
import type {SearchMessages} from './search';

export const label = (): string => translate({id: 'theme.SearchBar.label', message: 'Search the documentation'});
export const placeholder = (): string => translate({id: 'theme.SearchBar.placeholder', message: 'Search'});
export const submit = (): string => translate({id: 'theme.SearchBar.submit', message: 'Search'});
export const resultsLabel = (): string => translate({id: 'theme.SearchBar.resultsLabel', message: 'Matching pages'});

export const pageTitle = (): string => translate({id: 'theme.SearchPage.title', message: 'Search'});
export const pageDescription = (): string =>
  translate({id: 'theme.SearchPage.description', message: 'Search the pages of the Azure VMware Solution backup guide.'});
export const pageLabel = (): string => translate({id: 'theme.SearchPage.inputLabel', message: 'Search terms'});
export const pageNoJavaScript = (): string =>
  translate({
    id: 'theme.SearchPage.noJavaScript',
    message: 'Searching needs JavaScript, which is off in this browser. The guide’s pages are listed at the bottom of this page.',
  });

/** The texts the search controls fill in, placeholders kept (translate leaves a placeholder it has no value for). */
export const searchMessages = (): SearchMessages => ({
  loading: translate({id: 'theme.SearchBar.loading', message: 'Searching…'}),
  failed: translate({id: 'theme.SearchBar.failed', message: 'Search could not load. Try again.'}),
  noResults: translate({id: 'theme.SearchBar.noResults', message: 'No page matches “{query}”.'}),
  resultCount: translate({id: 'theme.SearchBar.resultCount', message: 'One page found|{count} pages found'}),
  allResults: translate({id: 'theme.SearchBar.allResults', message: 'All results for “{query}”'}),
  pageTitle: pageTitle(),
  pageHeading: translate({id: 'theme.SearchPage.heading', message: 'Results for “{query}”'}),
});
