/**
 * Every locale of site-facts.mjs has its translated files: a twin of each page of the default
 * locale, and each of its JSON string files (theme, components, partner cards). Adding a language
 * to LOCALES makes this check list what to translate.
 */
import {access} from 'node:fs/promises';
import path from 'node:path';
import {listFiles} from './files';
import {isPage} from './pages';
import type {Problem} from './problem';
import {DEFAULT_LOCALE, LOCALES, LOCALE_IDS, docsDirOf} from '../../site-facts.mjs';

const isJson = (name: string): boolean => name.endsWith('.json');

/** The files a locale other than the default needs, from the project's root, as the default locale's files say. */
export async function requiredLocaleFiles(siteDir: string, locale: string): Promise<string[]> {
  const pages = (await listFiles(path.join(siteDir, docsDirOf(DEFAULT_LOCALE)), isPage)).map((name) => `${docsDirOf(locale)}/${name}`);
  const strings = (await listFiles(path.join(siteDir, 'i18n', DEFAULT_LOCALE), isJson)).map((name) => `i18n/${locale}/${name}`);
  return [...pages, ...strings];
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** @param locales the site's locales (site-facts.mjs); a test passes more. */
export async function checkLocaleFiles(siteDir: string, locales: readonly string[] = LOCALE_IDS): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const locale of locales.filter((l) => l !== DEFAULT_LOCALE)) {
    const language = (LOCALES as Record<string, {language: string}>)[locale]?.language ?? `the language of "${locale}"`;
    for (const file of await requiredLocaleFiles(siteDir, locale)) {
      if (await exists(path.join(siteDir, file))) continue;
      const original = file.startsWith(docsDirOf(locale))
        ? `${docsDirOf(DEFAULT_LOCALE)}${file.slice(docsDirOf(locale).length)}`
        : file.replace(`i18n/${locale}/`, `i18n/${DEFAULT_LOCALE}/`);
      problems.push({
        file,
        entry: 'the whole file',
        problem: `site-facts.mjs lists the locale "${locale}", but this file is missing`,
        fix: `copy ${original} here and translate it into ${language}`,
      });
    }
  }
  return problems;
}
