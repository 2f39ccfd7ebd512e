/**
 * The Pagefind search engine, loaded on first use.
 * `npm run build` writes the index of both locales into build/pagefind/ (one index per `<html lang>`);
 * nothing of it is in the site's bundles: the navbar box and the results page import
 * /pagefind/pagefind.js only when the reader starts to search, and that script loads the
 * index of the page's language only, in small chunks, as the query needs them.
 * This module is itself a chunk of its own: the navbar box imports it on first focus.
 */
import {HIGHLIGHT_PARAM} from './highlight-param';
import {localeOfPath} from '../../site-facts.mjs';

/** Pagefind writes one folder for the whole site, at its root (baseUrl '/' in docusaurus.config.ts), shared by both locales. */
const PAGEFIND_DIR = '/pagefind/';

/** The part of Pagefind's JS API that the site uses (https://pagefind.app/docs/api/). */
export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: {title?: string};
  locations: number[];
}
interface PagefindResult {
  data: () => Promise<PagefindFragment>;
}
interface PagefindApi {
  options: (options: {excerptLength?: number}) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (term: string, options?: object, debounceMs?: number) => Promise<{results: PagefindResult[]} | null>;
}
interface PagefindHighlightModule {
  default: new (options: {highlightParam: string; addStyles: boolean; markOptions: {className: string; exclude: string[]}}) => unknown;
}

export interface SearchHit {
  /** Site path of the page, with the matched words as highlight parameters. */
  url: string;
  title: string;
  /** Pagefind's excerpt: the page's text, HTML-escaped, with the matched words in <mark>. */
  excerpt: string;
}

let engine: Promise<PagefindApi> | undefined;

/** Imports the engine once; the bundler leaves the import alone (the file exists only after the build). */
export function loadPagefind(): Promise<PagefindApi> {
  engine ??= (async () => {
    const api = (await import(/* webpackIgnore: true */ `${PAGEFIND_DIR}pagefind.js`)) as PagefindApi;
    await api.options({excerptLength: 24});
    await api.init();
    return api;
  })().catch((error: unknown) => {
    engine = undefined; // let the next keystroke try again
    throw error;
  });
  return engine;
}

/** Pagefind's page URL as the site serves it: no `.html` (trailingSlash: false). */
export function sitePath(url: string): string {
  return url.replace(/\.html$/, '');
}

/** The words of the page that matched (stemmed forms included: `sauvegardes` matches `sauvegarde`). */
export function matchedWords(fragment: PagefindFragment): string[] {
  const words = fragment.content.split(/[^\S\uFEFF]+/);
  const found = new Set<string>();
  for (const location of fragment.locations) {
    const word = words[location]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase();
    if (word) found.add(word);
    if (found.size === 5) break;
  }
  return [...found];
}

/** Pages in the current locale only: Pagefind loads the index of `<html lang>`; this is a guard. */
export const inLocale = (path: string, locale: string): boolean => localeOfPath(path) === locale;

/**
 * Searches the current locale's pages. Resolves to null when a newer search replaced this one.
 * @param limit how many results to load the excerpt of
 */
export async function searchPages(query: string, limit: number): Promise<SearchHit[] | null> {
  // The reader's locale is the page's: its path says which (site-facts.mjs).
  const locale = localeOfPath(window.location.pathname);
  const api = await loadPagefind();
  const response = await api.debouncedSearch(query, {}, 150);
  if (!response) return null;
  const fragments = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return fragments
    .map((fragment): SearchHit => {
      const params = new URLSearchParams(matchedWords(fragment).map((word) => [HIGHLIGHT_PARAM, word]));
      const query = params.size > 0 ? `?${params.toString()}` : '';
      return {url: sitePath(fragment.url) + query, title: fragment.meta.title ?? sitePath(fragment.url), excerpt: fragment.excerpt};
    })
    .filter((hit) => inLocale(hit.url, locale));
}

/** Highlights the words named in the URL on the current page (after following a result). */
export async function highlightFromUrl(search: string): Promise<void> {
  if (!new URLSearchParams(search).has(HIGHLIGHT_PARAM)) return;
  const {default: PagefindHighlight} = (await import(
    /* webpackIgnore: true */ `${PAGEFIND_DIR}pagefind-highlight.js`
  )) as PagefindHighlightModule;
  // Marks the words inside [data-pagefind-body]; the page's CSS styles mark.pagefind-highlight.
  // Not inside SVG: an HTML <mark> in an SVG <text> would hide the diagram's label.
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {className: 'pagefind-highlight', exclude: ['svg', 'svg *', '[data-pagefind-ignore]', '[data-pagefind-ignore] *']},
  });
}
