/**
 * `<search-box>`: the navbar's search combobox (markup: SearchBox.tsx). Typing searches the
 * current locale's pages, arrows move in the listbox, Enter opens the chosen page (or the results
 * page), Escape closes the list then clears the box; `/` or Ctrl+K (⌘K) focuses the box from
 * anywhere. The search code (../search/search.ts, then Pagefind itself) loads on first focus; a
 * newer query aborts the one still running, so an older, slower answer never replaces a newer one.
 */
import type {SearchHit, SearchMessages} from '../search/search';

const searchModule = () => import('../search/search');
type SearchCode = Awaited<ReturnType<typeof searchModule>>;

/** True when the key press is meant for a field, not for a page shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export class SearchBox extends HTMLElement {
  /** Removes the listeners when the element leaves the page. */
  declare private connection: AbortController | undefined;

  connectedCallback(): void {
    this.connection = new AbortController();
    const {signal} = this.connection;
    const part = <T extends HTMLElement>(name: string): T => {
      const element = this.querySelector<T>(`[data-part="${name}"]`);
      if (!element) throw new Error(`<search-box>: no [data-part="${name}"] in its markup (SearchBox.tsx)`);
      return element;
    };
    const form = part<HTMLFormElement>('form');
    const input = part<HTMLInputElement>('input');
    const status = part('status');
    const popup = part('popup');
    const message = part('message');
    const list = part<HTMLUListElement>('list');
    const limit = Number(this.dataset.limit);
    const lang = document.documentElement.lang;
    const searchPage = form.getAttribute('action') ?? '/search';

    let query = '';
    /** The latest results, and the query they answer (older than `query` while a search runs). */
    let results: {query: string; hits: SearchHit[]} | null = null;
    let failed = false;
    let open = false;
    let active = -1;
    /** Aborts the search that is running, when a newer one starts. */
    let running: AbortController | undefined;
    /** The search code and the page's search texts, once loaded: until then the list stays closed. */
    let code: {search: SearchCode; messages: SearchMessages} | undefined;

    const trimmed = (): string => query.trim();
    // While a new search runs, the previous results stay (no flicker), marked busy.
    const shown = (): SearchHit[] => (trimmed() && results ? results.hits : []);
    const optionCount = (): number => (code && trimmed() ? shown().length + 1 : 0); // + "all results"
    const optionId = (index: number): string => `${list.id}-option-${index}`;

    /** One option of the listbox: the page's title, then Pagefind's excerpt (HTML-escaped page text, matched words in <mark>). */
    const optionFor = (search: SearchCode, hit: SearchHit): HTMLElement =>
      search.fromTemplate(this, 'option', {title: hit.title}, {excerpt: hit.excerpt});

    const render = (): void => {
      const hits = results?.query === query ? results.hits : null;
      const text = code
        ? code.search.statusText(code.messages, {query: trimmed(), failed, count: hits ? hits.length : null}, lang)
        : failed && trimmed()
          ? ((JSON.parse(this.dataset.messages ?? '{}') as Partial<SearchMessages>).failed ?? '') // the search code itself did not load
          : '';
      const expanded = open && (optionCount() > 0 || Boolean(text));
      input.setAttribute('aria-expanded', String(expanded));
      if (expanded && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
      else input.removeAttribute('aria-activedescendant');
      status.textContent = open ? text : '';
      popup.hidden = !expanded;
      message.hidden = !(text && (failed || shown().length === 0));
      message.textContent = text;
      list.setAttribute('aria-busy', String(!hits));
      const options: HTMLElement[] = [];
      if (code && optionCount() > 0) {
        const {search, messages} = code;
        options.push(...shown().map((hit) => optionFor(search, hit)));
        options.push(search.fromTemplate(this, 'all-results', {text: search.fill(messages.allResults, {query: trimmed()})}));
      }
      options.forEach((option, index) => {
        option.id = optionId(index);
        option.setAttribute('aria-selected', String(index === active));
        // Keep the focus in the box, so that the click is not lost to its blur.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => openOption(index));
      });
      list.replaceChildren(...options);
    };

    const search = async (value: string): Promise<void> => {
      running?.abort();
      const current = new AbortController();
      running = current;
      query = value;
      active = -1;
      failed = false;
      open = Boolean(value.trim());
      if (!open) results = null;
      render();
      if (!open) return;
      try {
        const search = await searchModule();
        code ??= {search, messages: search.readMessages(this)};
        if (current.signal.aborted) return;
        render(); // "Searching…"
        const hits = await search.searchPages(value, limit, current.signal);
        if (current.signal.aborted) return;
        if (hits) results = {query: value, hits};
      } catch {
        if (current.signal.aborted) return;
        failed = true;
      }
      render();
    };

    const openOption = (index: number): void => {
      const hit = shown()[index];
      open = false;
      render();
      input.blur();
      window.location.assign(hit ? hit.url : `${searchPage}?q=${encodeURIComponent(trimmed())}`);
    };

    document.addEventListener(
      'keydown',
      (event) => {
        const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
        const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
        if (!ctrlK && !slash) return;
        event.preventDefault();
        input.focus();
        input.select();
      },
      {signal},
    );
    // The element handles Enter itself (below); the submit button, for assistive technologies, opens
    // the results page as the last option does. An empty box goes nowhere.
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        if (trimmed()) openOption(shown().length);
      },
      {signal},
    );
    input.addEventListener(
      'focus',
      () => {
        // Warm up: engine, WebAssembly and the locale's index metadata, before the first key.
        searchModule()
          .then(({loadPagefind}) => loadPagefind())
          .catch(() => undefined); // a search reports the failure
        if (trimmed()) {
          open = true;
          render();
        }
      },
      {signal},
    );
    input.addEventListener(
      'blur',
      () => {
        open = false;
        render();
      },
      {signal},
    );
    input.addEventListener('input', () => void search(input.value), {signal});
    input.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          const count = optionCount();
          if (count === 0) return;
          event.preventDefault();
          open = true;
          active = event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1;
          render();
        } else if (event.key === 'Enter') {
          event.preventDefault();
          if (trimmed()) openOption(active >= 0 ? active : shown().length);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          if (open) {
            open = false;
            active = -1;
            render();
          } else {
            input.value = '';
            void search('');
          }
        }
      },
      {signal},
    );

    // A followed result carries its matched words in the query string: highlight them on this page.
    if (window.location.search) {
      searchModule()
        .then(({highlightFromUrl}) => highlightFromUrl(window.location.search))
        .catch(() => undefined); // highlighting is a nicety
    }
  }

  disconnectedCallback(): void {
    this.connection?.abort();
  }
}

customElements.define('search-box', SearchBox);
