/**
 * `<twin-link>`: a language link (markup: LanguageLinks.tsx) that leads to the same section of
 * the twin page. The build writes the twin page's path; the section is the reader's, known only
 * here. Heading IDs are the same in both languages (the content checks make sure of it).
 */
export class TwinLink extends HTMLElement {
  declare private connection: AbortController | undefined;

  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) throw new Error('<twin-link>: no link in its markup (LanguageLinks.tsx)');
    const follow = (): void => {
      link.hash = window.location.hash;
    };
    this.connection = new AbortController();
    window.addEventListener('hashchange', follow, {signal: this.connection.signal});
    follow();
  }

  disconnectedCallback(): void {
    this.connection?.abort();
  }
}

customElements.define('twin-link', TwinLink);
