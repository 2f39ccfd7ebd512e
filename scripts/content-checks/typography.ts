/**
 * French spacing in the theme strings. Pages, cards and diagram labels get their no-break spaces
 * at build time (src/typography/french-spacing.ts); the theme's JSON files (code.json,
 * docusaurus-theme-classic/, docusaurus-plugin-content-docs/) are read by Docusaurus itself, so
 * their French texts must carry them: U+202F before ; ! ?, U+00A0 before : and », after «.
 */
import path from 'node:path';
import {frenchSpacing, frenchSpacingFaults} from '../../src/typography/french-spacing';
import {listFiles, readJson} from './files';
import type {Problem} from './problem';

/** The i18next resources, which src/i18n spaces at build time. */
const SPACED_AT_BUILD = new Set(['components.json', 'partners.json']);

/** A JSON string with its no-break spaces written as escapes, so that a writer can see and paste them. */
const visible = (text: string): string =>
  JSON.stringify(text)
    .replace(/\u00a0/g, '\\u00a0')
    .replace(/\u202f/g, '\\u202f');

export async function checkFrenchSpacing(siteDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const names = await listFiles(path.join(siteDir, 'i18n/fr'), (name) => name.endsWith('.json') && !SPACED_AT_BUILD.has(name));
  for (const name of names) {
    const file = `i18n/fr/${name}`;
    const json = await readJson(path.join(siteDir, file));
    if (!json.ok || typeof json.value !== 'object' || json.value === null) continue; // The UI-string check reports unreadable files.
    for (const [key, entry] of Object.entries(json.value as Record<string, {message?: unknown}>)) {
      const text = entry?.message;
      if (typeof text !== 'string' || frenchSpacingFaults(text).length === 0) continue;
      problems.push({
        file,
        entry: `key "${key}"`,
        problem: `the French text has a plain space where French puts a no-break one (${frenchSpacingFaults(text)
          .map((fault) => `«${fault}»`)
          .join(', ')})`,
        fix: `write it as ${visible(frenchSpacing(text))}, which JSON reads as the same text with the spaces shown as escapes (narrow no-break space \\u202f before ; ! ?, no-break space \\u00a0 before : and » and after «)`,
      });
    }
  }
  return problems;
}
