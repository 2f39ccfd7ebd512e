/**
 * UI strings: every key of the theme translation files (code.json, docusaurus-theme-classic/*.json,
 * docusaurus-plugin-content-docs/current.json) and of the i18next resources (components.json,
 * partners.json) exists in both locales, is not empty, is translated (its text differs from the
 * other locale's, unless i18n/untranslated-allowlist.json says why it may not), and keeps the
 * same placeholders ({name} in theme files, {{name}} in i18next files).
 */
import path from 'node:path';
import * as z from 'zod';
import {JSON_SYNTAX_FIX, listFiles, readJson} from './files';
import type {Problem} from './problem';
import {LOCALES} from '../../site-facts.mjs';

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

export async function checkUiStrings(siteDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const allowlist = await readAllowlist(siteDir, problems);
  const usedKeyEntries = new Set<Allowlist['keys'][number]>();
  const usedTextEntries = new Set<Allowlist['texts'][number]>();

  // Locale folders hold the pages' twins too (.md/.mdx): only the JSON files are strings.
  const isJson = (name: string): boolean => name.endsWith('.json');
  const frNames = await listFiles(path.join(siteDir, 'i18n/fr'), isJson);
  const enNames = await listFiles(path.join(siteDir, 'i18n/en'), isJson);
  const names = [...new Set([...frNames, ...enNames])].sort();

  for (const name of names) {
    const frFile = `i18n/fr/${name}`;
    const enFile = `i18n/en/${name}`;
    const [frJson, enJson] = await Promise.all([readJson(path.join(siteDir, frFile)), readJson(path.join(siteDir, enFile))]);
    let unreadable = false;
    for (const [file, json, other, locale] of [
      [frFile, frJson, enFile, 'fr'],
      [enFile, enJson, frFile, 'en'],
    ] as const) {
      if (json.ok) continue;
      unreadable = true;
      problems.push({
        file,
        entry: 'the whole file',
        problem: json.missing ? `the file is missing, while ${other} exists` : json.error,
        fix: json.missing ? `copy ${other} here and translate its texts into ${LOCALES[locale].language}` : JSON_SYNTAX_FIX,
      });
    }
    if (unreadable || !frJson.ok || !enJson.ok) continue;
    const fr = stringsOf(frJson.value);
    const en = stringsOf(enJson.value);
    const kind = fr.kind;
    const catalogTexts = name === CATALOG_TEXTS;

    for (const [file, mine, theirs, otherFile, locale] of [
      [frFile, fr, en, enFile, 'fr'],
      [enFile, en, fr, frFile, 'en'],
    ] as const) {
      for (const [key, text] of mine.strings) {
        if (catalogTexts) continue;
        const entry = `key "${key}"`;
        if (typeof text !== 'string') {
          problems.push({
            file,
            entry,
            problem: 'the value is not a text',
            fix: `write the ${LOCALES[locale].language} text in "double quotes"`,
          });
        } else if (text.trim() === '') {
          problems.push({file, entry, problem: 'the text is empty', fix: `write the ${LOCALES[locale].language} text`});
        }
      }
      if (catalogTexts) continue;
      for (const key of theirs.strings.keys()) {
        if (mine.strings.has(key)) continue;
        problems.push({
          file,
          entry: `key "${key}"`,
          problem: `the key is in ${otherFile} but not in this file`,
          fix:
            kind === 'theme'
              ? `copy the entry from ${otherFile} into this file and translate its "message" into ${LOCALES[locale].language}`
              : `copy the key from ${otherFile} into this file, at the same place, and translate its text into ${LOCALES[locale].language}`,
        });
      }
    }

    for (const [key, frText] of fr.strings) {
      const enText = en.strings.get(key);
      if (typeof frText !== 'string' || typeof enText !== 'string' || frText.trim() === '' || enText.trim() === '') continue;
      const entry = `key "${key}"`;
      if (normalize(frText) === normalize(enText)) {
        const byKey = allowlist.keys.find((allowed) => allowed.file === name && allowed.key === key);
        const byText = allowlist.texts.find((allowed) => normalize(allowed.text) === normalize(enText));
        if (byKey) usedKeyEntries.add(byKey);
        if (byText) usedTextEntries.add(byText);
        if (!byKey && !byText) {
          problems.push({
            file: enFile,
            entry,
            problem: `the English text ${JSON.stringify(enText)} is the same as the French text in ${frFile}, so one of them is not translated`,
            fix: `translate whichever text is in the wrong language; if the same words are right in both languages (a name, a word both languages share), add {"file": "${name}", "key": "${key}", "reason": "…"} under "keys" in ${ALLOWLIST_FILE}`,
          });
        }
      }
      const frNames = placeholders(frText, kind);
      const enNames = placeholders(enText, kind);
      if (frNames.join() !== enNames.join()) {
        const shown = (list: string[]): string => (list.length === 0 ? 'none' : list.join(', '));
        problems.push({
          file: enFile,
          entry,
          problem: `the placeholders differ: the French text (${frFile}) has ${shown(frNames)}, the English text has ${shown(enNames)}`,
          fix: 'the site fills placeholders in, so copy them unchanged between languages (only the words around them are translated)',
        });
      }
    }
  }

  allowlist.keys.forEach((allowed, index) => {
    if (usedKeyEntries.has(allowed)) return;
    problems.push({
      file: ALLOWLIST_FILE,
      entry: `keys entry ${index + 1} ("${allowed.file}", "${allowed.key}")`,
      problem: `the entry is not needed: i18n/fr/${allowed.file} and i18n/en/${allowed.file} do not both have this key with the same text`,
      fix: 'delete the entry (or correct its file or key)',
    });
  });
  allowlist.texts.forEach((allowed, index) => {
    if (usedTextEntries.has(allowed)) return;
    problems.push({
      file: ALLOWLIST_FILE,
      entry: `texts entry ${index + 1} (${JSON.stringify(allowed.text)})`,
      problem: 'the entry is not needed: no key has this text in both languages',
      fix: 'delete the entry (or correct its text)',
    });
  });
  return problems;
}
