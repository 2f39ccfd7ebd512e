/**
 * HTML first (ARCHITECTURE.md): pages ship no React, so a component that needs React in the
 * browser (state, effects, event handlers) would render once at build time and never respond.
 * This check reads the imports and JSX of each page and each entry of the list of changes, and
 * names what would not work; the components they may import (src/components/) are held to the same
 * rule by the linter (eslint.config.mjs, tests/unit/house-rules.test.ts).
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listFiles} from './files';
import {isPage} from './pages';
import {LOCALE_IDS, changesDirOf, docsDirOf} from '../../site-facts.mjs';
import type {Problem} from './problem';

/** A JSX event handler, `onClick={…}`: its name is the first group. */
const EVENT_HANDLER = /\s(on[A-Z]\w*)=\{/;
/** Docusaurus modules that render plain markup at build time; any other `@theme/` or `@docusaurus/` import is refused. */
const STATIC_MODULES = new Set([
  '@docusaurus/Link',
  '@docusaurus/Translate',
  '@theme/Admonition',
  '@theme/Heading',
  '@theme/Details',
  '@theme/MDXComponents',
]);
/** Where the components a page may import live. */
const COMPONENTS = '@site/src/components/';
const FIX =
  'write static markup (links, <details>, lists, tables), or make the behaviour an island in src/islands/ (ARCHITECTURE.md, Architecture: HTML first)';

/** Problems of one page: an interactive import, or an event handler in its JSX. */
async function checkPage(siteDir: string, file: string): Promise<Problem[]> {
  const source = await readFile(path.join(siteDir, file), 'utf8');
  const problems: Problem[] = [];
  const inPage = EVENT_HANDLER.exec(source);
  if (inPage?.[1]) {
    problems.push({
      file,
      entry: inPage[1],
      problem: 'an event handler in the page: pages ship no React, so it would never run',
      fix: FIX,
    });
  }
  for (const [, specifier] of source.matchAll(/^import\s[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!specifier) continue;
    const entry = `import of ${specifier}`;
    if (specifier.startsWith('@site/')) {
      // The linter holds src/components/ to the house rules (no state, effects or handlers: eslint.config.mjs).
      if (!specifier.startsWith(COMPONENTS))
        problems.push({
          file,
          entry,
          problem: `the page imports from outside ${COMPONENTS.slice('@site/'.length)}: pages may import only the components there, which the linter keeps free of state, effects and event handlers`,
          fix: FIX,
        });
    } else if (/^@(theme|docusaurus)\//.test(specifier) && !STATIC_MODULES.has(specifier)) {
      problems.push({file, entry, problem: `${specifier} may need React in the browser, and pages ship no React`, fix: FIX});
    }
  }
  return problems;
}

export async function checkBrowserCode(siteDir: string): Promise<Problem[]> {
  const pages = (
    await Promise.all(
      [...LOCALE_IDS.map(docsDirOf), ...LOCALE_IDS.map(changesDirOf)].map(async (dir) =>
        (await listFiles(path.join(siteDir, dir), isPage)).map((f) => `${dir}/${f}`),
      ),
    )
  ).flat();
  return (await Promise.all(pages.map((file) => checkPage(siteDir, file)))).flat();
}
