import {LOCALES} from '@site/site-facts.mjs';
import {
  fromTemplate,
  inLocale,
  matchedWords,
  selectPlural,
  sitePath,
  statusText,
  type PagefindFragment,
  type SearchMessages,
} from './search';

const fragment = (content: string, locations: number[]): PagefindFragment => ({url: '/x.html', content, excerpt: '', meta: {}, locations});

describe('search result mapping', () => {
  it('gives the paths the site serves (no .html, home pages kept)', () => {
    expect(sitePath('/network-traffic.html')).toBe('/network-traffic');
    expect(sitePath('/en/backup-partners.html')).toBe('/en/backup-partners');
    expect(sitePath('/en/')).toBe('/en/');
    expect(sitePath('/')).toBe('/');
  });

  it('highlights the words as the page writes them, without punctuation, once each', () => {
    const content = 'Le trafic réseau de la sauvegarde. Sauvegarder des machines, sauvegarde.';
    expect(matchedWords(fragment(content, [2, 5, 6, 9]))).toEqual(['réseau', 'sauvegarde', 'sauvegarder']);
  });

  it('keeps each locale to its own pages', () => {
    expect(inLocale('/backup-partners', 'fr')).toBe(true);
    expect(inLocale('/', 'fr')).toBe(true);
    expect(inLocale('/en/backup-partners', 'fr')).toBe(false);
    expect(inLocale('/en/', 'en')).toBe(true);
    expect(inLocale('/enquete', 'fr')).toBe(true);
    expect(inLocale('/backup-partners', 'en')).toBe(false);
  });
});

describe('search messages', () => {
  const FR = LOCALES.fr.htmlLang;
  const EN = LOCALES.en.htmlLang;
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

describe('fromTemplate', () => {
  it('copies the template and fills its slots, or says what is missing', () => {
    document.body.innerHTML = '<div><template data-part="row"><li data-slot="a"><b data-slot="b"></b></li></template></div>';
    const root = document.querySelector('div')!;
    const row = fromTemplate(root, 'row', {}, {b: 'x <mark>y</mark>'});
    expect(row.outerHTML).toBe('<li data-slot="a"><b data-slot="b">x <mark>y</mark></b></li>');
    expect(fromTemplate(root, 'row', {a: 'text'}).textContent).toBe('text');
    expect(() => fromTemplate(root, 'column', {})).toThrow('no <template data-part="column">');
    expect(() => fromTemplate(root, 'row', {c: ''})).toThrow('has no [data-slot="c"]');
  });
});
