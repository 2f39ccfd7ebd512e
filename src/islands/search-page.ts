/**
 * Island: the results page (markup: src/pages/search). Searches the URL's `q` on arrival, then
 * each edit of the field, keeping the URL in step (so that a result page can be shared or reloaded).
 */
import {fill, readMessages, statusText} from '../search/messages';
import type {SearchHit} from '../search/pagefind';

/** The site has a handful of pages: the results page shows them all. */
const PAGE_LIMIT = 50;

/** The results this island lists (see show): the build keeps their CSS (scripts/inline-css.mjs). */
export const cssStates = ['<ol><li><h2><a href="/"></a></h2><p><mark></mark></p></li></ol>'];

export function startSearchPage(main: HTMLElement): void {
  const heading = main.querySelector('h1');
  const form = main.querySelector('form');
  const input = form?.querySelector('input');
  const status = main.querySelector<HTMLElement>('[role="status"]');
  const results = main.querySelector('ol');
  if (!heading || !form || !input || !status || !results) throw new Error('search page: markup missing (see src/pages/search)');
  const messages = readMessages(main);
  const lang = document.documentElement.lang;
  let latest = '';

  function show(query: string, state: {failed: boolean; hits: SearchHit[] | null}): void {
    heading!.textContent = query ? fill(messages.pageHeading, {query}) : messages.pageTitle;
    status!.textContent = statusText(messages, {query, failed: state.failed, count: state.hits ? state.hits.length : null}, lang);
    results!.replaceChildren(
      ...(state.hits ?? []).map((hit) => {
        const item = document.createElement('li');
        const title = document.createElement('h2');
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title;
        title.append(link);
        const excerpt = document.createElement('p');
        excerpt.innerHTML = hit.excerpt; // Pagefind escapes the page text; its only markup is <mark>.
        item.append(title, excerpt);
        return item;
      }),
    );
  }

  async function search(value: string): Promise<void> {
    latest = value;
    const query = value.trim();
    window.history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : window.location.pathname);
    show(query, {failed: false, hits: null});
    if (!query) return;
    try {
      const {searchPages} = await import('../search/pagefind');
      const hits = await searchPages(value, PAGE_LIMIT);
      if (hits && latest === value) show(query, {failed: false, hits});
    } catch {
      if (latest === value) show(query, {failed: true, hits: null});
    }
  }

  // The field searches as it changes; its submit button searches again (and the status says the count again).
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  input.addEventListener('input', () => void search(input.value));
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  void search(input.value);
}
