/**
 * Island: the navbar search box (markup: src/theme/SearchBar). A combobox: typing searches the
 * current locale's pages, arrows move in the listbox, Enter opens the chosen page (or the results
 * page), Escape closes the list then clears the box; `/` or Ctrl+K (⌘K) focuses the box from
 * anywhere. The engine (src/search/pagefind.ts, then Pagefind itself) loads on first focus.
 */
import {DROPDOWN_LIMIT} from '../search/dropdown-limit';
import {fill, readMessages, statusText} from '../search/messages';
import type {SearchHit} from '../search/pagefind';

const searchModule = () => import('../search/pagefind');

/**
 * What this island puts in the box's markup (see render and optionFor), and the marks that
 * src/search/pagefind.ts puts on a followed result's page: the build keeps their CSS (scripts/inline-css.mjs).
 */
export const cssStates = [
  '<input aria-expanded="true" aria-activedescendant="o">',
  '<div hidden><p hidden></p><ul aria-busy="true"><li role="option" aria-selected="true"><span></span><span><mark></mark></span></li><li role="option" aria-selected="false" data-all></li></ul></div>',
  '<mark class="pagefind-highlight"></mark>',
];

/** True when the key press is meant for a field, not for a page shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** One option of the listbox: the page's title, then Pagefind's excerpt (HTML-escaped page text, matched words in <mark>). */
function optionFor(hit: SearchHit): HTMLLIElement {
  const option = document.createElement('li');
  const title = document.createElement('span');
  title.textContent = hit.title;
  const excerpt = document.createElement('span');
  excerpt.innerHTML = hit.excerpt;
  option.append(title, excerpt);
  return option;
}

export function startSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const popup = list?.parentElement;
  const message = popup?.querySelector<HTMLElement>('p');
  if (!input || !status || !list || !popup || !message) throw new Error('search box: markup missing (see src/theme/SearchBar)');
  const messages = readMessages(form);
  const lang = document.documentElement.lang;
  const searchPage = form.getAttribute('action') ?? '/search';

  let query = '';
  /** The latest results, and the query they answer (older than `query` while a search runs). */
  let results: {query: string; hits: SearchHit[]} | null = null;
  let failed = false;
  let open = false;
  let active = -1;

  const trimmed = (): string => query.trim();
  // While a new search runs, the previous results stay (no flicker), marked busy.
  const shown = (): SearchHit[] => (trimmed() && results ? results.hits : []);
  const optionCount = (): number => (trimmed() ? shown().length + 1 : 0); // + "all results"
  const optionId = (index: number): string => `${list.id}-option-${index}`;

  function render(): void {
    const hits = results?.query === query ? results.hits : null;
    const text = statusText(messages, {query: trimmed(), failed, count: hits ? hits.length : null}, lang);
    const expanded = open && optionCount() > 0;
    input!.setAttribute('aria-expanded', String(expanded));
    if (expanded && active >= 0) input!.setAttribute('aria-activedescendant', optionId(active));
    else input!.removeAttribute('aria-activedescendant');
    status!.textContent = open ? text : '';
    popup!.hidden = !expanded;
    message!.hidden = !(text && (failed || shown().length === 0));
    message!.textContent = text;
    list!.setAttribute('aria-busy', String(!hits));
    const options = shown().map(optionFor);
    if (optionCount() > 0) {
      const all = document.createElement('li');
      all.dataset.all = '';
      all.textContent = fill(messages.allResults, {query: trimmed()});
      options.push(all);
    }
    options.forEach((option, index) => {
      option.id = optionId(index);
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(index === active));
      // Keep the focus in the box, so that the click is not lost to its blur.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => openOption(index));
    });
    list!.replaceChildren(...options);
  }

  async function search(value: string): Promise<void> {
    query = value;
    active = -1;
    failed = false;
    open = Boolean(value.trim());
    if (!open) results = null;
    render();
    if (!open) return;
    try {
      const {searchPages} = await searchModule();
      const hits = await searchPages(value, DROPDOWN_LIMIT);
      if (hits && query === value) results = {query: value, hits};
    } catch {
      if (query === value) failed = true;
    }
    if (query === value) render();
  }

  function openOption(index: number): void {
    const hit = shown()[index];
    open = false;
    render();
    input!.blur();
    window.location.assign(hit ? hit.url : `${searchPage}?q=${encodeURIComponent(trimmed())}`);
  }

  document.addEventListener('keydown', (event) => {
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!ctrlK && !slash) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  // The island handles Enter itself (below); the submit button, for assistive technologies, opens
  // the results page as the last option does. An empty box goes nowhere.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (trimmed()) openOption(shown().length);
  });
  input.addEventListener('focus', () => {
    // Warm up: engine, WebAssembly and the locale's index metadata, before the first key.
    searchModule()
      .then(({loadPagefind}) => loadPagefind())
      .catch(() => undefined); // a search reports the failure
    if (trimmed()) {
      open = true;
      render();
    }
  });
  input.addEventListener('blur', () => {
    open = false;
    render();
  });
  input.addEventListener('input', () => void search(input.value));
  input.addEventListener('keydown', (event) => {
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
  });

  // A followed result carries its matched words in the query string: highlight them on this page.
  // (The parameter's name stays in the search chunk, so that this bundle shares no module with it.)
  if (window.location.search) {
    searchModule()
      .then(({highlightFromUrl}) => highlightFromUrl(window.location.search))
      .catch(() => undefined); // highlighting is a nicety
  }
}
