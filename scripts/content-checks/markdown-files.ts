/**
 * The site's pages and entries of the list of changes, file by file, in every locale, with their
 * front matter: what the content model (content.ts) parses further, and all that the freshness
 * check (scripts/freshness.ts) needs, without loading the MDX parser.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from '@11ty/gray-matter';
import {changesDirOf, docsDirOf} from '../../site-facts.mjs';
import {listFiles} from './files';
import type {SiteLocales} from './site-locales';

export const isPage = (name: string): boolean => /\.mdx?$/.test(name);

/** A guide page (docs/) or an entry of the list of changes (changes/). */
export type Kind = 'page' | 'entry';
const DIR_OF: Record<Kind, (locale: string) => string> = {page: docsDirOf, entry: changesDirOf};
export const KINDS = Object.keys(DIR_OF) as Kind[];
export const dirOf = (kind: Kind, locale: string): string => DIR_OF[kind](locale);

/** A file's front matter alone (what `parseMarkdown` reads first); throws on YAML that cannot be read. */
export const parseFrontMatter = (source: string): Record<string, unknown> => matter(source).data;

/** Every page and entry of the locales, read with `read` (its text → what is kept of it). */
export async function readMarkdownFiles<T>(
  siteDir: string,
  locales: SiteLocales,
  read: (source: string) => T,
): Promise<(T & {file: string; name: string; kind: Kind; locale: string})[]> {
  const places = locales.ids.flatMap((locale) => KINDS.map((kind) => ({locale, kind, dir: dirOf(kind, locale)})));
  const files = await Promise.all(
    places.map(async ({locale, kind, dir}) =>
      Promise.all(
        (await listFiles(path.join(siteDir, dir), isPage)).map(async (name) => {
          const file = `${dir}/${name}`;
          return {file, name, kind, locale, ...read(await readFile(path.join(siteDir, file), 'utf8'))};
        }),
      ),
    ),
  );
  return files.flat();
}
