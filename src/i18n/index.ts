/**
 * i18next for component strings and the partner catalog's texts.
 * One instance per locale, created with its resources already loaded (initAsync: false),
 * so server rendering and hydration produce the same words, with or without JavaScript.
 */
import i18next, {type i18n} from 'i18next';
import {frenchSpacing, mapStrings} from '@site/src/typography/french-spacing';
import frComponents from '@site/i18n/fr/components.json';
import frPartners from '@site/i18n/fr/partners.json';
import enComponents from '@site/i18n/en/components.json';
import enPartners from '@site/i18n/en/partners.json';
import {LOCALES, isLocale, type Locale} from '@site/site-facts.mjs';

export const resources = {
  // French spacing is applied here, once, so that translators type ordinary spaces.
  fr: mapStrings({components: frComponents, partners: frPartners}, frenchSpacing),
  en: {components: enComponents, partners: enPartners},
} as const satisfies Record<Locale, object>; // a locale added to site-facts.mjs needs its resources here

export type {Locale};
export const defaultNS = 'components';

const instances = new Map<Locale, i18n>();

/** The i18next instance of a locale, created once and shared by every render. */
export function i18nFor(locale: string): i18n {
  if (!isLocale(locale)) {
    throw new Error(
      `No i18next resources for locale "${locale}": add it to site-facts.mjs, then i18n/${locale}/components.json and i18n/${locale}/partners.json, listed in src/i18n/index.ts.`,
    );
  }
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      resources: {[locale]: resources[locale]},
      ns: Object.keys(resources[locale]),
      defaultNS,
      // A missing text must show as missing, not silently in the other language.
      fallbackLng: false,
      initAsync: false,
      // React escapes what it renders.
      interpolation: {escapeValue: false},
      react: {useSuspense: false},
    });
    instance.services.formatter?.add('datetime', (value: Date, _lng: string | undefined, options: Intl.DateTimeFormatOptions) =>
      formatDate(locale, value, options),
    );
    instances.set(locale, instance);
  }
  return instance;
}

/**
 * A date as the locale writes it, in every place the site shows one (texts, last update, list of
 * changes): Intl's words, and, in French typography, the first day of a month as an ordinal,
 * « 1er décembre 2026 », « 1er déc. 2026 » (Intl writes « 1 »).
 */
export function formatDate(locale: Locale, date: Date, options: Intl.DateTimeFormatOptions): string {
  const text = new Intl.DateTimeFormat(LOCALES[locale].htmlLang, options).format(date);
  return LOCALES[locale].frenchTypography ? text.replace(/^1(?= )/, '1er') : text;
}

/**
 * The values for a `{{date, datetime}}` placeholder: a YYYY-MM-DD day, written out in the
 * instance's language ("2 février 2026", "February 2, 2026"), the same on every time zone.
 */
export function dateValues(day: string): {date: Date; formatParams: {date: Intl.DateTimeFormatOptions}} {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`"${day}" is not a date: write it as YYYY-MM-DD.`);
  return {date, formatParams: {date: {dateStyle: 'long', timeZone: 'UTC'}}};
}
