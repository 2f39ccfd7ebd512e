/**
 * Every content check of the site, run by `npm run check:content` (scripts/check-content.ts)
 * and by the build (plugins/content-checks.ts). Each check takes the site's folder and returns
 * the problems it found; none of them changes a file.
 */
import {checkBrowserCode} from './browser-code';
import {checkCatalog} from './catalog';
import {checkLocaleFiles} from './locales';
import {checkPages} from './pages';
import {checkSources} from './sources';
import {checkFrenchSpacing} from './typography';
import type {Problem} from './problem';
import {checkUiStrings} from './ui-strings';

export {checkBrowserCode, checkCatalog, checkFrenchSpacing, checkLocaleFiles, checkPages, checkSources, checkUiStrings};
export {formatProblem, formatProblems, type Problem} from './problem';

/** The problems of every check: catalog, pages, sources, UI strings, French spacing of the theme strings, browser-only code in pages, each locale's files. */
export async function runContentChecks(siteDir: string): Promise<Problem[]> {
  const results = await Promise.all([
    checkCatalog(siteDir),
    checkPages(siteDir),
    checkSources(siteDir),
    checkUiStrings(siteDir),
    checkFrenchSpacing(siteDir),
    checkBrowserCode(siteDir),
    checkLocaleFiles(siteDir),
  ]);
  return results.flat();
}

/** The files the checks read, as globs under the site's folder: the development server re-runs the checks when one changes. */
export const CHECKED_FILES = [
  'site-facts.mjs',
  'src/data/partners.ts',
  'src/data/sources.ts',
  'src/components/**/*.tsx',
  'docs/**/*.{md,mdx}',
  'changes/**/*.{md,mdx}',
  'i18n/**/*.{json,md,mdx}',
];
