/**
 * What `<search-box>` puts in its markup (an open list, the selected option, the marks in the
 * excerpts), and the marks that ../search/search.ts puts on a followed result's page: the build
 * keeps their CSS (scripts/inline-css.mjs). The options' own markup is in its templates, which the build reads.
 */
export const cssStates = [
  '<input aria-expanded="true" aria-activedescendant="o">',
  '<ul aria-busy="true"><li role="option" aria-selected="true"><span><mark></mark></span></li></ul>',
  '<mark class="pagefind-highlight"></mark>',
];
