/**
 * The search texts, as the build writes them into the page for the search islands (a JSON
 * `data-messages` attribute): Docusaurus theme translations (i18n/<locale>/code.json, see
 * texts.ts) with their `{query}` and `{count}` placeholders left for the islands to fill.
 */
export interface SearchMessages {
  loading: string;
  failed: string;
  noResults: string;
  /** Plural forms separated by "|", as Docusaurus writes them. */
  resultCount: string;
  allResults: string;
  /** The results page's title and heading. */
  pageTitle: string;
  pageHeading: string;
}

/** Fills the `{name}` placeholders of a message. */
export const fill = (message: string, values: Record<string, string | number>): string =>
  message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));

/** Docusaurus's order of plural forms (usePluralForm), smallest numbers first. */
const PLURAL_FORMS: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The form of a "|"-separated plural message for `count` in `lang`, chosen as Docusaurus's usePluralForm chooses it. */
export function selectPlural(messages: string, count: number, lang: string): string {
  const parts = messages.split('|');
  const rules = new Intl.PluralRules(lang);
  const forms = PLURAL_FORMS.filter((form) => rules.resolvedOptions().pluralCategories.includes(form));
  return parts[Math.min(Math.max(forms.indexOf(rules.select(count)), 0), parts.length - 1)]!;
}

/** What the search is doing, for the status line (a live region). `count` is null while it searches. */
export function statusText(messages: SearchMessages, state: {query: string; failed: boolean; count: number | null}, lang: string): string {
  if (!state.query) return '';
  if (state.failed) return messages.failed;
  if (state.count === null) return messages.loading;
  if (state.count === 0) return fill(messages.noResults, {query: state.query});
  return fill(selectPlural(messages.resultCount, state.count, lang), {count: state.count});
}

/** The messages the build wrote on `element`; throws a clear error if they are missing. */
export function readMessages(element: HTMLElement): SearchMessages {
  const json = element.dataset.messages;
  if (!json) throw new Error('search: the element has no data-messages (see src/search/texts.ts)');
  return JSON.parse(json) as SearchMessages;
}
