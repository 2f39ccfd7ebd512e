/** Results shown in the navbar's dropdown; the results page shows them all. */
export const DROPDOWN_LIMIT = 6;
