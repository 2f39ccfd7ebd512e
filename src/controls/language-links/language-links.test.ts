/** `<twin-link>` in jsdom, on the markup LanguageLinks.tsx writes; the browser suite follows the links (tests/e2e/language.spec.ts). */
import './language-links';

describe('<twin-link>', () => {
  it('carries the section the reader is at, and follows it', () => {
    window.location.hash = '#sources';
    document.body.innerHTML =
      '<ul><li><twin-link><a href="/en/network-traffic">English</a></twin-link></li><li><a href="/other">x</a></li></ul>';
    const twin = () => new URL(document.querySelector<HTMLAnchorElement>('twin-link a')!.href);
    expect(twin().pathname + twin().hash).toBe('/en/network-traffic#sources');
    window.location.hash = '';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(twin().pathname + twin().hash).toBe('/en/network-traffic');
    expect(document.querySelector('li:not(:has(twin-link)) a')!.getAttribute('href')).toBe('/other');
  });

  it('stops following once removed from the page', () => {
    document.body.innerHTML = '<twin-link><a href="/en/">English</a></twin-link>';
    const element = document.querySelector('twin-link')!;
    const link = element.querySelector('a')!;
    element.remove();
    window.location.hash = '#later';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(link.hash).toBe('');
  });
});
