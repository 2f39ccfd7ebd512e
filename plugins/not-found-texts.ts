/**
 * Gives the 404 page (src/controls/not-found/NotFoundContent.tsx) its texts in every locale. Azure Static Web Apps
 * serves one 404 page for every unknown path, so it carries every language, while Docusaurus gives
 * a page only its own locale's translations. The texts are each locale's theme translations
 * (i18n/<locale>/code.json and docusaurus-theme-classic/navbar.json), so adding a locale to
 * site-facts.mjs adds its texts; tests/e2e/not-found.spec.ts checks that the page shows them.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {LOCALE_IDS} from '../site-facts.mjs';
import type {NotFoundText, NotFoundTexts} from '../src/controls/not-found/NotFoundContent';

async function textsOf(siteDir: string, locale: string): Promise<NotFoundText> {
  const files = new Map<string, Record<string, {message?: unknown} | undefined>>();
  const text = async ([file, key]: [string, string]): Promise<string> => {
    const at = path.join(siteDir, 'i18n', locale, file);
    if (!files.has(at)) files.set(at, JSON.parse(await readFile(at, 'utf8')) as Record<string, {message?: unknown}>);
    const message = files.get(at)?.[key]?.message;
    if (typeof message !== 'string') throw new Error(`[not-found-texts] i18n/${locale}/${file} has no "message" for the key "${key}"`);
    return message;
  };
  const code = 'code.json';
  const title = await text([code, 'theme.NotFound.title']);
  return {
    title,
    p1: await text([code, 'theme.NotFound.p1']),
    p2: await text([code, 'theme.NotFound.p2']),
    siteTitle: await text(['docusaurus-theme-classic/navbar.json', 'title']),
  };
}

export default function notFoundTexts(context: LoadContext): Plugin {
  return {
    name: 'not-found-texts',
    async loadContent(): Promise<NotFoundTexts> {
      const texts = await Promise.all(LOCALE_IDS.map(async (locale) => [locale, await textsOf(context.siteDir, locale)] as const));
      // Every locale of LOCALE_IDS is a key.
      return Object.fromEntries(texts) as NotFoundTexts;
    },
    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
