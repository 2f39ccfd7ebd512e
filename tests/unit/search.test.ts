import {inLocale, matchedWords, sitePath, type PagefindFragment} from '@site/src/search/pagefind';

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
