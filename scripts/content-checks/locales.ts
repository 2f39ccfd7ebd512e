/**
 * Every locale of site-facts.mjs has its translated files: a twin of each page of the default
 * locale and of each entry of its list of changes, and each of its JSON string files (theme,
 * components, partner cards). Adding a language to LOCALES makes this check list what to translate.
 */
import {access} from 'node:fs/promises';
import path from 'node:path';
import {listFiles} from './files';
import {isPage} from './pages';
import type {Problem} from './problem';
import {DEFAULT_LOCALE, LOCALES, LOCALE_IDS, changesDirOf, docsDirOf} from '../../site-facts.mjs';

const isJson = (name: string): boolean => name.endsWith('.json');

/** Each file a locale other than the default needs, with the default locale's original, from the project's root. */
export async function requiredLocaleFiles(siteDir: string, locale: string): Promise<{file: string; original: string}[]> {
  const folders = [
    {from: docsDirOf(DEFAULT_LOCALE), to: docsDirOf(locale), keep: isPage},
    {from: changesDirOf(DEFAULT_LOCALE), to: changesDirOf(locale), keep: isPage},
    {from: `i18n/${DEFAULT_LOCALE}`, to: `i18n/${locale}`, keep: isJson},
  ];
  const files = await Promise.all(
    folders.map(async ({from, to, keep}) =>
      (await listFiles(path.join(siteDir, from), keep)).map((name) => ({file: `${to}/${name}`, original: `${from}/${name}`})),
    ),
  );
  return files.flat();
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
    for (const {file, original} of await requiredLocaleFiles(siteDir, locale)) {
      if (await exists(path.join(siteDir, file))) continue;
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
