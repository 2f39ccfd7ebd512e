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
  /** The locales that follow French typography (site-facts.mjs: frenchTypography). */
  frenchTypography: readonly string[];
}

export const SITE_LOCALES: SiteLocales = {
  default: DEFAULT_LOCALE,
  ids: LOCALE_IDS,
  languages: Object.fromEntries(LOCALE_IDS.map((locale) => [locale, LOCALES[locale].language])),
  frenchTypography: LOCALE_IDS.filter((locale) => LOCALES[locale].frenchTypography),
};

/** The locale's language for a message: "English". */
export const languageOf = (locales: SiteLocales, locale: string): string => locales.languages[locale] ?? `the language of "${locale}"`;

/** The locales whose files translate the default locale's. */
export const translationsOf = (locales: SiteLocales): string[] => locales.ids.filter((locale) => locale !== locales.default);
