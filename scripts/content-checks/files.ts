import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';

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
