/** The query parameter that carries a result's matched words to its page, to highlight them there. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
