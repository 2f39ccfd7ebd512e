import {localeOfPath} from '../../site-facts.mjs';

/** The headings this island swaps (an h2 becomes the h1, and back): the build keeps their CSS (scripts/inline-css.mjs). */
export const cssStates = ['<section data-locale><h1></h1><h2></h2></section>'];

/**
 * Island: the 404 page (markup: src/theme/NotFound/Content) shows the language of the URL first,
 * as the page's language and title: /en/… is English. The served page is the French build's,
 * for every unknown path.
 */
export function startNotFound(main: HTMLElement, pathname = window.location.pathname): void {
  const ofUrl = main.querySelector<HTMLElement>(`section[data-locale="${localeOfPath(pathname)}"]`);
  const first = main.querySelector<HTMLElement>('section[data-locale]');
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
