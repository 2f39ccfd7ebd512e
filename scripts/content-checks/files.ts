import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {loadFreshModule} from '@docusaurus/utils';

/** Paths of the files under `dir` (relative to it, with `/`), whose name passes `keep`; [] if `dir` is missing. */
export async function listFiles(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, {recursive: true, withFileTypes: true});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export type JsonResult = {ok: true; value: unknown} | {ok: false; missing: boolean; error: string};

/** What `readJson` says of a file that does not exist. */
export const MISSING_FILE: JsonResult = {ok: false, missing: true, error: 'the file does not exist'};

/** A JSON file's content, or why it could not be read. */
export async function readJson(file: string): Promise<JsonResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return MISSING_FILE;
    return {ok: false, missing: false, error: String(error)};
  }
  try {
    return {ok: true, value: JSON.parse(text) as unknown};
  } catch (error) {
    return {ok: false, missing: false, error: `it is not valid JSON (${(error as Error).message})`};
  }
}

export const JSON_SYNTAX_FIX = 'correct the JSON syntax: texts in "double quotes", a comma between entries but none after the last one';

/**
 * The export `name` of a site's module (`file`, from the site's folder), read afresh on every
 * call (no module cache: the development server re-runs the checks after each edit).
 */
export async function loadExport(siteDir: string, file: string, name: string): Promise<unknown> {
  const exports = await loadFreshModule(path.join(siteDir, file));
  return typeof exports === 'object' && exports !== null ? (exports as Record<string, unknown>)[name] : undefined;
}

/**
 * Why a module could not be loaded, for a writer: the loader's own error (its cause), e.g.
 * `line 3, column 2: Unexpected token, expected ","`, without the file's absolute path.
 */
export function loadError(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const message = (cause instanceof Error ? cause.message : String(cause)).replace(/^\w*Error: /, '').trim();
  // jiti (behind loadFreshModule) ends a syntax error with the file's path and position: "… /abs/path/file.ts:3:2".
  const at = /^([\s\S]*?)\s+\S+:(\d+):(\d+)$/.exec(message);
  return at ? `line ${at[2]}, column ${at[3]}: ${at[1]}` : message;
}
