/** The headings `<not-found-languages>` swaps (an h2 becomes the h1, and back): the build keeps their CSS (scripts/inline-css.mjs). */
export const cssStates = ['<section data-locale><h1></h1><h2></h2></section>'];
