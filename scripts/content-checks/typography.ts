/**
 * French typography in the French sources. Pages, entries of the list of changes, cards and
 * diagram labels get their no-break spaces at build time (src/typography/french-spacing.ts); the
 * theme's JSON files (code.json, docusaurus-theme-classic/, docusaurus-plugin-content-docs/,
 * docusaurus-plugin-content-blog/) are read by Docusaurus itself, so their French texts must carry
 * them: U+202F before ; ! ? and between digit groups, U+00A0 before : and », after « and before a
 * unit. Apostrophes are never replaced at build: French text, wherever it is, writes ’, not '.
 */
import path from 'node:path';
import {
  SHOWN_FRONT_MATTER,
  curlyApostrophes,
  frenchSpacing,
  frenchSpacingFaults,
  straightApostrophes,
} from '../../src/typography/french-spacing';
import {readable, type MarkdownFile, type SiteContent, type StringFile} from './content';
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

/** The problems of one French string file: spacing (in the files Docusaurus reads as they are) and apostrophes. */
function jsonProblems({file, name, json}: StringFile): Problem[] {
  if (!json.ok || typeof json.value !== 'object' || json.value === null) return []; // The UI-string check reports unreadable files.
  const spacedAtBuild = SPACED_AT_BUILD.has(path.basename(name));
  return strings(json.value).flatMap(([key, text]): Problem[] => {
    const spacing = spacedAtBuild ? [] : frenchSpacingFaults(text);
    const apostrophes = straightApostrophes(text);
    if (spacing.length + apostrophes.length === 0) return [];
    const wrong = [
      ...(spacing.length > 0 ? [`a missing or wrong space where French puts a no-break one (${quoted(spacing)})`] : []),
      ...(apostrophes.length > 0 ? [`a straight apostrophe (${quoted(apostrophes)})`] : []),
    ];
    const right = curlyApostrophes(spacedAtBuild ? text : frenchSpacing(text));
    return [
      {
        file,
        entry: `key "${key}"`,
        problem: `the French text has ${wrong.join(' and ')}`,
        fix:
          spacedAtBuild || spacing.length === 0
            ? `write it as ${JSON.stringify(right)}: ${APOSTROPHE_FIX}`
            : `write it as ${visible(right)}, which JSON reads as the same text with the spaces shown as escapes (narrow no-break space \\u202f before ; ! ? and between digit groups, no-break space \\u00a0 before : and », after « and before a unit; ${APOSTROPHE_FIX})`,
      },
    ];
  });
}

/** The straight apostrophes of one French page or entry: in the front matter it shows, and in its prose. */
function pageProblems({file, frontMatter, prose}: MarkdownFile): Problem[] {
  const report = (entry: string, text: string): Problem[] => {
    const faults = straightApostrophes(text);
    if (faults.length === 0) return [];
    return [
      {
        file,
        entry,
        problem: `the French text has a straight apostrophe (${quoted(faults)})`,
        fix: `write ${JSON.stringify(curlyApostrophes(text.trim()))}: ${APOSTROPHE_FIX}`,
      },
    ];
  };
  return [
    ...SHOWN_FRONT_MATTER.flatMap((key) => {
      const value = frontMatter[key];
      return typeof value === 'string' ? report(`front matter "${key}"`, value) : [];
    }),
    ...prose.flatMap(({text, line}) => report(`line ${line}`, text)),
  ];
}

export function checkFrenchSpacing(content: SiteContent): Problem[] {
  const french = new Set(content.locales.frenchTypography);
  return [
    ...content.strings.filter((f) => french.has(f.locale)).flatMap(jsonProblems),
    ...readable(content)
      .filter((f) => french.has(f.locale))
      .flatMap(pageProblems),
  ];
}
