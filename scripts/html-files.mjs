// @ts-check
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

/** The HTML pages under `dir` (a build folder), as paths, sorted: what the build steps and checks read. @param {string} dir */
export const htmlFilesUnder = (dir) =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
