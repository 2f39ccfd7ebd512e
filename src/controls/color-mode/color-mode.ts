/**
 * `<color-mode-toggle>`: the light/dark switch (markup: ColorModeToggle.tsx). A press moves to
 * the next choice, system → light → dark → system, as Docusaurus's own switch does: the page
 * follows the system until the reader picks a mode, which is remembered (localStorage, the key
 * Docusaurus's inline theme script reads before the first paint, so no page flashes the wrong
 * theme). The choice lives on `<html data-theme-choice>`; every switch on the page (navbar,
 * phone menu) shows it.
 */
import {COLOR_MODES, type ColorModeChoice} from './modes';

/** Set by plugins/islands.ts: Docusaurus's storage key for the theme choice ("theme" plus the site's storage namespace). */
declare const THEME_STORAGE_KEY: string;

const html = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
const isChoice = (value: string | null | undefined): value is ColorModeChoice => COLOR_MODES.includes(value as ColorModeChoice);
const current = (): ColorModeChoice => (isChoice(html.dataset.themeChoice) ? html.dataset.themeChoice : 'system');
const next = (choice: ColorModeChoice): ColorModeChoice => COLOR_MODES[(COLOR_MODES.indexOf(choice) + 1) % COLOR_MODES.length]!;

function show(choice: ColorModeChoice): void {
  html.dataset.themeChoice = choice;
  html.dataset.theme = choice === 'system' ? (systemDark.matches ? 'dark' : 'light') : choice;
}

function choose(choice: ColorModeChoice): void {
  show(choice);
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused (private mode, policy): the choice holds for this page only.
  }
}

systemDark.addEventListener('change', () => current() === 'system' && show('system'));
// Another tab of the site changed the choice.
window.addEventListener(
  'storage',
  (event) => event.key === THEME_STORAGE_KEY && show(isChoice(event.newValue) ? event.newValue : 'system'),
);

export class ColorModeToggle extends HTMLElement {
  declare private observer: MutationObserver | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) throw new Error('<color-mode-toggle>: no button in its markup (ColorModeToggle.tsx)');
    // The button's title and label name the current choice, from the texts the build wrote on it.
    const label = (): void => {
      const choice = current();
      button.title = button.getAttribute(`data-title-${choice}`) ?? button.title;
      button.setAttribute('aria-label', button.getAttribute(`data-label-${choice}`) ?? '');
    };
    button.onclick = () => choose(next(current()));
    this.observer = new MutationObserver(label);
    this.observer.observe(html, {attributeFilter: ['data-theme-choice']});
    show(current());
    label();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }
}

customElements.define('color-mode-toggle', ColorModeToggle);
