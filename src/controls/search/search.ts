/**
 * The search, shared by the navbar box (src/controls/search-box) and the results page
 * (src/controls/search-page): the Pagefind engine, the mapping of its results, and the status
 * texts. The box imports this module on first focus, the results page at once; every page's
 * entry never does (tests/e2e/bundles.spec.ts).
 * `npm run build` writes the index of both locales into build/pagefind/ (one index per `<html lang>`);
 * nothing of it is in the site's bundles: this module imports /pagefind/pagefind.js only when the
 * reader starts to search, and that script loads the index of the page's language only, in
 * small chunks, as the query needs them.
 */
import {localeOfPath} from '../../../site-facts.mjs';

/** The query parameter that carries a result's matched words to its page, to highlight them there. */
const HIGHLIGHT_PARAM = 'pagefind-highlight';

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
 * Searches the current locale's pages. Resolves to null when `signal` was aborted (a newer search
 * replaced this one) or Pagefind's debounce dropped the query; no result of an aborted search is loaded.
 * @param limit how many results to load the excerpt of
 */
export async function searchPages(query: string, limit: number, signal: AbortSignal): Promise<SearchHit[] | null> {
  // The reader's locale is the page's: its path says which (site-facts.mjs).
  const locale = localeOfPath(window.location.pathname);
  const api = await loadPagefind();
  if (signal.aborted) return null;
  const response = await api.debouncedSearch(query, {}, 150);
  if (!response || signal.aborted) return null;
  const fragments = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  if (signal.aborted) return null;
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

/**
 * The search texts, as the build writes them into the page for the search controls (a JSON
 * `data-messages` attribute): Docusaurus theme translations (i18n/<locale>/code.json, see
 * texts.ts) with their `{query}` and `{count}` placeholders left for the controls to fill.
 */
export interface SearchMessages {
  loading: string;
  failed: string;
  noResults: string;
  /** Plural forms separated by "|", as Docusaurus writes them. */
  resultCount: string;
  allResults: string;
  /** The results page's title and heading. */
  pageTitle: string;
  pageHeading: string;
}

/** Fills the `{name}` placeholders of a message. */
export const fill = (message: string, values: Record<string, string | number>): string =>
  message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));

/** Docusaurus's order of plural forms (usePluralForm), smallest numbers first. */
const PLURAL_FORMS: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The form of a "|"-separated plural message for `count` in `lang`, chosen as Docusaurus's usePluralForm chooses it. */
export function selectPlural(messages: string, count: number, lang: string): string {
  const parts = messages.split('|');
  const rules = new Intl.PluralRules(lang);
  const forms = PLURAL_FORMS.filter((form) => rules.resolvedOptions().pluralCategories.includes(form));
  return parts[Math.min(Math.max(forms.indexOf(rules.select(count)), 0), parts.length - 1)]!;
}

/** What the search is doing, for the status line (a live region). `count` is null while it searches. */
export function statusText(messages: SearchMessages, state: {query: string; failed: boolean; count: number | null}, lang: string): string {
  if (!state.query) return '';
  if (state.failed) return messages.failed;
  if (state.count === null) return messages.loading;
  if (state.count === 0) return fill(messages.noResults, {query: state.query});
  return fill(selectPlural(messages.resultCount, state.count, lang), {count: state.count});
}

/** The messages the build wrote on `element`; throws a clear error if they are missing. */
export function readMessages(element: HTMLElement): SearchMessages {
  const json = element.dataset.messages;
  if (!json) throw new Error(`<${element.localName}>: no data-messages (see src/controls/search/texts.ts)`);
  return JSON.parse(json) as SearchMessages;
}

/**
 * A copy of what the build rendered in `root`'s `<template data-part="<name>">`, its
 * `[data-slot]` elements (the copy itself included) filled: `text` as text, `html` as markup
 * (Pagefind's excerpts only: the page's text, escaped, with the matched words in <mark>).
 */
export function fromTemplate(root: Element, name: string, text: Record<string, string>, html: Record<string, string> = {}): HTMLElement {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-part="${name}"]`);
  const copy = template?.content.firstElementChild?.cloneNode(true);
  if (!(copy instanceof HTMLElement))
    throw new Error(`<${root.localName}>: no <template data-part="${name}"> with an element in its markup`);
  const slot = (key: string): Element => {
    const found = copy.matches(`[data-slot="${key}"]`) ? copy : copy.querySelector(`[data-slot="${key}"]`);
    if (!found) throw new Error(`<${root.localName}>: its template "${name}" has no [data-slot="${key}"]`);
    return found;
  };
  for (const [key, value] of Object.entries(text)) slot(key).textContent = value;
  for (const [key, value] of Object.entries(html)) slot(key).innerHTML = value;
  return copy;
}
