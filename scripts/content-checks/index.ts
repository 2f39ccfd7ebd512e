/**
 * Every content check of the site, run by `npm run check:content` (scripts/check-content.ts)
 * and by the build (plugins/content-checks.ts). The site's content is read once
 * (scripts/content-checks/content.ts); each check is a function over it and returns the problems
 * it found; none of them changes a file.
 */
import {checkBrowserCode} from './browser-code';
import {checkCatalog} from './catalog';
import {readSiteContent, type SiteContent} from './content';
import {checkPages} from './pages';
import type {Problem} from './problem';
import {SITE_LOCALES, type SiteLocales} from './site-locales';
import {checkSources} from './sources';
import {checkFrenchSpacing} from './typography';
import {checkUiStrings} from './ui-strings';

export {checkBrowserCode, checkCatalog, checkFrenchSpacing, checkPages, checkSources, checkUiStrings, readSiteContent};
export type {SiteContent, SiteLocales};
export {SITE_LOCALES};
export {formatProblem, formatProblems, type Problem} from './problem';

/**
 * The problems of every check: catalog, pages (syntax, parity with the default locale), sources,
 * UI strings, French typography, browser-only code in pages.
 * @param locales the site's locales (site-facts.mjs); a test passes others.
 */
export async function runContentChecks(siteDir: string, locales: SiteLocales = SITE_LOCALES): Promise<Problem[]> {
  const content = await readSiteContent(siteDir, locales);
  const [catalog, sources, uiStrings] = await Promise.all([checkCatalog(content), checkSources(content), checkUiStrings(content)]);
  return [...catalog, ...checkPages(content), ...sources, ...uiStrings, ...checkFrenchSpacing(content), ...checkBrowserCode(content)];
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
