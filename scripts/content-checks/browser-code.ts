/**
 * HTML first (ARCHITECTURE.md): pages ship no React, so a component that needs React in the
 * browser (state, effects, event handlers) would render once at build time and never respond.
 * This check reads the imports and JSX of each page and each entry of the list of changes, and
 * the site's components they import, and names what would not work.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listFiles} from './files';
import {isPage} from './pages';
import {LOCALE_IDS, changesDirOf, docsDirOf} from '../../site-facts.mjs';
import type {Problem} from './problem';

/** A JSX event handler, `onClick={…}`: its name is the first group. */
const EVENT_HANDLER = /\s(on[A-Z]\w*)=\{/;
/** What only does something in the browser, once React runs there. */
const BROWSER_ONLY = new RegExp(
  `\\b(useState|useEffect|useLayoutEffect|useReducer|useSyncExternalStore|useTransition|useOptimistic|useActionState|useIsBrowser|BrowserOnly)\\b|${EVENT_HANDLER.source}`,
);
/** Docusaurus modules that render plain markup at build time; any other `@theme/` or `@docusaurus/` import is refused. */
const STATIC_MODULES = new Set([
  '@docusaurus/Link',
  '@docusaurus/Translate',
  '@theme/Admonition',
  '@theme/Heading',
  '@theme/Details',
  '@theme/MDXComponents',
]);
const FIX =
  'write static markup (links, <details>, lists, tables), or make the behaviour an island in src/islands/ (ARCHITECTURE.md, Architecture: HTML first)';

/** The first thing in `source` that needs React in the browser, or null. */
function browserOnly(source: string): string | null {
  const match = BROWSER_ONLY.exec(source);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** The site component file that an `@site/` import names, if there is one. */
async function componentSource(siteDir: string, specifier: string): Promise<string | null> {
  const base = path.join(siteDir, specifier.slice('@site/'.length));
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts')]) {
    try {
      return await readFile(candidate, 'utf8');
    } catch {
      // not this one
    }
  }
  return null;
}

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
      const component = await componentSource(siteDir, specifier);
      const found = component && browserOnly(component);
      if (found)
        problems.push({
          file,
          entry,
          problem: `the component uses ${found}, which needs React in the browser; pages ship no React, so it would never respond`,
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
