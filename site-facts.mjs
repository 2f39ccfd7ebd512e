// @ts-check
/**
 * The site's facts, written once: its production URL and its locales. The Docusaurus config, the
 * components (src/i18n), the content checks, the build scripts, the benchmark and both test suites
 * read them here. Adding a language is one entry in LOCALES plus its translated files, which the
 * content checks list when they are missing (scripts/content-checks/pages.ts, ui-strings.ts).
 * Plain JavaScript with JSDoc types, so that Node runs it as is (the .mjs scripts import it).
 */

/** Where the site will be hosted. A placeholder until the real host is chosen: canonical URLs,
 * hreflang alternates and the sitemap are all built from it. */
export const PRODUCTION_URL = 'https://avs-backup.example.org';

/** The default locale, served at the site's root; its pages are in docs/. */
export const DEFAULT_LOCALE = 'fr';

/**
 * Every locale: `label` in the language menus, `htmlLang` for <html lang> and hreflang,
 * `language` (its name in English) for the content checks' messages, `frenchTypography` when the
 * locale follows French typography (the build's narrow no-break spaces, src/typography/french-spacing.ts;
 * « 1er » for the first day of a month, src/i18n/index.ts).
 */
export const LOCALES = /** @type {const} */ ({
  fr: {label: 'Français', htmlLang: 'fr-FR', language: 'French', frenchTypography: true},
  en: {label: 'English', htmlLang: 'en-US', language: 'English', frenchTypography: false},
});

/** @typedef {keyof typeof LOCALES} Locale */

/** The locale ids, the default first. */
export const LOCALE_IDS = /** @type {Locale[]} */ ([DEFAULT_LOCALE, ...Object.keys(LOCALES).filter((l) => l !== DEFAULT_LOCALE)]);

/** @param {string} value @returns {value is Locale} */
export const isLocale = (value) => Object.hasOwn(LOCALES, value);

/**
 * The locale a page is rendered in (Docusaurus's current locale, which the config takes from LOCALE_IDS).
 * @param {string} value @returns {Locale}
 */
export function asLocale(value) {
  if (isLocale(value)) return value;
  throw new Error(`Unknown locale "${value}": add it to LOCALES in site-facts.mjs.`);
}

/** Where a locale's pages are served: "/" for the default, "/en/" for English (Docusaurus's rule). @param {string} locale */
export const baseUrlOf = (locale) => (locale === DEFAULT_LOCALE ? '/' : `/${locale}/`);

/** Where a locale's pages are written, from the project's root (Docusaurus's layout). @param {string} locale */
export const docsDirOf = (locale) => (locale === DEFAULT_LOCALE ? 'docs' : `i18n/${locale}/docusaurus-plugin-content-docs/current`);

/** Where a locale's entries of the list of changes are written (Docusaurus's blog layout; plugins/changes.ts). @param {string} locale */
export const changesDirOf = (locale) => (locale === DEFAULT_LOCALE ? 'changes' : `i18n/${locale}/docusaurus-plugin-content-blog`);

/** The locale whose base URL is the longest prefix of a site path. @param {string} pathname @returns {Locale} */
export function localeOfPath(pathname) {
  return (
    LOCALE_IDS.filter((l) => pathname.startsWith(baseUrlOf(l))).sort((a, b) => baseUrlOf(b).length - baseUrlOf(a).length)[0] ??
    DEFAULT_LOCALE
  );
}
