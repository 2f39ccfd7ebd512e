// @vitest-environment node
/** The check that pages use no component that needs React in the browser (scripts/content-checks/browser-code.ts). */
import {SITE, copySite, edit} from '../site-copy';
import {checkBrowserCode, formatProblem} from '../../scripts/content-checks';
import {docsDirOf} from '../../site-facts.mjs';

const EN_DOCS = docsDirOf('en');
const FIX =
  'write static markup (links, <details>, lists, tables), or make the behaviour an island in src/islands/ (ARCHITECTURE.md, Architecture: HTML first)';

describe('browser-only code in pages', () => {
  it('finds none in the real site', async () => {
    expect(await checkBrowserCode(SITE)).toEqual([]);
  });

  it('names a page that imports an interactive theme component, an event handler, and a module from outside src/components/', async () => {
    const dir = await copySite('browser-code-', ['docs', 'i18n', 'src/components']);
    await edit(
      dir,
      'docs/network-traffic.mdx',
      "import Sources, {Cite, SourceDate} from '@site/src/components/Sources';",
      "import Sources, {Cite, SourceDate} from '@site/src/components/Sources';\nimport Tabs from '@theme/Tabs';",
    );
    await edit(
      dir,
      `${EN_DOCS}/network-traffic.mdx`,
      '<NetworkDiagram />',
      '<NetworkDiagram />\n\n<button onClick={() => alert(1)}>Hi</button>',
    );
    await edit(
      dir,
      'docs/backup-partners.mdx',
      "import Sources, {Cite} from '@site/src/components/Sources';",
      "import Sources, {Cite} from '@site/src/components/Sources';\nimport {startSearchBox} from '@site/src/islands/search-box';",
    );
    expect((await checkBrowserCode(dir)).map(formatProblem).sort()).toEqual([
      `docs/backup-partners.mdx › import of @site/src/islands/search-box\n  Problem: the page imports from outside src/components/: pages may import only the components there, which the linter keeps free of state, effects and event handlers.\n  Fix: ${FIX}.`,
      `docs/network-traffic.mdx › import of @theme/Tabs\n  Problem: @theme/Tabs may need React in the browser, and pages ship no React.\n  Fix: ${FIX}.`,
      `${EN_DOCS}/network-traffic.mdx › onClick\n  Problem: an event handler in the page: pages ship no React, so it would never run.\n  Fix: ${FIX}.`,
    ]);
  });
});
