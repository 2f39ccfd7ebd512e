/**
 * Island: the language links (src/components/LanguageLinks) lead to the same section of the twin
 * page. The build writes the twin page's path; the section is the reader's, known only here.
 * Heading IDs are the same in both languages (the content checks make sure of it).
 */
export function startLanguageLinks(root: ParentNode = document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-twin]')];
  const follow = (): void => {
    for (const link of links) link.hash = window.location.hash;
  };
  window.addEventListener('hashchange', follow);
  follow();
}
