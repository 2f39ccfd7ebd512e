/**
 * The search strings, shared by the navbar box and the results page: Docusaurus theme
 * translations (i18n/<locale>/code.json), which the main bundle already carries, so the box
 * adds no i18next code to the first load. The default messages are the English ones; the
 * descriptions for translators are in code.json only (a description here would ship in the bundle).
 */
import {translate} from '@docusaurus/Translate';

export const label = (): string => translate({id: 'theme.SearchBar.label', message: 'Search the documentation'});
export const placeholder = (): string => translate({id: 'theme.SearchBar.placeholder', message: 'Search'});
export const resultsLabel = (): string => translate({id: 'theme.SearchBar.resultsLabel', message: 'Matching pages'});
export const allResults = (query: string): string =>
  translate({id: 'theme.SearchBar.allResults', message: 'All results for “{query}”'}, {query});

export const pageTitle = (): string => translate({id: 'theme.SearchPage.title', message: 'Search'});
export const pageDescription = (): string =>
  translate({id: 'theme.SearchPage.description', message: 'Search the pages of the Azure VMware Solution backup guide.'});
export const pageHeading = (query: string): string =>
  translate({id: 'theme.SearchPage.heading', message: 'Results for “{query}”'}, {query});
export const pageLabel = (): string => translate({id: 'theme.SearchPage.inputLabel', message: 'Search terms'});

/** What the search is doing, for the status line (a live region). */
export function statusText(
  state: {query: string; failed: boolean; count: number | null},
  selectMessage: (count: number, plurals: string) => string,
): string {
  if (!state.query) return '';
  if (state.failed) return translate({id: 'theme.SearchBar.failed', message: 'Search could not load. Try again.'});
  if (state.count === null) return translate({id: 'theme.SearchBar.loading', message: 'Searching…'});
  if (state.count === 0) {
    return translate({id: 'theme.SearchBar.noResults', message: 'No page matches “{query}”.'}, {query: state.query});
  }
  // Plural forms separated by "|", as Docusaurus's usePluralForm reads them.
  return selectMessage(
    state.count,
    translate({id: 'theme.SearchBar.resultCount', message: 'One page found|{count} pages found'}, {count: state.count}),
  );
}
