/** The results `<search-page>` lists (copies of its template), with Pagefind's marks: the build keeps their CSS (scripts/inline-css.mjs). */
export const cssStates = ['<ol><li><h2><a href="/"></a></h2><p><mark></mark></p></li></ol>'];
