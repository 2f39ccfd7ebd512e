// @vitest-environment node
/**
 * `npm run build` on a temporary copy of the whole site (node_modules linked, not copied), with
 * one fault each: the content checks, and Docusaurus's own broken-link check, stop it with a
 * message that names the file or page and what is wrong. About 2 s to 8 s per build.
 */
import {execFile} from 'node:child_process';
import {symlink} from 'node:fs/promises';
import path from 'node:path';
import {SITE, copySite, edit} from './site-copy';

const EN_DOCS = 'i18n/en/docusaurus-plugin-content-docs/current';
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report']);

async function copyWholeSite(): Promise<string> {
  const dir = await copySite('content-checks-build-', {skip: SKIP});
  await symlink(path.join(SITE, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** What `npm run build` (docusaurus build) prints, and its exit code. */
function build(dir: string): Promise<{code: number; output: string}> {
  const cli = path.join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'build'], {cwd: dir, timeout: 170_000, maxBuffer: 16 * 1024 * 1024}, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      // Line ends trimmed: Docusaurus indents the error's blank lines with spaces.
      const output = `${stdout}\n${stderr}`.split('\n').map((line) => line.trimEnd()).join('\n');
      resolve({code, output});
    });
  });
}

/** The lines of `text`, indented as Docusaurus prints an error's cause. */
const asCause = (text: string): string => text.split('\n').map((line) => `  ${line}`.trimEnd()).join('\n');

// Concurrent: each build waits mostly on its own compiler; in sequence they would take four times as long.
describe.concurrent('npm run build on a faulty copy of the site', () => {
  it('stops on a catalog fault, before compiling, with the content-check message', async ({expect}) => {
    const dir = await copyWholeSite();
    await edit(dir, 'src/data/partners.ts', "'https://www.veeam.com/kb4012'", "'http://www.veeam.com/kb4012'");
    const {code, output} = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(asCause(
      '[cause]: Error: Content checks: 1 problem to fix before the site can build.\n\n' +
        'src/data/partners.ts › partner "veeam"\n' +
        '  Problem: the link "http://www.veeam.com/kb4012" starts with http://, which is not secure.\n' +
        '  Fix: use the https:// address of the page ("https://www.veeam.com/kb4012"), after checking that it opens in a browser.',
    ));
    expect(output).not.toContain('Creating an optimized production build...\n[SUCCESS]');
  }, 180_000);

  it('stops on a page-parity fault with the content-check message', async ({expect}) => {
    const dir = await copyWholeSite();
    await edit(dir, `${EN_DOCS}/backup-partners.mdx`, '{/* #what-they-share */}', '{/* #what-they-have-in-common */}');
    const {code, output} = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(asCause(
      `${EN_DOCS}/backup-partners.mdx › heading #what-they-share\n` +
        '  Problem: the French page (docs/backup-partners.mdx) has a heading with the ID #what-they-share, the English page has none.',
    ));
  }, 180_000);

  it('stops on a broken link, naming the page and the target (Docusaurus onBrokenLinks)', async ({expect}) => {
    const dir = await copyWholeSite();
    // The same broken link in both twins: page parity holds, only the link is wrong.
    for (const file of ['docs/index.md', `${EN_DOCS}/index.md`]) await edit(dir, file, '(./network-traffic.mdx)', '(/restore)');
    const {code, output} = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('Docusaurus found broken links!');
    expect(output).toContain('- Broken link on source page path = /:\n     -> linking to /restore');
  }, 180_000);

  it('stops on a broken anchor, naming the page and the target (Docusaurus onBrokenAnchors)', async ({expect}) => {
    const dir = await copyWholeSite();
    for (const file of ['docs/backup-principle.md', `${EN_DOCS}/backup-principle.md`]) {
      await edit(dir, file, '(./choose-a-solution.md#side-by-side)', '(./choose-a-solution.md#side-by-sid)');
    }
    const {code, output} = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('Docusaurus found broken anchors!');
    expect(output).toContain('- Broken anchor on source page path = /backup-principle:\n     -> linking to /choose-a-solution#side-by-sid');
  }, 180_000);
});
