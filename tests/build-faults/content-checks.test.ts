/**
 * `docusaurus build` on a temporary copy of the whole site (node_modules linked, not copied), with
 * one fault each: the content checks (plugins/content-checks.ts) stop the build before it compiles
 * anything, with the message `npm run check:content` prints. Docusaurus's own broken-link and
 * broken-anchor checks are Docusaurus's to test; docusaurus.config.ts keeping them fatal is a unit
 * test (tests/unit/content-checks.test.ts). Run by `npm run test:build-faults`, a few seconds per build.
 */
import {edit} from '../site-copy';
import {build, copyWholeSite} from './docusaurus-build';
import {docsDirOf} from '../../site-facts.mjs';

const EN_DOCS = docsDirOf('en');

/** The lines of `text`, indented as Docusaurus prints an error's cause. */
const asCause = (text: string): string =>
  text
    .split('\n')
    .map((line) => `  ${line}`.trimEnd())
    .join('\n');

/**
 * The error comes from the plugin's loadContent, which Docusaurus runs while it loads the site,
 * before it bundles anything; a stopped build never reports success.
 */
function expectStoppedBeforeCompiling(output: string): void {
  expect(output).toMatch(/\bat Object\.loadContent \(\S*plugins\/content-checks\.ts:\d+/);
  expect(output).not.toContain('[SUCCESS]');
}

// One build at a time: each keeps a core busy, and the machine may have two.
describe('docusaurus build on a faulty copy of the site', () => {
  it('stops on a catalog fault, before compiling, with the content-check message', async () => {
    const dir = await copyWholeSite();
    await edit(dir, 'src/data/partners.ts', "'https://www.veeam.com/kb4012'", "'http://www.veeam.com/kb4012'");
    const {code, output} = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(
      asCause(
        '[cause]: Error: Content checks: 1 problem to fix before the site can build.\n\n' +
          'src/data/partners.ts › partner "veeam"\n' +
          '  Problem: the link "http://www.veeam.com/kb4012" starts with http://, which is not secure.\n' +
          '  Fix: use the https:// address of the page ("https://www.veeam.com/kb4012"), after checking that it opens in a browser.',
      ),
    );
    expectStoppedBeforeCompiling(output);
  });

  it('stops on a page-parity fault, before compiling, with the content-check message', async () => {
    const dir = await copyWholeSite();
    await edit(dir, `${EN_DOCS}/backup-partners.mdx`, '{/* #beyond-the-six */}', '{/* #what-they-have-in-common */}');
    const {code, output} = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(
      asCause(
        '[cause]: Error: Content checks: 2 problems to fix before the site can build.\n\n' +
          `${EN_DOCS}/backup-partners.mdx › heading #beyond-the-six\n` +
          '  Problem: the French page (docs/backup-partners.mdx) has a heading with the ID #beyond-the-six, the English page has none.',
      ),
    );
    expectStoppedBeforeCompiling(output);
  });
});
