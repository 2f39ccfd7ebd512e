// @vitest-environment node
/**
 * The content checks (scripts/content-checks/): the real site passes; each kind of fault, injected
 * into a temporary copy of the site's content, gives the exact message a writer will read. That
 * the build stops with the same message is tested by tests/build-faults/ (npm run test:build-faults).
 */
import {cp, readFile, unlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {SITE, copySite, edit} from '../site-copy';
import config from '../../docusaurus.config';
import {
  checkCatalog,
  checkFrenchSpacing,
  checkPages,
  checkSources,
  checkUiStrings,
  formatProblem,
  formatProblems,
  runContentChecks,
  type Problem,
} from '../../scripts/content-checks';
import {docsDirOf} from '../../site-facts.mjs';
import {sources} from '../../src/data/sources';

const EN_DOCS = docsDirOf('en');
const ORDER_FIX = 'number the partners 1, 2, 3… in the order the partners page shows them, with no gaps and no number used twice';
const SPACES_SHOWN =
  "narrow no-break space \\u202f before ; ! ? and between digit groups, no-break space \\u00a0 before : and », after « and before a unit; French writes the apostrophe ’ (U+2019), never '";
const APOSTROPHE_FIX = "French writes the apostrophe ’ (U+2019), never '";
const UNUSED_KEY_FIX = 'rename the key to the id of the partner it describes, or delete it if that partner left the catalog';

/** A temporary copy of what the checks read. */
const copyCheckedFiles = (parts: readonly string[] = ['docs', 'changes', 'i18n', 'src/data']): Promise<string> =>
  copySite('content-checks-', parts);

type Json = Record<string, unknown>;
/** Changes a JSON file of the copy; `change` gets the parsed file. */
async function editJson(dir: string, file: string, change: (json: Json) => void): Promise<void> {
  const target = path.join(dir, file);
  const json = JSON.parse(await readFile(target, 'utf8')) as Json;
  change(json);
  await writeFile(target, JSON.stringify(json, null, 2));
}
const group = (json: Json, key: string): Json => json[key] as Json;

const lines = (problems: readonly Problem[]): string[] => problems.map(formatProblem);

describe('the real site', () => {
  it('passes every content check', async () => {
    expect(formatProblems(await runContentChecks(SITE))).toBe('');
  });

  it('keeps broken links, anchors and Markdown links fatal in docusaurus.config.ts', () => {
    expect(config.onBrokenLinks).toBe('throw');
    expect(config.onBrokenAnchors).toBe('throw');
    expect(config.markdown?.hooks?.onBrokenMarkdownLinks).toBe('throw');
  });
});

describe('partner catalog', () => {
  it('rejects a duplicate id (and the texts it leaves unused)', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', "id: 'veritas',", "id: 'veeam',");
    expect(lines(await checkCatalog(dir))).toEqual([
      'src/data/partners.ts › partner "veeam"\n  Problem: 2 partners use the id "veeam" (entries 5 and 6 in the list).\n  Fix: give each partner its own id; the id is also the key of the partner’s texts in i18n/<locale>/partners.json.',
      `i18n/fr/partners.json › key "veritas"\n  Problem: no partner in src/data/partners.ts has the id "veritas", so these texts are never shown.\n  Fix: ${UNUSED_KEY_FIX}.`,
      `i18n/en/partners.json › key "veritas"\n  Problem: no partner in src/data/partners.ts has the id "veritas", so these texts are never shown.\n  Fix: ${UNUSED_KEY_FIX}.`,
    ]);
  });

  it('rejects an empty name', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', "name: 'Veeam'", "name: ' '");
    expect(lines(await checkCatalog(dir))).toEqual([
      'src/data/partners.ts › partner "veeam"\n  Problem: the name is empty.\n  Fix: write the partner’s name as its card should show it, e.g. "Veeam".',
    ]);
  });

  it.each([
    [
      'an http link',
      'http://www.veeam.com/kb4012',
      'the link "http://www.veeam.com/kb4012" starts with http://, which is not secure',
      'use the https:// address of the page ("https://www.veeam.com/kb4012"), after checking that it opens in a browser',
    ],
    [
      'a relative link',
      '/kb4012',
      'the link "/kb4012" is not a full web address',
      'write the full address of the partner’s page, starting with https:// and the site’s name, e.g. "https://www.example.com/page"',
    ],
    [
      'a link with no host',
      'https:///kb4012',
      'the link "https:///kb4012" has no site name after https://',
      'write the site’s name right after https://, e.g. "https://www.example.com/page"',
    ],
    [
      'a link to a host with no dot',
      'https://localhost:3000/kb4012',
      'the link "https://localhost:3000/kb4012" has no site name after https://',
      'write the site’s name right after https://, e.g. "https://www.example.com/page"',
    ],
    [
      'a link that is not a web page',
      'mailto:support@veeam.com',
      'the link "mailto:support@veeam.com" is not the address of a web page',
      'write the address of the partner’s web page, starting with https://',
    ],
    [
      'a link with a space',
      'https://www.veeam.com/kb 4012',
      'the link "https://www.veeam.com/kb 4012" has a space or a line break in it',
      'copy the address again from the browser’s address bar, while on the partner’s page',
    ],
    [
      'a link that cannot be read as an address',
      'https://www.veeam.com:99999/kb4012',
      'the link "https://www.veeam.com:99999/kb4012" is not a valid web address (no site name, or a character that is not allowed?)',
      'copy the address again from the browser’s address bar, while on the partner’s page',
    ],
  ])('rejects %s', async (_kind, link, problem, fix) => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', "'https://www.veeam.com/kb4012'", JSON.stringify(link));
    expect(lines(await checkCatalog(dir))).toEqual([`src/data/partners.ts › partner "veeam"\n  Problem: ${problem}.\n  Fix: ${fix}.`]);
  });

  it('says where the catalog cannot be read', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', '    order: 5,\n', '    order: 5\n');
    // The parser stops on the line after the missing comma, at its first field.
    const line = (await readFile(path.join(dir, 'src/data/partners.ts'), 'utf8')).split('\n').indexOf('    order: 5') + 2;
    expect(lines(await checkCatalog(dir))).toEqual([
      `src/data/partners.ts › the whole file\n  Problem: it could not be read: line ${line}, column 4: Unexpected token, expected ",".\n  Fix: correct the syntax; compare with the other partner entries in the file.`,
    ]);
  });

  it('rejects a gap in the order', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', 'order: 6', 'order: 7');
    expect(lines(await checkCatalog(dir))).toEqual([
      `src/data/partners.ts › order 6\n  Problem: no partner has order 6, so the numbering has a gap (the orders are 1, 2, 3, 4, 5, 7).\n  Fix: ${ORDER_FIX}.`,
    ]);
  });

  it('rejects an order used twice', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', 'order: 6', 'order: 5');
    expect(lines(await checkCatalog(dir))).toEqual([
      `src/data/partners.ts › partners "veeam", "veritas"\n  Problem: they all have order 5.\n  Fix: ${ORDER_FIX}.`,
    ]);
  });

  it('rejects a partner with no card texts in one locale, and a missing text', async () => {
    const dir = await copyCheckedFiles();
    await editJson(dir, 'i18n/en/partners.json', (json) => {
      delete json.veeam;
      delete group(json, 'commvault').linkText;
    });
    expect(lines(await checkCatalog(dir))).toEqual([
      'i18n/en/partners.json › partner "commvault"\n  Problem: the linkText is missing.\n  Fix: add "linkText" in English: what the link says ({{name}} stands for the partner’s name).',
      'i18n/en/partners.json › partner "veeam"\n  Problem: the partner has no card texts.\n  Fix: add "veeam": {"summary": "…", "linkText": "…"} with the texts in English (see CONTRIBUTING.md, "Adding a partner").',
    ]);
  });

  it('rejects an empty card text', async () => {
    const dir = await copyCheckedFiles();
    await editJson(dir, 'i18n/fr/partners.json', (json) => {
      group(json, 'veritas').summary = '  ';
    });
    expect(lines(await checkCatalog(dir))).toEqual([
      'i18n/fr/partners.json › partner "veritas"\n  Problem: the summary is empty.\n  Fix: write the summary in French: one or two sentences on what the partner’s page offers for AVS.',
    ]);
  });

  it('rejects card texts that no partner uses', async () => {
    const dir = await copyCheckedFiles();
    await editJson(dir, 'i18n/en/partners.json', (json) => {
      json.veem = {summary: 'Typo in the id.', linkText: 'Read {{name}}'};
      group(json, 'veeam').sumary = 'Typo in the key.';
    });
    expect(lines(await checkCatalog(dir))).toEqual([
      'i18n/en/partners.json › partner "veeam", key "sumary"\n  Problem: cards only use "summary" and "linkText", so the key "sumary" is never shown.\n  Fix: rename it to "summary" or "linkText", or delete it.',
      `i18n/en/partners.json › key "veem"\n  Problem: no partner in src/data/partners.ts has the id "veem", so these texts are never shown.\n  Fix: ${UNUSED_KEY_FIX}.`,
    ]);
  });
});

describe('page parity', () => {
  it('rejects a French page with no English twin', async () => {
    const dir = await copyCheckedFiles();
    await unlink(path.join(dir, EN_DOCS, 'network-traffic.mdx'));
    expect(lines(await checkPages(dir))).toEqual([
      `docs/network-traffic.mdx › page network-traffic.mdx\n  Problem: the page has no English version: ${EN_DOCS}/network-traffic.mdx does not exist.\n  Fix: translate the page into ${EN_DOCS}/network-traffic.mdx, with the same slug, front-matter keys, heading IDs and links.`,
    ]);
  });

  it('rejects an English page with no French original', async () => {
    const dir = await copyCheckedFiles();
    await cp(path.join(dir, EN_DOCS, 'index.md'), path.join(dir, EN_DOCS, 'restore.md'));
    expect(lines(await checkPages(dir))).toEqual([
      `${EN_DOCS}/restore.md › page restore.md\n  Problem: the page has no French version: docs/restore.md does not exist.\n  Fix: add the French page docs/restore.md (French is the site's main language), or delete this file if the page was removed; a renamed page must keep the same file name in both languages.`,
    ]);
  });

  it('rejects a heading ID renamed in one language', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, `${EN_DOCS}/backup-partners.mdx`, '{/* #beyond-the-six */}', '{/* #what-they-have-in-common */}');
    expect(lines(await checkPages(dir))).toEqual([
      `${EN_DOCS}/backup-partners.mdx › heading #beyond-the-six\n  Problem: the French page (docs/backup-partners.mdx) has a heading with the ID #beyond-the-six, the English page has none.\n  Fix: give the matching English heading the same ID, {/* #beyond-the-six */} at its end (IDs are never translated), or add the heading.`,
      `${EN_DOCS}/backup-partners.mdx › heading #what-they-have-in-common\n  Problem: the English page has a heading with the ID #what-they-have-in-common, the French page (docs/backup-partners.mdx) has none.\n  Fix: use the ID of the matching French heading, or add the heading to the French page too.`,
    ]);
  });

  it('rejects headings in another order, and a heading without ID', async () => {
    const dir = await copyCheckedFiles();
    const file = `${EN_DOCS}/network-traffic.mdx`;
    await edit(dir, file, '{/* #backup-traffic */}', '{/* #TEMP */}');
    await edit(dir, file, '{/* #replication-traffic */}', '{/* #backup-traffic */}');
    await edit(dir, file, '{/* #TEMP */}', '{/* #replication-traffic */}');
    await edit(dir, 'docs/index.md', '## Ce que vous voulez faire {/* #tasks */}', '## Ce que vous voulez faire');
    expect(lines(await checkPages(dir))).toEqual(
      [
        `${EN_DOCS}/index.md › heading #tasks\n  Problem: the English page has a heading with the ID #tasks, the French page (docs/index.md) has none.\n  Fix: use the ID of the matching French heading, or add the heading to the French page too.`,
        'docs/index.md › heading "## Ce que vous voulez faire"\n  Problem: the heading has no explicit ID, so its anchor would not be the same in both languages.\n  Fix: add an ID at the end of the heading, the same in both languages: ## Ce que vous voulez faire {/* #some-id */}.',
        `${EN_DOCS}/network-traffic.mdx › headings\n  Problem: the headings are not in the same order as on the French page (docs/network-traffic.mdx): French #backup-traffic, #replication-traffic, #sources; English #replication-traffic, #backup-traffic, #sources.\n  Fix: put the English headings in the French order (or change the order on both pages).`,
      ].sort(),
    );
  });

  it('rejects different front-matter keys', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, `${EN_DOCS}/index.md`, 'description: Choosing between', 'summary: Choosing between');
    expect(lines(await checkPages(dir))).toEqual([
      `${EN_DOCS}/index.md › front matter "description"\n  Problem: the French page (docs/index.md) has "description" in its front matter, the English page does not.\n  Fix: add "description" to the front matter, in English.`,
      `${EN_DOCS}/index.md › front matter "summary"\n  Problem: the English page has "summary" in its front matter, the French page (docs/index.md) does not.\n  Fix: delete it, or add it to the French page too.`,
    ]);
  });

  it('rejects twins that link to different places', async () => {
    const dir = await copyCheckedFiles();
    await edit(
      dir,
      `${EN_DOCS}/backup-principle.md`,
      '[network traffic](./network-traffic.mdx)',
      '[network traffic](./network-traffic.mdx#backup-traffic)',
    );
    expect(lines(await checkPages(dir))).toEqual([
      `${EN_DOCS}/backup-principle.md › link to ./network-traffic.mdx\n  Problem: the French page (docs/backup-principle.md) links to ./network-traffic.mdx once, the English page never does.\n  Fix: link to ./network-traffic.mdx where the French page does (link targets are not translated).`,
      `${EN_DOCS}/backup-principle.md › link to ./network-traffic.mdx#backup-traffic\n  Problem: the English page links to ./network-traffic.mdx#backup-traffic once, the French page (docs/backup-principle.md) never does.\n  Fix: correct the target to the one the French page uses, or delete the link, or add the same link to the French page too.`,
    ]);
  });
});

describe('UI strings', () => {
  it('rejects a key missing in one locale', async () => {
    const dir = await copyCheckedFiles();
    await editJson(dir, 'i18n/en/components.json', (json) => {
      delete group(json, 'partnerList').label;
    });
    await editJson(dir, 'i18n/fr/docusaurus-theme-classic/navbar.json', (json) => {
      delete json.title;
    });
    expect(lines(await checkUiStrings(dir))).toEqual([
      'i18n/en/components.json › key "partnerList.label"\n  Problem: the key is in i18n/fr/components.json but not in this file.\n  Fix: copy the key from i18n/fr/components.json into this file, at the same place, and translate its text into English.',
      'i18n/fr/docusaurus-theme-classic/navbar.json › key "title"\n  Problem: the key is in i18n/en/docusaurus-theme-classic/navbar.json but not in this file.\n  Fix: copy the entry from i18n/en/docusaurus-theme-classic/navbar.json into this file and translate its "message" into French.',
    ]);
  });

  it('rejects a string left untranslated', async () => {
    const dir = await copyCheckedFiles();
    const french =
      'Rédigé d’après la documentation publiée par Microsoft\u202f; chaque page cite ses sources. Ce site est né de l’article «\u00a0Solutions de sauvegarde pour les machines virtuelles Azure VMware Solution\u00a0» du 11 janvier 2021.';
    await editJson(dir, 'i18n/en/docusaurus-theme-classic/footer.json', (json) => {
      group(json, 'copyright').message = french;
    });
    expect(lines(await checkUiStrings(dir))).toEqual([
      `i18n/en/docusaurus-theme-classic/footer.json › key "copyright"\n  Problem: the English text ${JSON.stringify(french)} is the same as the French text in i18n/fr/docusaurus-theme-classic/footer.json, so one of them is not translated.\n  Fix: translate whichever text is in the wrong language; if the same words are right in both languages (a name, a word both languages share), add {"file": "docusaurus-theme-classic/footer.json", "key": "copyright", "reason": "…"} under "keys" in i18n/untranslated-allowlist.json.`,
    ]);
  });

  it('rejects placeholders that differ between locales ({{name}} and {mode})', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'i18n/en/partners.json', 'Read the {{name}} article KB4012', 'Read the {{nom}} article KB4012');
    await edit(dir, 'i18n/fr/code.json', '(actuellement\u00a0: {mode})', '(actuellement\u00a0: mode)');
    expect(lines(await checkUiStrings(dir))).toEqual([
      'i18n/en/code.json › key "theme.colorToggle.ariaLabel"\n  Problem: the placeholders differ: the French text (i18n/fr/code.json) has none, the English text has {mode}.\n  Fix: the site fills placeholders in, so copy them unchanged between languages (only the words around them are translated).',
      'i18n/en/partners.json › key "veeam.linkText"\n  Problem: the placeholders differ: the French text (i18n/fr/partners.json) has {{name}}, the English text has {{nom}}.\n  Fix: the site fills placeholders in, so copy them unchanged between languages (only the words around them are translated).',
    ]);
  });

  it('rejects allow-list entries without a reason or no longer needed', async () => {
    const dir = await copyCheckedFiles();
    await editJson(dir, 'i18n/untranslated-allowlist.json', (json) => {
      (json.texts as Json[]).push({text: 'Commvault', reason: 'Partner name.'});
      ((json.keys as Json[])[0] as Json).reason = ' ';
    });
    expect(lines(await checkUiStrings(dir))).toEqual([
      'i18n/untranslated-allowlist.json › keys entry 1 ({"file":"code.json","key":"theme.blog.author.pageTitle","reason":" "})\n  Problem: the entry has no reason.\n  Fix: write it as {"file": "code.json", "key": "…", "reason": "…"}, the reason saying why the text is the same in both languages.',
      'i18n/en/code.json › key "theme.blog.author.pageTitle"\n  Problem: the English text "{authorName} - {nPosts}" is the same as the French text in i18n/fr/code.json, so one of them is not translated.\n  Fix: translate whichever text is in the wrong language; if the same words are right in both languages (a name, a word both languages share), add {"file": "code.json", "key": "theme.blog.author.pageTitle", "reason": "…"} under "keys" in i18n/untranslated-allowlist.json.',
      'i18n/untranslated-allowlist.json › texts entry 4 ("Commvault")\n  Problem: the entry is not needed: no key has this text in both languages.\n  Fix: delete the entry (or correct its text).',
    ]);
  });
});

describe('sources', () => {
  const FR_SOURCES = 'sources: [backup-solutions, mabs-setup, caf-operations, backup-solutions-fr-2021-01, backup-solutions-fr-2021-04]';

  it('rejects a page that cites no source, a source that does not exist, and twins that cite different ones', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'docs/index.md', FR_SOURCES, FR_SOURCES.replace('mabs-setup', 'mabs-set-up'));
    await edit(dir, `${EN_DOCS}/network-traffic.mdx`, 'sources: [backup-solutions, caf-bcdr, caf-deprecation]\n', '');
    const problems = lines(await checkSources(dir));
    expect(problems).toContain(
      'docs/index.md › source "mabs-set-up"\n  Problem: the page cites a source that src/data/sources.ts does not have.\n' +
        `  Fix: use one of ${Object.keys(sources).join(', ')}, or add the source to src/data/sources.ts first, with its title, link and date.`,
    );
    expect(problems).toContain(
      `${EN_DOCS}/network-traffic.mdx › front matter "sources"\n  Problem: the page cites no source.\n  Fix: list the sources the page rests on, e.g. "sources: [backup-solutions, backup-solutions-2020-09]", with ids of src/data/sources.ts.`,
    );
    expect(problems).toContain(
      `${EN_DOCS}/index.md › front matter "sources"\n  Problem: the English page cites [backup-solutions, mabs-setup, caf-operations, backup-solutions-fr-2021-01, backup-solutions-fr-2021-04], the French page (docs/index.md) [backup-solutions, caf-operations, backup-solutions-fr-2021-01, backup-solutions-fr-2021-04].\n  Fix: cite the same sources in both languages: a translation rests on the same facts.`,
    );
    // The French index still cites mabs-setup in its text; the English network-traffic page no longer matches its French twin.
    expect(problems).toContain(
      'docs/index.md › citation "mabs-setup"\n  Problem: the text cites a source that the page does not list.\n  Fix: add mabs-setup to the front matter "sources", so that the citation leads to its entry in the page’s Sources list.',
    );
    expect(problems).toHaveLength(5);
  });

  it('rejects a page without its sources section or its dates', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, `${EN_DOCS}/support-and-checks.md`, '\n<Sources />', '');
    await edit(dir, 'docs/support-and-checks.md', 'sources_checked: 2026-12-01', 'sources_checked: last week');
    await edit(dir, 'docs/support-and-checks.md', '  date: 2026-12-01', '  date: 2026-11-2');
    expect(lines(await checkSources(dir))).toEqual([
      'docs/support-and-checks.md › front matter "sources_checked"\n  Problem: "last week" is not a date.\n  Fix: write the day you last checked the page against its sources, as "sources_checked: YYYY-MM-DD".',
      'docs/support-and-checks.md › front matter "last_update.date"\n  Problem: "2026-11-2" is not a date.\n  Fix: write the day of the page’s last revision, as "last_update:" then "  date: YYYY-MM-DD" on the next line.',
      `${EN_DOCS}/support-and-checks.md › section #sources\n  Problem: the page does not end with its sources section.\n  Fix: end the page with\n    ## Sources {/* #sources */}\n    \n    <Sources />\n  and import Sources from '@site/src/components/Sources'.`,
    ]);
  });

  it('rejects a page whose text cites a source it does not list, or that lists a source it never cites', async () => {
    const dir = await copyCheckedFiles();
    const file = `${EN_DOCS}/network-traffic.mdx`;
    await edit(
      dir,
      file,
      'which lowers bandwidth costs.<Cite id="backup-solutions" />',
      'which lowers bandwidth costs.<Cite id="avs-faq" /><Cite id="no-such-source" />',
    );
    await edit(dir, file, '(<SourceDate id="caf-bcdr" />)', '');
    expect(lines(await checkSources(dir))).toEqual([
      `${file} › citation "avs-faq"\n  Problem: the text cites a source that the page does not list.\n  Fix: add avs-faq to the front matter "sources", so that the citation leads to its entry in the page’s Sources list.`,
      `${file} › citation "no-such-source"\n  Problem: the text cites a source that src/data/sources.ts does not have.\n  Fix: use one of ${Object.keys(sources).join(', ')}, or add the source to src/data/sources.ts first.`,
      `${file} › source "caf-bcdr"\n  Problem: the page lists this source but never cites it where a claim stands.\n  Fix: put <Cite id="caf-bcdr" /> after each sentence, list item or table cell that rests on it, or take it out of the front matter "sources".`,
      `${file} › source "caf-deprecation"\n  Problem: the page lists this source but never cites it where a claim stands.\n  Fix: put <Cite id="caf-deprecation" /> after each sentence, list item or table cell that rests on it, or take it out of the front matter "sources".`,
    ]);
  });

  it('rejects a partner without a source', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', "    source: 'backup-solutions',\n", '');
    expect(lines(await checkCatalog(dir))).toEqual([
      'src/data/partners.ts › partner "cohesity", field "source"\n  Problem: the partner has no source.\n  Fix: correct the entry as the comments on `partnerSchema` in src/data/partners.schema.ts describe.',
    ]);
  });

  it('rejects a partner whose source does not exist, and a source nobody cites', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'src/data/partners.ts', "listedSince: 'backup-solutions-2021-04'", "listedSince: 'backup-solutions-2021-05'");
    for (const file of ['docs/choose-a-solution.md', `${EN_DOCS}/choose-a-solution.md`]) {
      await edit(dir, file, ', anf-cloud-backup, anf-restore]', ', anf-restore]');
      await edit(dir, file, '<Cite id="anf-cloud-backup" />', '');
    }
    expect(lines(await checkCatalog(dir))).toEqual([
      'src/data/partners.ts › partner "rubrik"\n  Problem: the listedSince "backup-solutions-2021-05" is not a source of src/data/sources.ts.\n' +
        `  Fix: use one of the ids of src/data/sources.ts (${Object.keys(sources).join(', ')}), or add the source there first, with its title, link and date.`,
    ]);
    expect(lines(await checkSources(dir))).toEqual([
      'src/data/sources.ts › source "anf-cloud-backup"\n  Problem: no page and no partner cites this source.\n  Fix: cite it in the front matter "sources" of the pages that rest on it, or delete it.',
    ]);
  });
});

describe('French spacing of the theme strings', () => {
  it('rejects a plain space before a colon or inside guillemets, and shows the text to write', async () => {
    const dir = await copyCheckedFiles();
    await editJson(dir, 'i18n/fr/code.json', (json) => {
      group(json, 'theme.SearchPage.heading').message = 'Résultats pour « {query} » :';
    });
    expect(lines(await checkFrenchSpacing(dir))).toEqual([
      'i18n/fr/code.json › key "theme.SearchPage.heading"\n  Problem: the French text has a plain space where French puts a no-break one («ultats pour « {query} » :»).\n' +
        `  Fix: write it as "Résultats pour «\\u00a0{query}\\u00a0»\\u00a0:", which JSON reads as the same text with the spaces shown as escapes (${SPACES_SHOWN}).`,
    ]);
  });

  it('rejects plain spaces in a number and before a unit, and straight apostrophes, with the text to write', async () => {
    const dir = await copyCheckedFiles();
    await editJson(dir, 'i18n/fr/code.json', (json) => {
      group(json, 'theme.NotFound.p1').message = "Plus de 9 999 pages, 120 To : rien n'y est.";
    });
    expect(lines(await checkFrenchSpacing(dir))).toEqual([
      'i18n/fr/code.json › key "theme.NotFound.p1"\n' +
        "  Problem: the French text has a plain space where French puts a no-break one («ages, 120 To : rien n'y es», «Plus de 9 999 pages, 120 », «99 pages, 120 To : rien n'y ») and a straight apostrophe (« To : rien n'y est.»).\n" +
        `  Fix: write it as "Plus de 9\\u202f999 pages, 120\\u00a0To\\u00a0: rien n’y est.", which JSON reads as the same text with the spaces shown as escapes (${SPACES_SHOWN}).`,
    ]);
  });

  it('rejects a straight apostrophe in French pages, entries and component strings, and leaves code, links and YAML quotes alone', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, 'docs/backup-principle.md', '\n## ', "\nL'exemple `a 'b'` et [lien](https://x.example/l'a).\n\n## ");
    await edit(dir, 'changes/2026-11-25-microsoft-documentation-2026.md', 'title: Le guide', "title: Aujourd'hui, le guide");
    await edit(dir, 'i18n/fr/components.json', 'Sources de la page', "Sources de l'article");
    const problems = lines(await checkFrenchSpacing(dir));
    const line =
      (await readFile(path.join(dir, 'docs/backup-principle.md'), 'utf8'))
        .split('\n')
        .indexOf("L'exemple `a 'b'` et [lien](https://x.example/l'a).") + 1;
    expect(problems).toEqual([
      'i18n/fr/components.json › key "sources.listLabel"\n  Problem: the French text has a straight apostrophe («Sources de l\'article»).\n' +
        `  Fix: write it as "Sources de l’article": ${APOSTROPHE_FIX}.`,
      `docs/backup-principle.md › line ${line}\n  Problem: the French text has a straight apostrophe («L'exemple  et »).\n` +
        `  Fix: write "L’exemple  et [lien].": ${APOSTROPHE_FIX}.`,
      'changes/2026-11-25-microsoft-documentation-2026.md › front matter "title"\n  Problem: the French text has a straight apostrophe («Aujourd\'hui, le guid»).\n' +
        `  Fix: write "Aujourd’hui, le guide suit la documentation de Microsoft de 2026": ${APOSTROPHE_FIX}.`,
    ]);
  });
});

describe('entries of the list of changes', () => {
  const ENTRY = '2026-12-01-sources-checked-again.md';
  const EN_CHANGES = 'i18n/en/docusaurus-plugin-content-blog';

  it('rejects a citation mark in an entry: marks number a guide page’s Sources list', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, `changes/${ENTRY}`, 'le 1er décembre 2026.', 'le 1er décembre 2026.<Cite id="partner-limitations" />');
    expect(lines(await checkSources(dir))).toEqual([
      `changes/${ENTRY} › <Cite id="partner-limitations" />\n  Problem: an entry of the list of changes cannot carry citation marks (they number a guide page’s Sources list).\n  Fix: list the sources in the entry’s front matter "sources" (shown by <ChangeSources />), and delete the mark.`,
    ]);
  });

  it('rejects an entry without its twin, its sources or its date', async () => {
    const dir = await copyCheckedFiles();
    await unlink(path.join(dir, EN_CHANGES, '2026-11-25-microsoft-documentation-2026.md'));
    await edit(dir, `changes/${ENTRY}`, '\n<ChangeSources />', '');
    await edit(dir, `changes/${ENTRY}`, 'date: 2026-12-01', 'date: soon');
    const problems = lines([...(await checkPages(dir)), ...(await checkSources(dir))]);
    expect(problems).toContain(
      `changes/2026-11-25-microsoft-documentation-2026.md › page 2026-11-25-microsoft-documentation-2026.md\n  Problem: the page has no English version: ${EN_CHANGES}/2026-11-25-microsoft-documentation-2026.md does not exist.\n` +
        `  Fix: translate the page into ${EN_CHANGES}/2026-11-25-microsoft-documentation-2026.md, with the same slug, front-matter keys, heading IDs and links.`,
    );
    expect(problems).toContain(
      `changes/${ENTRY} › sources\n  Problem: the entry does not end with its sources.\n  Fix: end the entry with <ChangeSources /> on a line of its own, and import ChangeSources from '@site/src/components/ChangeSources'.`,
    );
    expect(problems).toContain(
      `changes/${ENTRY} › front matter "date"\n  Problem: "soon" is not a date.\n  Fix: write the day of the change, as "date: YYYY-MM-DD".`,
    );
  });

  it('rejects twins that cite different sources or link to different places', async () => {
    const dir = await copyCheckedFiles();
    await edit(dir, `${EN_CHANGES}/${ENTRY}`, 'sources: [partner-limitations]', 'sources: [partner-limitations, avs-faq]');
    await edit(dir, `${EN_CHANGES}/${ENTRY}`, '](/choose-a-solution)', '](/support-and-checks)');
    const problems = lines([...(await checkPages(dir)), ...(await checkSources(dir))]);
    expect(problems).toContain(
      `${EN_CHANGES}/${ENTRY} › front matter "sources"\n  Problem: the English page cites [partner-limitations, avs-faq], the French page (changes/${ENTRY}) [partner-limitations].\n  Fix: cite the same sources in both languages: a translation rests on the same facts.`,
    );
    expect(problems.some((p) => p.startsWith(`${EN_CHANGES}/${ENTRY} › link to /choose-a-solution`))).toBe(true);
  });
});
