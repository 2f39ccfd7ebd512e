/**
 * `<not-found-languages>`: the 404 page (markup: NotFoundContent.tsx) shows the language of the
 * URL first, as the page's language and title: /en/… is English. The served page is the French
 * build's, for every unknown path. Loaded on the 404 page only (its own script, ControlScript).
 */
import {localeOfPath} from '../../../site-facts.mjs';

/** Puts the section of `pathname`'s language first, with the page's one h1, `lang` and title. */
export function languageFirst(root: Element, pathname: string): void {
  const ofUrl = root.querySelector<HTMLElement>(`section[data-locale="${localeOfPath(pathname)}"]`);
  const first = root.querySelector<HTMLElement>('section[data-locale]');
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

export class NotFoundLanguages extends HTMLElement {
  connectedCallback(): void {
    languageFirst(this, window.location.pathname);
  }
}

customElements.define('not-found-languages', NotFoundLanguages);
