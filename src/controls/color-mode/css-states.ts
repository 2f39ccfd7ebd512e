/**
 * The states of the page's root that `<color-mode-toggle>` and Docusaurus's inline theme script
 * set (each choice, each theme), as markup: the build keeps the CSS that styles them (scripts/inline-css.mjs).
 */
export const cssStates = [
  '<html data-theme-choice="system" data-theme="light">',
  '<html data-theme-choice="light" data-theme="light">',
  '<html data-theme-choice="dark" data-theme="dark">',
];
