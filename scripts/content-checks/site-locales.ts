/**
 * The locales the checks compare: those of site-facts.mjs, the default first. Every parity check
 * compares each other locale with the default one; a test passes a third locale.
 */
import {DEFAULT_LOCALE, LOCALES, LOCALE_IDS} from '../../site-facts.mjs';

export interface SiteLocales {
  /** The default locale, whose files are the originals (site-facts.mjs: DEFAULT_LOCALE). */
  default: string;
  /** Every locale, the default first. */
  ids: readonly string[];
  /** Each locale's language, in English, for the messages: "French". */
  languages: Readonly<Record<string, string>>;
  /** Each locale's BCP 47 tag (site-facts.mjs: htmlLang), e.g. "fr-FR": its language subtag says which typography applies. */
  htmlLangs: Readonly<Record<string, string>>;
}

export const SITE_LOCALES: SiteLocales = {
  default: DEFAULT_LOCALE,
  ids: LOCALE_IDS,
  languages: Object.fromEntries(LOCALE_IDS.map((locale) => [locale, LOCALES[locale].language])),
  htmlLangs: Object.fromEntries(LOCALE_IDS.map((locale) => [locale, LOCALES[locale].htmlLang])),
};

/** The locale's language for a message: "English". */
export const languageOf = (locales: SiteLocales, locale: string): string => locales.languages[locale] ?? `the language of "${locale}"`;

/** The locales whose files translate the default locale's. */
export const translationsOf = (locales: SiteLocales): string[] => locales.ids.filter((locale) => locale !== locales.default);

/** The locales written in French (htmlLang fr or fr-…), which French typography applies to. */
export const frenchLocales = (locales: SiteLocales): string[] =>
  locales.ids.filter((locale) => /^fr(-|$)/i.test(locales.htmlLangs[locale] ?? ''));
