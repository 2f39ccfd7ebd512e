/**
 * HTML first (ARCHITECTURE.md): pages ship no React, so a component that needs React in the
 * browser (state, effects, event handlers) would render once at build time and never respond.
 * This check reads the imports and JSX of each page and each entry of the list of changes, and
 * names what would not work; the components they may import (src/components/) are held to the same
 * rule by the linter (eslint.config.mjs, tests/unit/house-rules.test.ts).
 */
import {readable, type MarkdownFile, type SiteContent} from './content';
import type {Problem} from './problem';

/** A JSX event handler's name, `onClick`. */
const EVENT_HANDLER = /^on[A-Z]/;
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
  'write static markup (links, <details>, lists, tables), or make the behaviour a control in src/controls/ (ARCHITECTURE.md, Architecture: HTML first)';

/** Problems of one page: an interactive import, or an event handler in its JSX. */
function checkPage({file, elements, imports}: MarkdownFile): Problem[] {
  const problems: Problem[] = elements.flatMap((element) =>
    element.attributeNames
      .filter((name) => EVENT_HANDLER.test(name))
      .map((name) => ({
        file,
        entry: `${name} on line ${element.line}`,
        problem: 'an event handler in the page: pages ship no React, so it would never run',
        fix: FIX,
      })),
  );
  for (const specifier of imports) {
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

export function checkBrowserCode(content: SiteContent): Problem[] {
  return readable(content).flatMap(checkPage);
}
