// @vitest-environment node
/**
 * The project's documents name files and folders (`src/controls/`, `scripts/build.mjs`): each one
 * named must exist, so that a reader never looks for a file that was moved or removed.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {SITE} from '../site-copy';

const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md', 'bench/HISTORY.md'];
/** A path of this repository as the documents write it (from a top folder): in backquotes, or first on a line of the codemap. */
const TOP = '(?:src|scripts|plugins|tests|hosting|i18n|docs|changes|bench|spelling|static|\\.github|\\.ci)/';
const QUOTED = new RegExp('`(' + TOP + '[^`\\s]*)`', 'g');
const CODEMAP_LINE = new RegExp('^(' + TOP + '[^\\s,]*)', 'gm');
/** Names with a placeholder (`i18n/<locale>/`), a glob, or an address stand for more than one file. */
const isPattern = (name: string): boolean => /[<>*{}…]|:\/\/|YYYY/.test(name);

/** The paths a document names that do not exist in the repository. */
function missingPaths(document: string): string[] {
  const text = readFileSync(path.join(SITE, document), 'utf8');
  const named = [...text.matchAll(QUOTED), ...text.matchAll(CODEMAP_LINE)].map((match) => match[1]!.replace(/[.,;:)]+$/, ''));
  return [...new Set(named)].filter((name) => !isPattern(name) && !existsSync(path.join(SITE, name)));
}

describe.each(DOCUMENTS)('%s', (document) => {
  it('names only files and folders that exist', () => {
    expect(missingPaths(document)).toEqual([]);
  });
});

it('reads the paths a document quotes', () => {
  expect([...'see `plugins/lazy-prism.ts` and `scripts/build.mjs`'.matchAll(QUOTED)].map((m) => m[1])).toEqual([
    'plugins/lazy-prism.ts',
    'scripts/build.mjs',
  ]);
  expect(existsSync(path.join(SITE, 'plugins/lazy-prism.ts'))).toBe(false);
});
