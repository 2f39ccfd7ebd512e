/**
 * Island: the 404 page (markup: src/theme/NotFound/Content) shows the language of the URL first,
 * as the page's language and title: /en/… is English. The served page is the French build's,
 * for every unknown path.
 */
export function startNotFound(main: HTMLElement, pathname = window.location.pathname): void {
  const sections = [...main.querySelectorAll<HTMLElement>('section[data-base-url]')];
  // The language whose base URL is the longest prefix of the path ("/" is every path's).
  const ofUrl = sections
    .filter((s) => pathname.startsWith(s.dataset.baseUrl ?? '\0'))
    .sort((a, b) => (b.dataset.baseUrl ?? '').length - (a.dataset.baseUrl ?? '').length)[0];
  const first = sections[0];
  if (!ofUrl || !first || ofUrl === first) return;
  first.before(ofUrl);
  // The page's one h1 moves with the first place.
  const swap = (section: HTMLElement, tag: 'h1' | 'h2'): void => {
    const heading = section.querySelector('h1, h2');
    if (!heading) return;
    const replacement = document.createElement(tag);
    replacement.className = heading.className;
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  };
  swap(ofUrl, 'h1');
  swap(first, 'h2');
  document.documentElement.lang = ofUrl.lang;
  document.title = ofUrl.dataset.title ?? document.title;
}
