/**
 * French typography in the French sources. Pages, entries of the list of changes, cards and
 * diagram labels get their no-break spaces at build time (src/typography/french-spacing.ts); the
 * theme's JSON files (code.json, docusaurus-theme-classic/, docusaurus-plugin-content-docs/,
 * docusaurus-plugin-content-blog/) are read by Docusaurus itself, so their French texts must carry
 * them: U+202F before ; ! ? and between digit groups, U+00A0 before : and », after « and before a
 * unit. Apostrophes are never replaced at build: French text, wherever it is, writes ’, not '.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from '@11ty/gray-matter';
import {
  SHOWN_FRONT_MATTER,
  curlyApostrophes,
  frenchSpacing,
  frenchSpacingFaults,
  straightApostrophes,
} from '../../src/typography/french-spacing';
import {listFiles, readJson} from './files';
import {FR_CHANGES_DIR, FR_DOCS_DIR, isPage, proseLines} from './pages';
import type {Problem} from './problem';

/** The i18next resources, which src/i18n spaces at build time. */
const SPACED_AT_BUILD = new Set(['components.json', 'partners.json']);

/** A JSON string with its no-break spaces written as escapes, so that a writer can see and paste them. */
const visible = (text: string): string =>
  JSON.stringify(text)
    .replace(/\u00a0/g, '\\u00a0')
    .replace(/\u202f/g, '\\u202f');
const quoted = (faults: string[]): string => faults.map((fault) => `«${fault}»`).join(', ');
const APOSTROPHE_FIX = "French writes the apostrophe ’ (U+2019), never '";

/** Every string of a JSON value, with its key path (i18next resources) or key (theme files: their "message"). */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([inner, item]) => {
    if (inner === 'description') return []; // Docusaurus's notes for translators, in English.
    if (inner === 'message') return strings(item, key);
    return strings(item, key === '' ? inner : `${key}.${inner}`);
  });
}

async function checkJsonFiles(siteDir: string, problems: Problem[]): Promise<void> {
  const names = await listFiles(path.join(siteDir, 'i18n/fr'), (name) => name.endsWith('.json'));
  for (const name of names) {
    const file = `i18n/fr/${name}`;
    const json = await readJson(path.join(siteDir, file));
    if (!json.ok || typeof json.value !== 'object' || json.value === null) continue; // The UI-string check reports unreadable files.
    const spacedAtBuild = SPACED_AT_BUILD.has(path.basename(name));
    for (const [key, text] of strings(json.value)) {
      const spacing = spacedAtBuild ? [] : frenchSpacingFaults(text);
      const apostrophes = straightApostrophes(text);
      if (spacing.length + apostrophes.length === 0) continue;
      const wrong = [
        ...(spacing.length > 0 ? [`a plain space where French puts a no-break one (${quoted(spacing)})`] : []),
        ...(apostrophes.length > 0 ? [`a straight apostrophe (${quoted(apostrophes)})`] : []),
      ];
      const right = curlyApostrophes(spacedAtBuild ? text : frenchSpacing(text));
      problems.push({
        file,
        entry: `key "${key}"`,
        problem: `the French text has ${wrong.join(' and ')}`,
        fix:
          spacedAtBuild || spacing.length === 0
            ? `write it as ${JSON.stringify(right)}: ${APOSTROPHE_FIX}`
            : `write it as ${visible(right)}, which JSON reads as the same text with the spaces shown as escapes (narrow no-break space \\u202f before ; ! ? and between digit groups, no-break space \\u00a0 before : and », after « and before a unit; ${APOSTROPHE_FIX})`,
      });
    }
  }
}

/** The prose of a Markdown line: no JSX tags and attributes, link targets, MDX comments or imports. */
const prose = (line: string): string =>
  /^\s*(import|export)\s/.test(line)
    ? ''
    : line
        .replace(/\{\/\*.*?\*\/\}/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/<\/?[A-Za-z][^>]*>/g, '');

async function checkPages(siteDir: string, problems: Problem[]): Promise<void> {
  for (const dir of [FR_DOCS_DIR, FR_CHANGES_DIR]) {
    for (const name of await listFiles(path.join(siteDir, dir), isPage)) {
      const file = `${dir}/${name}`;
      const source = await readFile(path.join(siteDir, file), 'utf8');
      const {data, content} = matter(source);
      const report = (entry: string, text: string): void => {
        const faults = straightApostrophes(text);
        if (faults.length === 0) return;
        problems.push({
          file,
          entry,
          problem: `the French text has a straight apostrophe (${quoted(faults)})`,
          fix: `write ${JSON.stringify(curlyApostrophes(text.trim()))}: ${APOSTROPHE_FIX}`,
        });
      };
      for (const key of SHOWN_FRONT_MATTER) {
        const value = (data as Record<string, unknown>)[key];
        if (typeof value === 'string') report(`front matter "${key}"`, value);
      }
      // Line numbers of the file: the body starts after the front matter.
      const offset = source.split('\n').length - content.split('\n').length;
      proseLines(content).forEach((line, index) => report(`line ${index + offset + 1}`, prose(line)));
    }
  }
}

export async function checkFrenchSpacing(siteDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  await checkJsonFiles(siteDir, problems);
  await checkPages(siteDir, problems);
  return problems;
}
