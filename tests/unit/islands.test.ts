/**
 * The islands (src/islands/) on the markup the build writes, in jsdom. The browser suite checks
 * them on the real pages; these tests pin their behaviour in detail.
 */
import {startColorMode} from '@site/src/islands/color-mode';
import {startLanguageLinks} from '@site/src/islands/language-links';
import {startNotFound} from '@site/src/islands/not-found';
import {selectPlural, statusText, type SearchMessages} from '@site/src/search/messages';
import {LOCALES} from '@site/site-facts.mjs';

const FR = LOCALES.fr.htmlLang;
const EN = LOCALES.en.htmlLang;

const KEY = 'theme-test';

/** jsdom has no matchMedia: a system colour scheme that the test can change. */
function fakeSystem(dark: boolean) {
  const listeners: (() => void)[] = [];
  const media = {
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.push(listener),
  };
  vi.stubGlobal('matchMedia', () => media);
  return {set: (value: boolean) => ((media.matches = value), listeners.forEach((l) => l()))};
}

describe('color mode', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.dataset.themeChoice = 'system';
    document.documentElement.dataset.theme = 'light';
    document.body.innerHTML = ['navbar', 'menu']
      .map(
        (where) =>
          `<button data-color-mode-toggle data-where="${where}" ${['system', 'light', 'dark'].map((m) => `data-title-${m}="${m}" data-label-${m}="Switch (currently ${m})"`).join(' ')}></button>`,
      )
      .join('');
  });
  afterEach(() => vi.unstubAllGlobals());
  const buttons = () => [...document.querySelectorAll('button')];

  it('cycles system → light → dark → system, on every switch, remembering explicit choices only', () => {
    fakeSystem(true);
    startColorMode(KEY);
    expect(document.documentElement.dataset.theme).toBe('dark'); // the system's
    buttons()[0]!.click();
    expect(document.documentElement.dataset).toMatchObject({themeChoice: 'light', theme: 'light'});
    expect(localStorage.getItem(KEY)).toBe('light');
    for (const button of buttons()) expect(button.getAttribute('aria-label')).toBe('Switch (currently light)');
    buttons()[1]!.click();
    expect(document.documentElement.dataset).toMatchObject({themeChoice: 'dark', theme: 'dark'});
    expect(buttons()[0]!.title).toBe('dark');
    buttons()[0]!.click();
    expect(document.documentElement.dataset).toMatchObject({themeChoice: 'system', theme: 'dark'});
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('follows the system while the choice is "system", not after an explicit choice', () => {
    const system = fakeSystem(false);
    startColorMode(KEY);
    system.set(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
    buttons()[0]!.click(); // light
    system.set(false);
    system.set(true);
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('takes a choice made in another tab', () => {
    fakeSystem(false);
    startColorMode(KEY);
    window.dispatchEvent(new StorageEvent('storage', {key: KEY, newValue: 'dark'}));
    expect(document.documentElement.dataset).toMatchObject({themeChoice: 'dark', theme: 'dark'});
    window.dispatchEvent(new StorageEvent('storage', {key: 'other', newValue: 'light'}));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('language links', () => {
  it('carry the section the reader is at, and follow it', () => {
    document.body.innerHTML = '<a data-twin href="/en/network-traffic">English</a><a href="/other">x</a>';
    window.location.hash = '#sources';
    startLanguageLinks();
    const twin = () => new URL(document.querySelector<HTMLAnchorElement>('a[data-twin]')!.href);
    expect(twin().pathname + twin().hash).toBe('/en/network-traffic#sources');
    window.location.hash = '';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(twin().pathname + twin().hash).toBe('/en/network-traffic');
    expect(document.querySelector('a:not([data-twin])')!.getAttribute('href')).toBe('/other');
  });
});

describe('404 page', () => {
  const page = () => {
    document.body.innerHTML = `<main>
      <section lang="${FR}" data-locale="fr" data-title="Page introuvable | Sauvegarde AVS"><h1 class="t">Page introuvable</h1></section>
      <section lang="${EN}" data-locale="en" data-title="Page Not Found | AVS Backup"><h2 class="t">Page Not Found</h2></section></main>`;
    document.documentElement.lang = FR;
    return document.querySelector('main')!;
  };

  it('puts the language of the URL first, with the h1, the page language and the title', () => {
    startNotFound(page(), '/en/no-such-page');
    const sections = [...document.querySelectorAll('section')];
    expect(sections.map((s) => s.lang)).toEqual([EN, FR]);
    expect(sections.map((s) => s.firstElementChild!.tagName)).toEqual(['H1', 'H2']);
    expect(sections[0]!.firstElementChild!.className).toBe('t');
    expect(document.documentElement.lang).toBe(EN);
    expect(document.title).toBe('Page Not Found | AVS Backup');
  });

  it('leaves a French URL as the build wrote it', () => {
    startNotFound(page(), '/enquete');
    expect([...document.querySelectorAll('section')].map((s) => s.lang)).toEqual([FR, EN]);
    expect(document.documentElement.lang).toBe(FR);
  });
});

describe('search messages', () => {
  const messages: SearchMessages = {
    loading: 'Recherche…',
    failed: 'Échec.',
    noResults: 'Aucune page ne correspond à « {query} ».',
    resultCount: 'Une page trouvée|{count} pages trouvées',
    allResults: '',
    pageTitle: '',
    pageHeading: '',
  };

  it('picks plural forms as Docusaurus does, French and English', () => {
    expect(selectPlural('Une page|{count} pages', 1, FR)).toBe('Une page');
    expect(selectPlural('Une page|{count} pages', 0, FR)).toBe('Une page'); // French: 0 is singular
    expect(selectPlural('One page|{count} pages', 0, EN)).toBe('{count} pages');
    expect(selectPlural('Une page|{count} pages', 3, FR)).toBe('{count} pages');
  });

  it('says what the search is doing', () => {
    expect(statusText(messages, {query: '', failed: false, count: null}, FR)).toBe('');
    expect(statusText(messages, {query: 'x', failed: true, count: null}, FR)).toBe('Échec.');
    expect(statusText(messages, {query: 'x', failed: false, count: null}, FR)).toBe('Recherche…');
    expect(statusText(messages, {query: 'xyz', failed: false, count: 0}, FR)).toBe('Aucune page ne correspond à « xyz ».');
    expect(statusText(messages, {query: 'x', failed: false, count: 4}, FR)).toBe('4 pages trouvées');
  });
});
