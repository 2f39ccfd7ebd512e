/** `<not-found-languages>` in jsdom, on the markup NotFoundContent.tsx writes; tests/e2e/not-found.spec.ts checks the served page. */
import {LOCALES} from '@site/site-facts.mjs';
import {languageFirst} from './not-found';

const FR = LOCALES.fr.htmlLang;
const EN = LOCALES.en.htmlLang;

const page = () => {
  document.body.innerHTML = `<main><div>
    <section lang="${FR}" data-locale="fr" data-title="Page introuvable | Sauvegarde AVS"><h1 class="t">Page introuvable</h1></section>
    <section lang="${EN}" data-locale="en" data-title="Page Not Found | AVS Backup"><h2 class="t">Page Not Found</h2></section></div></main>`;
  document.documentElement.lang = FR;
  return document.querySelector('div')!;
};

describe('<not-found-languages>', () => {
  it('puts the language of the URL first, with the h1, the page language and the title', () => {
    languageFirst(page(), '/en/no-such-page');
    const sections = [...document.querySelectorAll('section')];
    expect(sections.map((s) => s.lang)).toEqual([EN, FR]);
    expect(sections.map((s) => s.firstElementChild!.tagName)).toEqual(['H1', 'H2']);
    expect(sections[0]!.firstElementChild!.className).toBe('t');
    expect(document.documentElement.lang).toBe(EN);
    expect(document.title).toBe('Page Not Found | AVS Backup');
  });

  it('leaves a French URL as the build wrote it', () => {
    languageFirst(page(), '/enquete');
    expect([...document.querySelectorAll('section')].map((s) => s.lang)).toEqual([FR, EN]);
    expect(document.documentElement.lang).toBe(FR);
  });

  it('runs when the element joins the page, on the path of the page', () => {
    window.history.replaceState(null, '', '/en/gone');
    const root = page();
    const element = document.createElement('not-found-languages');
    element.append(...root.childNodes);
    root.append(element);
    expect([...document.querySelectorAll('section')].map((s) => s.lang)).toEqual([EN, FR]);
    window.history.replaceState(null, '', '/');
  });
});
