/**
 * `<search-box>` in jsdom, on the markup SearchBox.tsx writes (its parts, its templates), with
 * the engine replaced by searches the test answers when it wants. The browser suite runs the
 * real engine on the built pages (tests/e2e/search.spec.ts).
 */
import type {SearchHit} from '../search/search';

/** The searches the element started, in order, each answered by the test. */
const started: {query: string; signal: AbortSignal; answer: (hits: SearchHit[]) => void; fail: (error: Error) => void}[] = [];

vi.mock('../search/search', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../search/search')>()),
  loadPagefind: () => Promise.resolve(),
  searchPages: (query: string, _limit: number, signal: AbortSignal) =>
    new Promise<SearchHit[]>((answer, fail) => started.push({query, signal, answer, fail})),
}));

const MESSAGES = {
  loading: 'Searching…',
  failed: 'Failed.',
  noResults: 'No page matches “{query}”.',
  resultCount: 'One page found|{count} pages found',
  allResults: 'All results for “{query}”',
  pageTitle: 'Search',
  pageHeading: 'Results for “{query}”',
};

const MARKUP = `<search-box data-messages='${JSON.stringify(MESSAGES)}' data-limit="6"><form role="search" action="/search" data-part="form">
  <input role="combobox" aria-expanded="false" aria-controls="s-list" data-part="input">
  <p role="status" data-part="status"></p>
  <div hidden data-part="popup"><p hidden data-part="message"></p><ul id="s-list" role="listbox" aria-busy="false" data-part="list"></ul></div>
  <template data-part="option"><li role="option" aria-selected="false"><span data-slot="title"></span><span data-slot="excerpt"></span></li></template>
  <template data-part="all-results"><li role="option" aria-selected="false" data-slot="text"></li></template>
</form></search-box>`;

const hit = (title: string): SearchHit => ({url: `/${title}`, title, excerpt: `about <mark>${title}</mark>`});
const input = () => document.querySelector<HTMLInputElement>('[data-part="input"]')!;
const optionTexts = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent);
const type = (value: string) => {
  input().value = value;
  input().dispatchEvent(new Event('input'));
};

beforeAll(async () => {
  document.documentElement.lang = 'en-US'; // the built pages' <html lang>
  await import('./search-box');
});
beforeEach(() => {
  started.length = 0;
  document.body.innerHTML = MARKUP;
});

describe('<search-box>', () => {
  it('lists the results from its templates: title, excerpt with its marks, then "all results"', async () => {
    type('veeam');
    await vi.waitFor(() => expect(started).toHaveLength(1));
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Searching…');
    started[0]!.answer([hit('Partners'), hit('Principle')]);
    await vi.waitFor(() =>
      expect(optionTexts()).toEqual(['Partnersabout Partners', 'Principleabout Principle', 'All results for “veeam”']),
    );
    expect(document.querySelector('[role="option"] mark')!.textContent).toBe('Partners');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('[role="listbox"]')!.getAttribute('aria-busy')).toBe('false');
    expect(document.querySelector('[role="status"]')!.textContent).toBe('2 pages found');
  });

  it('a newer search aborts the older one: its slower answer never replaces the newer results', async () => {
    type('vee');
    await vi.waitFor(() => expect(started).toHaveLength(1));
    type('veeam');
    await vi.waitFor(() => expect(started).toHaveLength(2));
    const [older, newer] = started;
    expect(older!.signal.aborted).toBe(true);
    expect(newer!.signal.aborted).toBe(false);
    newer!.answer([hit('Newer')]);
    await vi.waitFor(() => expect(optionTexts()).toEqual(['Newerabout Newer', 'All results for “veeam”']));
    older!.answer([hit('Older'), hit('Oldest')]); // the slow one answers last
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(optionTexts()).toEqual(['Newerabout Newer', 'All results for “veeam”']);
    expect(document.querySelector('[role="status"]')!.textContent).toBe('One page found');
  });

  it('arrows select an option (aria-activedescendant); Escape closes, then clears', async () => {
    type('veeam');
    await vi.waitFor(() => expect(started).toHaveLength(1));
    started[0]!.answer([hit('Partners')]);
    await vi.waitFor(() => expect(optionTexts()).toHaveLength(2));
    const key = (k: string) => input().dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true}));
    key('ArrowDown');
    const first = document.querySelector('[role="option"]')!;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(input().getAttribute('aria-activedescendant')).toBe(first.id);
    key('ArrowUp'); // wraps to "all results"
    expect(document.querySelectorAll('[role="option"]')[1]!.getAttribute('aria-selected')).toBe('true');
    key('Escape');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    key('Escape');
    expect(input().value).toBe('');
  });

  it('says when the search fails, and still offers the results page', async () => {
    type('veeam');
    await vi.waitFor(() => expect(started).toHaveLength(1));
    started[0]!.fail(new Error('offline'));
    await vi.waitFor(() => expect(document.querySelector('[data-part="message"]')!.textContent).toBe('Failed.'));
    expect(document.querySelector<HTMLElement>('[data-part="message"]')!.hidden).toBe(false);
    expect(optionTexts()).toEqual(['All results for “veeam”']);
  });

  it('says clearly which part of its markup is missing', () => {
    const element = document.createElement('search-box') as HTMLElement & {connectedCallback: () => void};
    element.innerHTML = '<form data-part="form"></form>';
    expect(() => element.connectedCallback()).toThrow('<search-box>: no [data-part="input"]');
  });
});
