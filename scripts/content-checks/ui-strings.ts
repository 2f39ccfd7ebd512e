/**
 * UI strings: every key of the theme translation files (code.json, docusaurus-theme-classic/*.json,
 * docusaurus-plugin-content-docs/current.json) and of the i18next resources (components.json,
 * partners.json) exists in every locale, is not empty, is translated (its text differs from the
 * default locale's, unless i18n/untranslated-allowlist.json says why it may not), and keeps the
 * same placeholders ({name} in theme files, {{name}} in i18next files). Each locale is compared
 * with the default one.
 */
import path from 'node:path';
import * as z from 'zod';
import {stringsDirOf, type SiteContent, type StringFile} from './content';
import {JSON_SYNTAX_FIX, readJson} from './files';
import type {Problem} from './problem';
import {languageOf, translationsOf, type SiteLocales} from './site-locales';

const ALLOWLIST_FILE = 'i18n/untranslated-allowlist.json';

/**
 * Card texts: that every partner has them, non-empty, and that no key is unused, is the
 * catalog check's job (it knows the partners); here they are checked for translation and placeholders.
 */
const CATALOG_TEXTS = 'partners.json';

const reason = z.string().trim().min(1, {error: 'the entry has no reason'});
const keyEntrySchema = z.object({file: z.string().min(1), key: z.string().min(1), reason}).strict();
const textEntrySchema = z.object({text: z.string().min(1), reason}).strict();
const allowlistSchema = z.object({$comment: z.string().optional(), keys: z.array(z.unknown()), texts: z.array(z.unknown())}).strict();
interface Allowlist {
  keys: z.infer<typeof keyEntrySchema>[];
  texts: z.infer<typeof textEntrySchema>[];
}
const ALLOWLIST_FIX =
  'write each entry as {"file": "code.json", "key": "…", "reason": "…"} under "keys", or {"text": "…", "reason": "…"} under "texts"';

type Kind = 'theme' | 'i18next';
interface StringsFile {
  kind: Kind;
  /** Key → text; the text is whatever the file holds, not always a string. */
  strings: Map<string, unknown>;
}

function isThemeFile(json: Record<string, unknown>): boolean {
  const values = Object.values(json);
  return values.length > 0 && values.every((value) => typeof value === 'object' && value !== null && 'message' in value);
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, into);
  } else {
    into.set(prefix, value);
  }
}

function stringsOf(json: unknown): StringsFile {
  const strings = new Map<string, unknown>();
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && isThemeFile(json as Record<string, unknown>)) {
    for (const [key, entry] of Object.entries(json as Record<string, {message: unknown}>)) strings.set(key, entry.message);
    return {kind: 'theme', strings};
  }
  flatten(json, '', strings);
  return {kind: 'i18next', strings};
}

const normalize = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

const PLACEHOLDER: Record<Kind, RegExp> = {theme: /\{(\w+)\}/g, i18next: /\{\{\s*([^{}\s,]+)[^{}]*\}\}/g};

function placeholders(text: string, kind: Kind): string[] {
  const names = [...text.matchAll(PLACEHOLDER[kind])].map((match) => (kind === 'theme' ? `{${match[1]}}` : `{{${match[1]}}}`));
  return [...new Set(names)].sort();
}

/** The allow-list's valid entries; each invalid entry is reported and left out (its strings then count as untranslated). */
async function readAllowlist(siteDir: string, problems: Problem[]): Promise<Allowlist> {
  const allowlist: Allowlist = {keys: [], texts: []};
  const json = await readJson(path.join(siteDir, ALLOWLIST_FILE));
  if (!json.ok) {
    if (!json.missing) problems.push({file: ALLOWLIST_FILE, entry: 'the whole file', problem: json.error, fix: JSON_SYNTAX_FIX});
    return allowlist;
  }
  const shape = allowlistSchema.safeParse(json.value);
  if (!shape.success) {
    problems.push({
      file: ALLOWLIST_FILE,
      entry: 'the whole file',
      problem: 'it must hold a "keys" list and a "texts" list, and nothing else',
      fix: ALLOWLIST_FIX,
    });
    return allowlist;
  }
  for (const [list, schema] of [
    ['keys', keyEntrySchema],
    ['texts', textEntrySchema],
  ] as const) {
    shape.data[list].forEach((entry, index) => {
      const parsed = schema.safeParse(entry);
      if (parsed.success) {
        // The schema chosen by `list` gives the entry type of that list.
        (allowlist[list] as z.infer<typeof schema>[]).push(parsed.data);
        return;
      }
      const first = parsed.error.issues[0];
      problems.push({
        file: ALLOWLIST_FILE,
        entry: `${list} entry ${index + 1} (${JSON.stringify(entry)})`,
        problem: first?.path[0] === 'reason' ? 'the entry has no reason' : `the entry is not valid (${first?.message ?? 'unknown error'})`,
        fix:
          list === 'keys'
            ? 'write it as {"file": "code.json", "key": "…", "reason": "…"}, the reason saying why the text is the same in both languages'
            : 'write it as {"text": "…", "reason": "…"}, the reason saying why the text is the same in both languages',
      });
    });
  }
  return allowlist;
}

/** A string file read as key → text, with the words its messages use. */
interface Strings extends StringsFile {
  file: string;
  /** "French" */
  language: string;
}

/** A string file of the default locale and its copy in another locale, both readable. */
interface Pair {
  name: string;
  original: Strings;
  translation: Strings;
}

/** Keys whose value is not a text, or an empty one (the card texts are the catalog check's). */
function emptyTexts({file, language, strings}: Strings): Problem[] {
  return [...strings].flatMap(([key, text]): Problem[] => {
    const entry = `key "${key}"`;
    if (typeof text !== 'string')
      return [{file, entry, problem: 'the value is not a text', fix: `write the ${language} text in "double quotes"`}];
    if (text.trim() === '') return [{file, entry, problem: 'the text is empty', fix: `write the ${language} text`}];
    return [];
  });
}

/** Keys of one file missing from the other, reported on the file that lacks them. */
function missingKeys(mine: Strings, theirs: Strings, kind: Kind): Problem[] {
  return [...theirs.strings.keys()]
    .filter((key) => !mine.strings.has(key))
    .map((key) => ({
      file: mine.file,
      entry: `key "${key}"`,
      problem: `the key is in ${theirs.file} but not in this file`,
      fix:
        kind === 'theme'
          ? `copy the entry from ${theirs.file} into this file and translate its "message" into ${mine.language}`
          : `copy the key from ${theirs.file} into this file, at the same place, and translate its text into ${mine.language}`,
    }));
}

/** The texts that both files have, non-empty: [key, original, translation]. */
function sharedTexts({original, translation}: Pair): [string, string, string][] {
  return [...original.strings].flatMap(([key, text]): [string, string, string][] => {
    const translated = translation.strings.get(key);
    if (typeof text !== 'string' || typeof translated !== 'string' || text.trim() === '' || translated.trim() === '') return [];
    return [[key, text, translated]];
  });
}

/** Texts the same as the default locale's, which the allow-list does not excuse; the entries that excuse one are marked used. */
function untranslated(pair: Pair, allowlist: Allowlist, used: Set<object>): Problem[] {
  const {name, original, translation} = pair;
  return sharedTexts(pair).flatMap(([key, text, translated]): Problem[] => {
    if (normalize(text) !== normalize(translated)) return [];
    const byKey = allowlist.keys.find((allowed) => allowed.file === name && allowed.key === key);
    const byText = allowlist.texts.find((allowed) => normalize(allowed.text) === normalize(translated));
    if (byKey) used.add(byKey);
    if (byText) used.add(byText);
    if (byKey || byText) return [];
    return [
      {
        file: translation.file,
        entry: `key "${key}"`,
        problem: `the ${translation.language} text ${JSON.stringify(translated)} is the same as the ${original.language} text in ${original.file}, so one of them is not translated`,
        fix: `translate whichever text is in the wrong language; if the same words are right in both languages (a name, a word both languages share), add {"file": "${name}", "key": "${key}", "reason": "…"} under "keys" in ${ALLOWLIST_FILE}`,
      },
    ];
  });
}

function placeholderProblems(pair: Pair, kind: Kind): Problem[] {
  const {original, translation} = pair;
  const shown = (list: string[]): string => (list.length === 0 ? 'none' : list.join(', '));
  return sharedTexts(pair).flatMap(([key, text, translated]): Problem[] => {
    const [originalNames, translatedNames] = [placeholders(text, kind), placeholders(translated, kind)];
    if (originalNames.join() === translatedNames.join()) return [];
    return [
      {
        file: translation.file,
        entry: `key "${key}"`,
        problem: `the placeholders differ: the ${original.language} text (${original.file}) has ${shown(originalNames)}, the ${translation.language} text has ${shown(translatedNames)}`,
        fix: 'the site fills placeholders in, so copy them unchanged between languages (only the words around them are translated)',
      },
    ];
  });
}

/** A string file that one locale has and another lacks, or that cannot be read. */
function unreadable(file: string, json: StringFile['json'] | undefined, other: string, language: string): Problem[] {
  if (json?.ok) return [];
  if (json && !json.missing) return [{file, entry: 'the whole file', problem: json.error, fix: JSON_SYNTAX_FIX}];
  return [
    {
      file,
      entry: 'the whole file',
      problem: `the file is missing, while ${other} exists`,
      fix: `copy ${other} here and translate its texts into ${language}`,
    },
  ];
}

function unusedAllowlistEntries(allowlist: Allowlist, used: Set<object>, defaultDir: string): Problem[] {
  return [
    ...allowlist.keys.flatMap((allowed, index) =>
      used.has(allowed)
        ? []
        : [
            {
              file: ALLOWLIST_FILE,
              entry: `keys entry ${index + 1} ("${allowed.file}", "${allowed.key}")`,
              problem: `the entry is not needed: no other locale's ${allowed.file} has this key with the same text as ${defaultDir}/${allowed.file}`,
              fix: 'delete the entry (or correct its file or key)',
            },
          ],
    ),
    ...allowlist.texts.flatMap((allowed, index) =>
      used.has(allowed)
        ? []
        : [
            {
              file: ALLOWLIST_FILE,
              entry: `texts entry ${index + 1} (${JSON.stringify(allowed.text)})`,
              problem: 'the entry is not needed: no key has this text in two languages',
              fix: 'delete the entry (or correct its text)',
            },
          ],
    ),
  ];
}

/** Every string file name with its copy in each locale (undefined where a locale lacks it). */
function byName(content: SiteContent): Map<string, Map<string, StringFile>> {
  const names = new Map<string, Map<string, StringFile>>();
  for (const f of content.strings) names.set(f.name, (names.get(f.name) ?? new Map<string, StringFile>()).set(f.locale, f));
  return names;
}

/**
 * The problems of one string file across the locales: readable in every one, then each locale's
 * copy against the default one's. The card texts (partners.json) are checked for translation and
 * placeholders only.
 */
function checkStringFile(
  name: string,
  copies: Map<string, StringFile>,
  locales: SiteLocales,
  allowlist: Allowlist,
  used: Set<object>,
): Problem[] {
  const fileOf = (locale: string): string => copies.get(locale)?.file ?? `${stringsDirOf(locale)}/${name}`;
  const readableIn = (locale: string): string => fileOf(locales.ids.find((l) => l !== locale && copies.get(l)?.json.ok) ?? locales.default);
  const problems = locales.ids.flatMap((locale) =>
    unreadable(fileOf(locale), copies.get(locale)?.json, readableIn(locale), languageOf(locales, locale)),
  );
  const strings = new Map(
    [...copies].flatMap(([locale, copy]): [string, Strings][] =>
      copy.json.ok ? [[locale, {...stringsOf(copy.json.value), file: copy.file, language: languageOf(locales, locale)}]] : [],
    ),
  );
  const catalogTexts = name === CATALOG_TEXTS;
  if (!catalogTexts) problems.push(...[...strings.values()].flatMap(emptyTexts));
  const original = strings.get(locales.default);
  if (!original) return problems;
  for (const locale of translationsOf(locales)) {
    const translation = strings.get(locale);
    if (!translation) continue;
    const pair = {name, original, translation};
    if (!catalogTexts)
      problems.push(...missingKeys(translation, original, original.kind), ...missingKeys(original, translation, original.kind));
    problems.push(...untranslated(pair, allowlist, used), ...placeholderProblems(pair, original.kind));
  }
  return problems;
}

export async function checkUiStrings(content: SiteContent): Promise<Problem[]> {
  const problems: Problem[] = [];
  const allowlist = await readAllowlist(content.siteDir, problems);
  const used = new Set<object>();
  const {locales} = content;
  for (const [name, copies] of [...byName(content)].sort(([a], [b]) => a.localeCompare(b))) {
    problems.push(...checkStringFile(name, copies, locales, allowlist, used));
  }
  problems.push(...unusedAllowlistEntries(allowlist, used, stringsDirOf(locales.default)));
  return problems;
}
