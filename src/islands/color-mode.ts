/**
 * Island: the light/dark switch (src/theme/ColorModeToggle renders the buttons). A press moves
 * to the next choice, system → light → dark → system, as Docusaurus's own switch does: the page
 * follows the system until the reader picks a mode, which is remembered (localStorage, the key
 * Docusaurus's inline theme script reads before the first paint, so no page flashes the wrong theme).
 */
export const COLOR_MODES = ['system', 'light', 'dark'] as const;
export type ColorModeChoice = (typeof COLOR_MODES)[number];

/**
 * The states of the page's root that this island and Docusaurus's inline theme script set (each
 * choice, each theme), as markup: the build keeps the CSS that styles them (scripts/inline-css.mjs).
 */
export const cssStates = [
  '<html data-theme-choice="system" data-theme="light">',
  '<html data-theme-choice="light" data-theme="light">',
  '<html data-theme-choice="dark" data-theme="dark">',
];

const isChoice = (value: string | null | undefined): value is ColorModeChoice => COLOR_MODES.includes(value as ColorModeChoice);
const next = (choice: ColorModeChoice): ColorModeChoice => COLOR_MODES[(COLOR_MODES.indexOf(choice) + 1) % COLOR_MODES.length]!;

/** @param storageKey Docusaurus's key for the reader's choice: "theme" plus the site's storage namespace. */
export function startColorMode(storageKey: string, root: ParentNode = document): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-color-mode-toggle]')];
  const html = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const current = (): ColorModeChoice => (isChoice(html.dataset.themeChoice) ? html.dataset.themeChoice : 'system');

  function show(choice: ColorModeChoice): void {
    html.dataset.themeChoice = choice;
    html.dataset.theme = choice === 'system' ? (systemDark.matches ? 'dark' : 'light') : choice;
    for (const button of buttons) {
      button.title = button.getAttribute(`data-title-${choice}`) ?? button.title;
      button.setAttribute('aria-label', button.getAttribute(`data-label-${choice}`) ?? '');
    }
  }

  function choose(choice: ColorModeChoice): void {
    show(choice);
    try {
      if (choice === 'system') localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, choice);
    } catch {
      // Storage refused (private mode, policy): the choice holds for this page only.
    }
  }

  for (const button of buttons) button.addEventListener('click', () => choose(next(current())));
  systemDark.addEventListener('change', () => current() === 'system' && show('system'));
  // Another tab of the site changed the choice.
  window.addEventListener('storage', (event) => event.key === storageKey && show(isChoice(event.newValue) ? event.newValue : 'system'));
  show(current());
}
