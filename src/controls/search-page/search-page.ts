/**
 * `<search-page>`: the results page (markup: SearchPage.tsx; loaded on that page only, its own
 * script). Searches the URL's `q` on arrival, then each edit of the field, keeping the URL in step
 * (so that a result page can be shared or reloaded); a newer query aborts the one still running.
 * The search code is the navbar box's chunk (imported, not bundled here: one copy of the engine per page).
 */
import type {SearchHit, SearchMessages} from '../search/search';

/** The site has a handful of pages: the results page shows them all. */
const PAGE_LIMIT = 50;

export class SearchPage extends HTMLElement {
  declare private connection: AbortController | undefined;

  connectedCallback(): void {
    void import('../search/search')
      .then((code) => this.isConnected && this.start(code))
      .catch(() => {
        // The search code itself did not load: say so where the count would be.
        const status = this.querySelector('[data-part="status"]');
        if (status) status.textContent = (JSON.parse(this.dataset.messages ?? '{}') as Partial<SearchMessages>).failed ?? '';
      });
  }

  private start({fill, fromTemplate, readMessages, searchPages, statusText}: typeof import('../search/search')): void {
    const part = <T extends HTMLElement>(name: string): T => {
      const element = this.querySelector<T>(`[data-part="${name}"]`);
      if (!element) throw new Error(`<search-page>: no [data-part="${name}"] in its markup (SearchPage.tsx)`);
      return element;
    };
    const heading = part('heading');
    const form = part<HTMLFormElement>('form');
    const input = part<HTMLInputElement>('input');
    const status = part('status');
    const results = part('results');
    const messages = readMessages(this);
    const lang = document.documentElement.lang;
    this.connection = new AbortController();
    const {signal} = this.connection;
    let running: AbortController | undefined;

    const show = (query: string, state: {failed: boolean; hits: SearchHit[] | null}): void => {
      heading.textContent = query ? fill(messages.pageHeading, {query}) : messages.pageTitle;
      status.textContent = statusText(messages, {query, failed: state.failed, count: state.hits ? state.hits.length : null}, lang);
      const items = (state.hits ?? []).map((hit) => {
        const item = fromTemplate(this, 'result', {title: hit.title}, {excerpt: hit.excerpt});
        item.querySelector('a')?.setAttribute('href', hit.url);
        return item;
      });
      results.replaceChildren(...items);
    };

    const search = async (value: string): Promise<void> => {
      running?.abort();
      const current = new AbortController();
      running = current;
      const query = value.trim();
      window.history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : window.location.pathname);
      show(query, {failed: false, hits: null});
      if (!query) return;
      try {
        const hits = await searchPages(value, PAGE_LIMIT, current.signal);
        if (hits && !current.signal.aborted) show(query, {failed: false, hits});
      } catch {
        if (!current.signal.aborted) show(query, {failed: true, hits: null});
      }
    };

    // The field searches as it changes; its submit button searches again (and the status says the count again).
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        void search(input.value);
      },
      {signal},
    );
    input.addEventListener('input', () => void search(input.value), {signal});
    input.value = new URLSearchParams(window.location.search).get('q') ?? '';
    void search(input.value);
  }

  disconnectedCallback(): void {
    this.connection?.abort();
  }
}

customElements.define('search-page', SearchPage);
