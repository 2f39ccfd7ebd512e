// @vitest-environment node
/**
 * The content checks (scripts/content-checks/) on a small fixture site
 * (tests/fixtures/content-site/): it passes; each kind of fault, injected into a temporary copy,
 * gives the exact message a writer will read. The real site is never read here, so a writer's
 * change to the content can only break the checks it should (`npm run check:content` runs them on
 * the real site). That the build stops with the same message is tested by tests/build-faults/.
 * First, the content model the checks read (scripts/content-checks/content.ts): what it takes
 * from a Markdown/MDX text.
 */
import {cp, readFile, unlink, writeFile} from 'node:fs/promises';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import path from 'node:path';
import {CONTENT_FIXTURE, copyContentFixture, edit} from '../site-copy';
import config from '../../docusaurus.config';
import {
  SITE_LOCALES,
  checkBrowserCode,
  checkCatalog,
  checkFrenchSpacing,
  checkPages,
  checkSources,
  checkUiStrings,
  formatProblem,
  readSiteContent,
  runContentChecks,
  type Problem,
  type SiteLocales,
} from '../../scripts/content-checks';
import {parseMarkdown} from '../../scripts/content-checks/content';
import {docsDirOf} from '../../site-facts.mjs';

const EN_DOCS = docsDirOf('en');
const EN_CHANGES = 'i18n/en/docusaurus-plugin-content-blog';
const ENTRY = '2026-01-15-site-opens.md';
/** The site's locales and a third one: the fixture has its German files. */
const WITH_GERMAN: SiteLocales = {
  default: SITE_LOCALES.default,
  ids: [...SITE_LOCALES.ids, 'de'],
  languages: {...SITE_LOCALES.languages, de: 'German'},
  frenchTypography: SITE_LOCALES.frenchTypography,
};
const ORDER_FIX = 'number the partners 1, 2, 3… in the order the partners page shows them, with no gaps and no number used twice';
const UNUSED_KEY_FIX = 'rename the key to the id of the partner it describes, or delete it if that partner left the catalog';
const SPACES_SHOWN =
  "narrow no-break space \\u202f before ; ! ? and between digit groups, no-break space \\u00a0 before : and », after « and before a unit; French writes the apostrophe ’ (U+2019), never '";
const APOSTROPHE_FIX = "French writes the apostrophe ’ (U+2019), never '";
const BROWSER_FIX =
  'write static markup (links, <details>, lists, tables), or make the behaviour a control in src/controls/ (ARCHITECTURE.md, Architecture: HTML first)';
const FIXTURE_SOURCES = 'backup-solutions, backup-solutions-2020-09, guide-source, old-article, removal-notice';

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
/** The problems of a check over the content of `dir`, read as a run reads it. */
const content = (dir: string, locales: SiteLocales = SITE_LOCALES) => readSiteContent(dir, locales);
/** The line of `text` in a file of the copy, from 1. */
const lineOf = async (dir: string, file: string, text: string): Promise<number> =>
  (await readFile(path.join(dir, file), 'utf8')).split('\n').indexOf(text) + 1;

const PAGE = `---
title: Une page
last_update:
  date: 2026-12-01
---

import Sources, {Cite} from '@site/src/components/Sources';

## Pourquoi ? {/* #why */}

## Une note {/* pas un ID */}

## Deux {/* #a */ /* #b */}

L'exemple \`a 'b'\` et [le lien](https://x.example/l'a "titre")
sur deux lignes <Cite id="s'1" />.

\`\`\`sh
echo 'code'
\`\`\`

![image](/img/a.svg) et [réf][r] https://example.org/nu {/* l'avis */}

<a href={'/guide'} onClick={() => 1}>aller</a>

[r]: /reference
`;

describe('the content model', () => {
  it('reads the front matter as Docusaurus does (DEFAULT_PARSE_FRONT_MATTER of @docusaurus/utils)', async () => {
    const {files} = await readSiteContent(CONTENT_FIXTURE, SITE_LOCALES);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const fileContent = await readFile(`${CONTENT_FIXTURE}/${file.file}`, 'utf8');
      const docusaurus = await DEFAULT_PARSE_FRONT_MATTER({fileContent, filePath: file.file, frontMatter: {}} as never);
      expect(file.frontMatter, file.file).toEqual(docusaurus.frontMatter);
    }
    expect(parseMarkdown(PAGE).frontMatterKeys).toEqual(['title', 'last_update.date']);
  });

  it('takes a heading’s ID only from an MDX comment holding one #word, as Docusaurus does', () => {
    expect(parseMarkdown(PAGE).headings).toEqual([
      {text: '## Pourquoi ?', id: 'why', line: 9},
      {text: '## Une note {/* pas un ID */}', id: undefined, line: 11},
      {text: '## Deux {/* #a */ /* #b */}', id: undefined, line: 13},
    ]);
  });

  it('lists every link target in order: Markdown links, images, references, bare addresses and JSX href', () => {
    expect(parseMarkdown(PAGE).links).toEqual(["https://x.example/l'a", '/img/a.svg', 'https://example.org/nu', '/guide', '/reference']);
  });

  it('reads prose line by line, without code, imports, link targets, JSX or MDX comments', () => {
    expect(parseMarkdown(PAGE).prose).toEqual([
      {text: 'Pourquoi ? ', line: 9},
      {text: 'Une note ', line: 11},
      {text: 'Deux ', line: 13},
      {text: "L'exemple  et le lien", line: 15},
      {text: 'sur deux lignes .', line: 16},
      // An image's alt text is an attribute, not prose.
      {text: ' et réf https://example.org/nu ', line: 22},
      {text: 'aller', line: 24},
    ]);
  });

  it('names the JSX elements, their attributes and the imports', () => {
    const {elements, imports, lastElement} = parseMarkdown(PAGE);
    expect(elements.map(({name, source, line}) => ({name, source, line}))).toEqual([
      {name: 'Cite', source: `<Cite id="s'1" />`, line: 16},
      {name: 'a', source: "<a href={'/guide'} onClick={() => 1}>", line: 24},
    ]);
    expect(elements[1]?.attributeNames).toEqual(['href', 'onClick']);
    expect(imports).toEqual(['@site/src/components/Sources']);
    expect(lastElement).toBeUndefined();
  });

  it('gives the line and the parser’s words for a text that is not MDX, or a front matter that is not YAML', () => {
    const mdx = parseMarkdown('# Titre\n\nun <b>gras\n').syntaxError;
    expect(mdx?.line).toBe(3);
    expect(mdx?.message).toContain('Expected a closing tag for `<b>`');
    expect(parseMarkdown('---\ntitle: a\ndate: : b\n---\n\nTexte\n').syntaxError).toEqual({
      line: 3,
      message: 'bad indentation of a mapping entry',
    });
  });
});

describe('the fixture site', () => {
  it('passes every content check, with the site’s locales and with a third one', async () => {
    expect(await runContentChecks(CONTENT_FIXTURE)).toEqual([]);
    expect(await runContentChecks(CONTENT_FIXTURE, WITH_GERMAN)).toEqual([]);
  });

  it('keeps broken links, anchors and Markdown links fatal in docusaurus.config.ts', () => {
    expect(config.onBrokenLinks).toBe('throw');
    expect(config.onBrokenAnchors).toBe('throw');
    expect(config.markdown?.hooks?.onBrokenMarkdownLinks).toBe('throw');
  });
});

describe('a third locale', () => {
  it('is compared with the default one: a missing page, entry, string file and key are reported in its folder, in its language', async () => {
    const dir = await copyContentFixture();
    await unlink(path.join(dir, docsDirOf('de'), 'guide.mdx'));
    await unlink(path.join(dir, 'i18n/de/docusaurus-plugin-content-blog', ENTRY));
    await unlink(path.join(dir, 'i18n/de/docusaurus-theme-classic/navbar.json'));
    await editJson(dir, 'i18n/de/components.json', (json) => {
      delete group(json, 'partnerList').label;
    });
    expect(lines(await runContentChecks(dir, WITH_GERMAN))).toEqual([
      `docs/guide.mdx › page guide.mdx\n  Problem: the page has no German version: ${docsDirOf('de')}/guide.mdx does not exist.\n  Fix: translate the page into ${docsDirOf('de')}/guide.mdx, with the same slug, front-matter keys, heading IDs and links.`,
      `changes/${ENTRY} › page ${ENTRY}\n  Problem: the page has no German version: i18n/de/docusaurus-plugin-content-blog/${ENTRY} does not exist.\n  Fix: translate the page into i18n/de/docusaurus-plugin-content-blog/${ENTRY}, with the same slug, front-matter keys, heading IDs and links.`,
      'i18n/de/components.json › key "partnerList.label"\n  Problem: the key is in i18n/fr/components.json but not in this file.\n  Fix: copy the key from i18n/fr/components.json into this file, at the same place, and translate its text into German.',
      'i18n/de/docusaurus-theme-classic/navbar.json › the whole file\n  Problem: the file is missing, while i18n/fr/docusaurus-theme-classic/navbar.json exists.\n  Fix: copy i18n/fr/docusaurus-theme-classic/navbar.json here and translate its texts into German.',
    ]);
  });

  it('is held to the default locale’s heading IDs, sources and translations, not to the second locale’s', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${docsDirOf('de')}/guide.mdx`, '{/* #old-article */}', '{/* #alter-artikel */}');
    await edit(dir, `${docsDirOf('de')}/index.md`, 'sources: [guide-source]', 'sources: [guide-source, old-article]');
    await editJson(dir, 'i18n/de/code.json', (json) => {
      group(json, 'theme.NotFound.title').message = 'Page introuvable';
    });
    // English differs from German in all three, and is not reported: only the default locale is the original.
    expect(lines(await runContentChecks(dir, WITH_GERMAN))).toEqual([
      `${docsDirOf('de')}/guide.mdx › heading #old-article\n  Problem: the French page (docs/guide.mdx) has a heading with the ID #old-article, the German page has none.\n  Fix: give the matching heading the same ID, {/* #old-article */} at its end (IDs are never translated), or add the heading.`,
      `${docsDirOf('de')}/guide.mdx › heading #alter-artikel\n  Problem: The German page has a heading with the ID #alter-artikel, the French page (docs/guide.mdx) has none.\n  Fix: use the ID of the matching French heading, or add the heading to the French page too.`,
      `${docsDirOf('de')}/index.md › source "old-article"\n  Problem: the page lists this source but never cites it where a claim stands.\n  Fix: put <Cite id="old-article" /> after each sentence, list item or table cell that rests on it, or take it out of the front matter "sources".`,
      `${docsDirOf('de')}/index.md › front matter "sources"\n  Problem: the German page cites [guide-source, old-article], the French page (docs/index.md) [guide-source].\n  Fix: cite the same sources in every language: a translation rests on the same facts.`,
      'i18n/de/code.json › key "theme.NotFound.title"\n  Problem: the German text "Page introuvable" is the same as the French text in i18n/fr/code.json, so one of them is not translated.\n  Fix: translate whichever text is in the wrong language; if the same words are right in both languages (a name, a word both languages share), add {"file": "code.json", "key": "theme.NotFound.title", "reason": "…"} under "keys" in i18n/untranslated-allowlist.json.',
    ]);
  });
});

describe('partner catalog', () => {
  it('rejects a duplicate id (and the texts it leaves unused)', async () => {
    const dir = await copyContentFixture();
    await edit(dir, 'src/data/partners.ts', "id: 'beta',", "id: 'alpha',");
    expect(lines(await checkCatalog(await content(dir)))).toEqual([
      'src/data/partners.ts › partner "alpha"\n  Problem: 2 partners use the id "alpha" (entries 1 and 2 in the list).\n  Fix: give each partner its own id; the id is also the key of the partner’s texts in i18n/<locale>/partners.json.',
      `i18n/fr/partners.json › key "beta"\n  Problem: no partner in src/data/partners.ts has the id "beta", so these texts are never shown.\n  Fix: ${UNUSED_KEY_FIX}.`,
      `i18n/en/partners.json › key "beta"\n  Problem: no partner in src/data/partners.ts has the id "beta", so these texts are never shown.\n  Fix: ${UNUSED_KEY_FIX}.`,
    ]);
  });

  it('rejects an empty name', async () => {
    const dir = await copyContentFixture();
    await edit(dir, 'src/data/partners.ts', "name: 'Beta'", "name: ' '");
    expect(lines(await checkCatalog(await content(dir)))).toEqual([
      'src/data/partners.ts › partner "beta"\n  Problem: the name is empty.\n  Fix: write the partner’s name as its card should show it, e.g. "Veeam".',
    ]);
  });

  it.each([
    [
      'an http link',
      'http://beta.example.com/kb1',
      'the link "http://beta.example.com/kb1" starts with http://, which is not secure',
      'use the https:// address of the page ("https://beta.example.com/kb1"), after checking that it opens in a browser',
    ],
    [
      'a relative link',
      '/kb1',
      'the link "/kb1" is not a full web address',
      'write the full address of the partner’s page, starting with https:// and the site’s name, e.g. "https://www.example.com/page"',
    ],
    [
      'a link with no host',
      'https:///kb1',
      'the link "https:///kb1" has no site name after https://',
      'write the site’s name right after https://, e.g. "https://www.example.com/page"',
    ],
    [
      'a link to a host with no dot',
      'https://localhost:3000/kb1',
      'the link "https://localhost:3000/kb1" has no site name after https://',
      'write the site’s name right after https://, e.g. "https://www.example.com/page"',
    ],
    [
      'a link that is not a web page',
      'mailto:support@beta.example.com',
      'the link "mailto:support@beta.example.com" is not the address of a web page',
      'write the address of the partner’s web page, starting with https://',
    ],
    [
      'a link with a space',
      'https://beta.example.com/kb 1',
      'the link "https://beta.example.com/kb 1" has a space or a line break in it',
      'copy the address again from the browser’s address bar, while on the partner’s page',
    ],
    [
      'a link that cannot be read as an address',
      'https://beta.example.com:99999/kb1',
      'the link "https://beta.example.com:99999/kb1" is not a valid web address (no site name, or a character that is not allowed?)',
      'copy the address again from the browser’s address bar, while on the partner’s page',
    ],
  ])('rejects %s', async (_kind, link, problem, fix) => {
    const dir = await copyContentFixture();
    await edit(dir, 'src/data/partners.ts', "'https://beta.example.com/kb1'", JSON.stringify(link));
    expect(lines(await checkCatalog(await content(dir)))).toEqual([
      `src/data/partners.ts › partner "beta"\n  Problem: ${problem}.\n  Fix: ${fix}.`,
    ]);
  });

  it('says where the catalog cannot be read', async () => {
    const dir = await copyContentFixture();
    await edit(dir, 'src/data/partners.ts', '    order: 2,\n', '    order: 2\n');
    // The parser stops on the line after the missing comma, at its first field.
    const line = (await lineOf(dir, 'src/data/partners.ts', '    order: 2')) + 1;
    expect(lines(await checkCatalog(await content(dir)))).toEqual([
      `src/data/partners.ts › the whole file\n  Problem: it could not be read: line ${line}, column 4: Unexpected token, expected ",".\n  Fix: correct the syntax; compare with the other partner entries in the file.`,
    ]);
  });

  it('rejects a gap in the order, and an order used twice', async () => {
    const gap = await copyContentFixture();
    await edit(gap, 'src/data/partners.ts', 'order: 2', 'order: 3');
    expect(lines(await checkCatalog(await content(gap)))).toEqual([
      `src/data/partners.ts › order 2\n  Problem: no partner has order 2, so the numbering has a gap (the orders are 1, 3).\n  Fix: ${ORDER_FIX}.`,
    ]);
    const twice = await copyContentFixture();
    await edit(twice, 'src/data/partners.ts', 'order: 2', 'order: 1');
    expect(lines(await checkCatalog(await content(twice)))).toEqual([
      `src/data/partners.ts › partners "alpha", "beta"\n  Problem: they all have order 1.\n  Fix: ${ORDER_FIX}.`,
    ]);
  });

  it('rejects a partner with no card texts in one locale, a missing text, and an empty one', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/en/partners.json', (json) => {
      delete json.beta;
      delete group(json, 'alpha').linkText;
    });
    await editJson(dir, 'i18n/fr/partners.json', (json) => {
      group(json, 'beta').summary = '  ';
    });
    expect(lines(await checkCatalog(await content(dir)))).toEqual([
      'i18n/fr/partners.json › partner "beta"\n  Problem: the summary is empty.\n  Fix: write the summary in French: one or two sentences on what the partner’s page offers for AVS.',
      'i18n/en/partners.json › partner "alpha"\n  Problem: the linkText is missing.\n  Fix: add "linkText" in English: what the link says ({{name}} stands for the partner’s name).',
      'i18n/en/partners.json › partner "beta"\n  Problem: the partner has no card texts.\n  Fix: add "beta": {"summary": "…", "linkText": "…"} with the texts in English (see CONTRIBUTING.md, "Adding a partner").',
    ]);
  });

  it('rejects card texts that no partner uses', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/en/partners.json', (json) => {
      json.bta = {summary: 'Typo in the id.', linkText: 'Read {{name}}'};
      group(json, 'beta').sumary = 'Typo in the key.';
    });
    expect(lines(await checkCatalog(await content(dir)))).toEqual([
      'i18n/en/partners.json › partner "beta", key "sumary"\n  Problem: cards only use "summary" and "linkText", so the key "sumary" is never shown.\n  Fix: rename it to "summary" or "linkText", or delete it.',
      `i18n/en/partners.json › key "bta"\n  Problem: no partner in src/data/partners.ts has the id "bta", so these texts are never shown.\n  Fix: ${UNUSED_KEY_FIX}.`,
    ]);
  });
});

describe('page parity', () => {
  it('rejects a page with no twin, and a twin with no original', async () => {
    const dir = await copyContentFixture();
    await unlink(path.join(dir, EN_DOCS, 'guide.mdx'));
    await cp(path.join(dir, EN_DOCS, 'index.md'), path.join(dir, EN_DOCS, 'restore.md'));
    expect(lines(checkPages(await content(dir)))).toEqual([
      `docs/guide.mdx › page guide.mdx\n  Problem: the page has no English version: ${EN_DOCS}/guide.mdx does not exist.\n  Fix: translate the page into ${EN_DOCS}/guide.mdx, with the same slug, front-matter keys, heading IDs and links.`,
      `${EN_DOCS}/restore.md › page restore.md\n  Problem: the page has no French version: docs/restore.md does not exist.\n  Fix: add the French page docs/restore.md (French is the site's main language), or delete this file if the page was removed; a renamed page must keep the same file name in every language.`,
    ]);
  });

  it('rejects a heading ID renamed in one language', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${EN_DOCS}/guide.mdx`, '{/* #old-article */}', '{/* #an-old-article */}');
    expect(lines(checkPages(await content(dir)))).toEqual([
      `${EN_DOCS}/guide.mdx › heading #old-article\n  Problem: the French page (docs/guide.mdx) has a heading with the ID #old-article, the English page has none.\n  Fix: give the matching heading the same ID, {/* #old-article */} at its end (IDs are never translated), or add the heading.`,
      `${EN_DOCS}/guide.mdx › heading #an-old-article\n  Problem: The English page has a heading with the ID #an-old-article, the French page (docs/guide.mdx) has none.\n  Fix: use the ID of the matching French heading, or add the heading to the French page too.`,
    ]);
  });

  it('rejects headings in another order, and a heading without ID', async () => {
    const dir = await copyContentFixture();
    const file = `${EN_DOCS}/guide.mdx`;
    await edit(dir, file, '{/* #partners */}', '{/* #TEMP */}');
    await edit(dir, file, '{/* #old-article */}', '{/* #partners */}');
    await edit(dir, file, '{/* #TEMP */}', '{/* #old-article */}');
    await edit(dir, 'docs/index.md', '## Ce que vous voulez faire {/* #tasks */}', '## Ce que vous voulez faire');
    expect(lines(checkPages(await content(dir)))).toEqual([
      'docs/index.md › heading "## Ce que vous voulez faire"\n  Problem: the heading has no explicit ID, so its anchor would not be the same in every language.\n  Fix: add an ID at the end of the heading, the same in every language: ## Ce que vous voulez faire {/* #some-id */}.',
      `${EN_DOCS}/guide.mdx › headings\n  Problem: the headings are not in the same order as on the French page (docs/guide.mdx): French #partners, #old-article, #sources; English #old-article, #partners, #sources.\n  Fix: put the headings in the French order (or change the order on both pages).`,
      `${EN_DOCS}/index.md › heading #tasks\n  Problem: The English page has a heading with the ID #tasks, the French page (docs/index.md) has none.\n  Fix: use the ID of the matching French heading, or add the heading to the French page too.`,
    ]);
  });

  it('rejects different front-matter keys and slugs', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${EN_DOCS}/index.md`, 'description: The home', 'summary: The home');
    await edit(dir, `${EN_DOCS}/guide.mdx`, 'slug: /guide', 'slug: /the-guide');
    expect(lines(checkPages(await content(dir)))).toEqual([
      `${EN_DOCS}/guide.mdx › front matter "slug"\n  Problem: the slug is "/the-guide", the French page (docs/guide.mdx) has "/guide".\n  Fix: use the French page's slug, "/guide": every language shares the page's address.`,
      `${EN_DOCS}/index.md › front matter "description"\n  Problem: the French page (docs/index.md) has "description" in its front matter, the English page does not.\n  Fix: add "description" to the front matter, in English.`,
      `${EN_DOCS}/index.md › front matter "summary"\n  Problem: The English page has "summary" in its front matter, the French page (docs/index.md) does not.\n  Fix: delete it, or add it to the French page too.`,
    ]);
  });

  it('rejects twins that link to different places, reading Markdown links, JSX href and bare addresses, not code', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${EN_DOCS}/index.md`, '[the guide](./guide.mdx)', '[the guide](./guide.mdx#old-article)');
    await edit(dir, 'docs/index.md', '## Sources', '<a href="/guide">guide</a> https://example.org/a `[code](/nowhere)`\n\n## Sources');
    expect(lines(checkPages(await content(dir)))).toEqual([
      `${EN_DOCS}/index.md › link to ./guide.mdx\n  Problem: the French page (docs/index.md) links to ./guide.mdx once, the English page never does.\n  Fix: link to ./guide.mdx where the French page does (link targets are not translated).`,
      `${EN_DOCS}/index.md › link to /guide\n  Problem: the French page (docs/index.md) links to /guide once, the English page never does.\n  Fix: link to /guide where the French page does (link targets are not translated).`,
      `${EN_DOCS}/index.md › link to https://example.org/a\n  Problem: the French page (docs/index.md) links to https://example.org/a once, the English page never does.\n  Fix: link to https://example.org/a where the French page does (link targets are not translated).`,
      `${EN_DOCS}/index.md › link to ./guide.mdx#old-article\n  Problem: The English page links to ./guide.mdx#old-article once, the French page (docs/index.md) never does.\n  Fix: correct the target to the one the French page uses, or delete the link, or add the same link to the French page too.`,
    ]);
  });

  it('names the line of a page that cannot be read as MDX, and reports nothing else about it', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${EN_DOCS}/guide.mdx`, '<PartnerList />', '<PartnerList>');
    const line = await lineOf(dir, `${EN_DOCS}/guide.mdx`, '<PartnerList>');
    const site = await content(dir);
    expect(lines([...checkPages(site), ...(await checkSources(site))])).toEqual([
      `${EN_DOCS}/guide.mdx › line ${line}\n  Problem: the file cannot be read as MDX: Expected a closing tag for \`<PartnerList>\` (${line}:1-${line}:14).\n  Fix: correct the syntax there: close every JSX tag (<Cite id="…" />), write a { or < that is text as \\{ or &lt;, and keep the front matter between its two --- lines.`,
    ]);
  });
});

describe('UI strings', () => {
  it('rejects a key missing in one locale', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/en/components.json', (json) => {
      delete group(json, 'partnerList').label;
    });
    await editJson(dir, 'i18n/fr/docusaurus-theme-classic/navbar.json', (json) => {
      delete json.title;
    });
    expect(lines(await checkUiStrings(await content(dir)))).toEqual([
      'i18n/en/components.json › key "partnerList.label"\n  Problem: the key is in i18n/fr/components.json but not in this file.\n  Fix: copy the key from i18n/fr/components.json into this file, at the same place, and translate its text into English.',
      'i18n/fr/docusaurus-theme-classic/navbar.json › key "title"\n  Problem: the key is in i18n/en/docusaurus-theme-classic/navbar.json but not in this file.\n  Fix: copy the entry from i18n/en/docusaurus-theme-classic/navbar.json into this file and translate its "message" into French.',
    ]);
  });

  it('rejects a text that is empty, not a text, or left untranslated, and a file that is not JSON', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/en/code.json', (json) => {
      group(json, 'theme.NotFound.title').message = 'Page introuvable';
      group(json, 'theme.SearchPage.heading').message = ' ';
    });
    await editJson(dir, 'i18n/fr/components.json', (json) => {
      group(json, 'sources').listLabel = 3;
    });
    await edit(dir, 'i18n/en/docusaurus-theme-classic/navbar.json', '"AVS Backup",', '"AVS Backup"');
    const problems = lines(await checkUiStrings(await content(dir)));
    expect(problems.slice(0, 3)).toEqual([
      'i18n/en/code.json › key "theme.SearchPage.heading"\n  Problem: the text is empty.\n  Fix: write the English text.',
      'i18n/en/code.json › key "theme.NotFound.title"\n  Problem: the English text "Page introuvable" is the same as the French text in i18n/fr/code.json, so one of them is not translated.\n  Fix: translate whichever text is in the wrong language; if the same words are right in both languages (a name, a word both languages share), add {"file": "code.json", "key": "theme.NotFound.title", "reason": "…"} under "keys" in i18n/untranslated-allowlist.json.',
      'i18n/fr/components.json › key "sources.listLabel"\n  Problem: the value is not a text.\n  Fix: write the French text in "double quotes".',
    ]);
    expect(problems.slice(3)).toEqual([
      expect.stringMatching(
        /^i18n\/en\/docusaurus-theme-classic\/navbar\.json › the whole file\n {2}Problem: it is not valid JSON \(.+\)\.\n {2}Fix: correct the JSON syntax: texts in "double quotes", a comma between entries but none after the last one\.$/,
      ),
      // With the English file unreadable, the allow-list's text entry that only it used is no longer needed.
      'i18n/untranslated-allowlist.json › texts entry 1 ("AVS")\n  Problem: the entry is not needed: no key has this text in two languages.\n  Fix: delete the entry (or correct its text).',
    ]);
  });

  it('rejects placeholders that differ between locales ({{name}} and {mode})', async () => {
    const dir = await copyContentFixture();
    await edit(dir, 'i18n/en/partners.json', 'Read the {{name}} article', 'Read the {{nom}} article');
    await edit(dir, 'i18n/fr/code.json', '(actuellement\u00a0: {mode})', '(actuellement\u00a0: mode)');
    expect(lines(await checkUiStrings(await content(dir)))).toEqual([
      'i18n/en/code.json › key "theme.colorToggle.ariaLabel"\n  Problem: the placeholders differ: the French text (i18n/fr/code.json) has none, the English text has {mode}.\n  Fix: the site fills placeholders in, so copy them unchanged between languages (only the words around them are translated).',
      'i18n/en/partners.json › key "beta.linkText"\n  Problem: the placeholders differ: the French text (i18n/fr/partners.json) has {{name}}, the English text has {{nom}}.\n  Fix: the site fills placeholders in, so copy them unchanged between languages (only the words around them are translated).',
    ]);
  });

  it('rejects allow-list entries without a reason or no longer needed', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/untranslated-allowlist.json', (json) => {
      (json.texts as Json[]).push({text: 'Commvault', reason: 'Partner name.'});
      (json.keys as Json[]).push({file: 'code.json', key: 'theme.NotFound.title', reason: 'Not the same.'});
      ((json.keys as Json[])[0] as Json).reason = ' ';
    });
    expect(lines(await checkUiStrings(await content(dir)))).toEqual([
      'i18n/untranslated-allowlist.json › keys entry 1 ({"file":"code.json","key":"theme.blog.author.pageTitle","reason":" "})\n  Problem: the entry has no reason.\n  Fix: write it as {"file": "code.json", "key": "…", "reason": "…"}, the reason saying why the text is the same in both languages.',
      'i18n/en/code.json › key "theme.blog.author.pageTitle"\n  Problem: the English text "{authorName} - {nPosts}" is the same as the French text in i18n/fr/code.json, so one of them is not translated.\n  Fix: translate whichever text is in the wrong language; if the same words are right in both languages (a name, a word both languages share), add {"file": "code.json", "key": "theme.blog.author.pageTitle", "reason": "…"} under "keys" in i18n/untranslated-allowlist.json.',
      'i18n/untranslated-allowlist.json › keys entry 1 ("code.json", "theme.NotFound.title")\n  Problem: the entry is not needed: no other locale\'s code.json has this key with the same text as i18n/fr/code.json.\n  Fix: delete the entry (or correct its file or key).',
      'i18n/untranslated-allowlist.json › texts entry 2 ("Commvault")\n  Problem: the entry is not needed: no key has this text in two languages.\n  Fix: delete the entry (or correct its text).',
    ]);
  });
});

describe('sources', () => {
  it('rejects a page that cites no source, a source that does not exist, and twins that cite different ones', async () => {
    const dir = await copyContentFixture();
    await edit(dir, 'docs/index.md', 'sources: [guide-source]', 'sources: [guide-source, guide-sourse]');
    await edit(dir, `${EN_DOCS}/guide.mdx`, 'sources: [backup-solutions, backup-solutions-2020-09, old-article, removal-notice]\n', '');
    expect(lines(await checkSources(await content(dir)))).toEqual([
      `docs/index.md › source "guide-sourse"\n  Problem: the page cites a source that src/data/sources.ts does not have.\n  Fix: use one of ${FIXTURE_SOURCES}, or add the source to src/data/sources.ts first, with its title, link and date.`,
      `${EN_DOCS}/guide.mdx › front matter "sources"\n  Problem: the page cites no source.\n  Fix: list the sources the page rests on, e.g. "sources: [backup-solutions, backup-solutions-2020-09]", with ids of src/data/sources.ts.`,
      `${EN_DOCS}/guide.mdx › front matter "sources"\n  Problem: the English page cites [], the French page (docs/guide.mdx) [backup-solutions, backup-solutions-2020-09, old-article, removal-notice].\n  Fix: cite the same sources in every language: a translation rests on the same facts.`,
    ]);
  });

  it('rejects a page without its sources section or its dates', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${EN_DOCS}/index.md`, '\n<Sources />', '');
    await edit(dir, 'docs/index.md', 'sources_checked: 2026-12-01', 'sources_checked: last week');
    await edit(dir, 'docs/index.md', '  date: 2026-12-01', '  date: 2026-11-2');
    expect(lines(await checkSources(await content(dir)))).toEqual([
      'docs/index.md › front matter "sources_checked"\n  Problem: "last week" is not a date.\n  Fix: write the day you last checked the page against its sources, as "sources_checked: YYYY-MM-DD".',
      'docs/index.md › front matter "last_update.date"\n  Problem: "2026-11-2" is not a date.\n  Fix: write the day of the page’s last revision, as "last_update:" then "  date: YYYY-MM-DD" on the next line.',
      `${EN_DOCS}/index.md › section #sources\n  Problem: the page does not end with its sources section.\n  Fix: end the page with\n    ## Sources {/* #sources */}\n    \n    <Sources />\n  and import Sources from '@site/src/components/Sources'.`,
    ]);
  });

  it('rejects a page whose text cites a source it does not list, or that lists a source it never cites', async () => {
    const dir = await copyContentFixture();
    const file = `${EN_DOCS}/guide.mdx`;
    await edit(dir, file, 'can still be read.', 'can still be read.<Cite id="guide-source" /><Cite id="no-such-source" />');
    await edit(dir, file, '(<SourceDate id="old-article" />)', '');
    expect(lines(await checkSources(await content(dir)))).toEqual([
      `${file} › citation "guide-source"\n  Problem: the text cites a source that the page does not list.\n  Fix: add guide-source to the front matter "sources", so that the citation leads to its entry in the page’s Sources list.`,
      `${file} › citation "no-such-source"\n  Problem: the text cites a source that src/data/sources.ts does not have.\n  Fix: use one of ${FIXTURE_SOURCES}, or add the source to src/data/sources.ts first.`,
      `${file} › source "old-article"\n  Problem: the page lists this source but never cites it where a claim stands.\n  Fix: put <Cite id="old-article" /> after each sentence, list item or table cell that rests on it, or take it out of the front matter "sources".`,
      `${file} › source "removal-notice"\n  Problem: the page lists this source but never cites it where a claim stands.\n  Fix: put <Cite id="removal-notice" /> after each sentence, list item or table cell that rests on it, or take it out of the front matter "sources".`,
    ]);
  });

  it('rejects a partner without a source, or with one that does not exist', async () => {
    const dir = await copyContentFixture();
    await edit(dir, 'src/data/partners.ts', "    source: 'backup-solutions',\n", '');
    await edit(dir, 'src/data/partners.ts', "listedSince: 'backup-solutions-2020-09'", "listedSince: 'backup-solutions-2020-10'");
    expect(lines(await checkCatalog(await content(dir)))).toEqual([
      'src/data/partners.ts › partner "alpha", field "source"\n  Problem: the partner has no source.\n  Fix: correct the entry as the comments on `partnerSchema` in src/data/partners.schema.ts describe.',
      expect.stringMatching(
        /^src\/data\/partners\.ts › partner "alpha"\n {2}Problem: the listedSince "backup-solutions-2020-10" is not a source of src\/data\/sources\.ts\.\n {2}Fix: use one of the ids of src\/data\/sources\.ts \(.+\), or add the source there first, with its title, link and date\.$/,
      ),
    ]);
  });

  it('rejects a source nobody cites, and a sources file that cannot be read', async () => {
    const dir = await copyContentFixture();
    for (const file of ['docs/index.md', `${EN_DOCS}/index.md`, `changes/${ENTRY}`, `${EN_CHANGES}/${ENTRY}`]) {
      await edit(dir, file, 'sources: [guide-source]', 'sources: [old-article]');
      await edit(dir, file, '<Cite id="guide-source" />', '<Cite id="old-article" />').catch(() => undefined); // Entries carry no marks.
    }
    expect(lines(await checkSources(await content(dir)))).toEqual([
      'src/data/sources.ts › source "guide-source"\n  Problem: no page and no partner cites this source.\n  Fix: cite it in the front matter "sources" of the pages that rest on it, or delete it.',
    ]);
    await edit(dir, 'src/data/sources.ts', "  'guide-source':", "  'guide-source'");
    expect(lines(await checkSources(await content(dir)))).toEqual([
      expect.stringMatching(
        /^src\/data\/sources\.ts › the whole file\n {2}Problem: it could not be read: line \d+, column \d+: .+\.\n {2}Fix: correct the syntax; compare with the other sources in the file\.$/,
      ),
    ]);
  });
});

describe('French typography', () => {
  it('rejects a plain space before a colon or inside guillemets in a theme string, and shows the text to write', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/fr/code.json', (json) => {
      group(json, 'theme.SearchPage.heading').message = 'Résultats pour « {query} » :';
    });
    expect(lines(checkFrenchSpacing(await content(dir)))).toEqual([
      'i18n/fr/code.json › key "theme.SearchPage.heading"\n  Problem: the French text has a missing or wrong space where French puts a no-break one («ltats pour « {query} » :»).\n' +
        `  Fix: write it as "Résultats pour «\\u00a0{query}\\u00a0»\\u00a0:", which JSON reads as the same text with the spaces shown as escapes (${SPACES_SHOWN}).`,
    ]);
  });

  it('rejects a no-break space where French puts a narrow one: a fault is what the build’s spacing would change', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/fr/code.json', (json) => {
      group(json, 'theme.NotFound.title').message = 'Page introuvable\u00a0!';
    });
    expect(lines(checkFrenchSpacing(await content(dir)))).toEqual([
      'i18n/fr/code.json › key "theme.NotFound.title"\n  Problem: the French text has a missing or wrong space where French puts a no-break one (« introuvable\u00a0!»).\n' +
        `  Fix: write it as "Page introuvable\\u202f!", which JSON reads as the same text with the spaces shown as escapes (${SPACES_SHOWN}).`,
    ]);
  });

  it('rejects plain spaces in a number and before a unit, and straight apostrophes, with the text to write', async () => {
    const dir = await copyContentFixture();
    await editJson(dir, 'i18n/fr/code.json', (json) => {
      group(json, 'theme.NotFound.title').message = "Plus de 9 999 pages, 120 To : rien n'y est.";
    });
    expect(lines(checkFrenchSpacing(await content(dir)))).toEqual([
      'i18n/fr/code.json › key "theme.NotFound.title"\n' +
        "  Problem: the French text has a missing or wrong space where French puts a no-break one («Plus de 9 999 pages, 120 To : rien n'y e») and a straight apostrophe (« To : rien n'y est.»).\n" +
        `  Fix: write it as "Plus de 9\\u202f999 pages, 120\\u00a0To\\u00a0: rien n’y est.", which JSON reads as the same text with the spaces shown as escapes (${SPACES_SHOWN}).`,
    ]);
  });

  it('rejects a straight apostrophe in French pages, entries and component strings, and leaves code, links, JSX and YAML quotes alone', async () => {
    const dir = await copyContentFixture();
    await edit(
      dir,
      'docs/guide.mdx',
      '\n## Sources',
      "\nL'exemple `a 'b'` et [lien](https://x.example/l'a) <Cite id=\"old-article\" title='x' />.\n\n## Sources",
    );
    await edit(dir, `changes/${ENTRY}`, 'title: Le site ouvre', "title: 'Aujourd''hui, le site ouvre'");
    await edit(dir, 'i18n/fr/components.json', 'Sources de la page', "Sources de l'article");
    const line = await lineOf(
      dir,
      'docs/guide.mdx',
      "L'exemple `a 'b'` et [lien](https://x.example/l'a) <Cite id=\"old-article\" title='x' />.",
    );
    expect(lines(checkFrenchSpacing(await content(dir)))).toEqual([
      'i18n/fr/components.json › key "sources.listLabel"\n  Problem: the French text has a straight apostrophe («Sources de l\'article»).\n' +
        `  Fix: write it as "Sources de l’article": ${APOSTROPHE_FIX}.`,
      `docs/guide.mdx › line ${line}\n  Problem: the French text has a straight apostrophe («L'exemple  et »).\n` +
        `  Fix: write "L’exemple  et lien .": ${APOSTROPHE_FIX}.`,
      `changes/${ENTRY} › front matter "title"\n  Problem: the French text has a straight apostrophe («Aujourd'hui, le site»).\n` +
        `  Fix: write "Aujourd’hui, le site ouvre": ${APOSTROPHE_FIX}.`,
    ]);
  });

  it('reads only the locales written in French', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${EN_DOCS}/index.md`, 'Read [the guide]', "Don't read [the guide]");
    await editJson(dir, 'i18n/de/code.json', (json) => {
      group(json, 'theme.NotFound.title').message = 'Seite nicht gefunden !';
    });
    expect(checkFrenchSpacing(await content(dir, WITH_GERMAN))).toEqual([]);
  });
});

describe('entries of the list of changes', () => {
  it('rejects a citation mark in an entry: marks number a guide page’s Sources list', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `changes/${ENTRY}`, 'avec [le guide](/guide).', 'avec [le guide](/guide).<Cite id="guide-source" />');
    expect(lines(await checkSources(await content(dir)))).toEqual([
      `changes/${ENTRY} › <Cite id="guide-source" />\n  Problem: an entry of the list of changes cannot carry citation marks (they number a guide page’s Sources list).\n  Fix: list the sources in the entry’s front matter "sources" (shown by <ChangeSources />), and delete the mark.`,
    ]);
  });

  it('rejects an entry without its twin, its sources or its date', async () => {
    const dir = await copyContentFixture();
    await unlink(path.join(dir, EN_CHANGES, ENTRY));
    await edit(dir, `changes/${ENTRY}`, '\n<ChangeSources />', '');
    await edit(dir, `changes/${ENTRY}`, 'date: 2026-01-15', 'date: soon');
    const site = await content(dir);
    expect(lines([...checkPages(site), ...(await checkSources(site))])).toEqual([
      `changes/${ENTRY} › page ${ENTRY}\n  Problem: the page has no English version: ${EN_CHANGES}/${ENTRY} does not exist.\n  Fix: translate the page into ${EN_CHANGES}/${ENTRY}, with the same slug, front-matter keys, heading IDs and links.`,
      `changes/${ENTRY} › front matter "date"\n  Problem: "soon" is not a date.\n  Fix: write the day of the change, as "date: YYYY-MM-DD".`,
      `changes/${ENTRY} › sources\n  Problem: the entry does not end with its sources.\n  Fix: end the entry with <ChangeSources /> on a line of its own, and import ChangeSources from '@site/src/components/ChangeSources'.`,
    ]);
  });

  it('rejects twins that cite different sources or link to different places', async () => {
    const dir = await copyContentFixture();
    await edit(dir, `${EN_CHANGES}/${ENTRY}`, 'sources: [guide-source]', 'sources: [guide-source, old-article]');
    await edit(dir, `${EN_CHANGES}/${ENTRY}`, '](/guide)', '](/)');
    const site = await content(dir);
    expect(lines([...checkPages(site), ...(await checkSources(site))])).toEqual([
      `${EN_CHANGES}/${ENTRY} › link to /guide\n  Problem: the French page (changes/${ENTRY}) links to /guide once, the English page never does.\n  Fix: link to /guide where the French page does (link targets are not translated).`,
      `${EN_CHANGES}/${ENTRY} › link to /\n  Problem: The English page links to / once, the French page (changes/${ENTRY}) never does.\n  Fix: correct the target to the one the French page uses, or delete the link, or add the same link to the French page too.`,
      `${EN_CHANGES}/${ENTRY} › front matter "sources"\n  Problem: the English page cites [guide-source, old-article], the French page (changes/${ENTRY}) [guide-source].\n  Fix: cite the same sources in every language: a translation rests on the same facts.`,
    ]);
  });
});

describe('browser-only code in pages', () => {
  it('names a page that imports an interactive theme component, an event handler, and a module from outside src/components/', async () => {
    const dir = await copyContentFixture();
    const sourcesImport = "import Sources, {SourceDate} from '@site/src/components/Sources';";
    await edit(dir, 'docs/guide.mdx', sourcesImport, `${sourcesImport}\nimport Tabs from '@theme/Tabs';`);
    await edit(dir, `${EN_DOCS}/guide.mdx`, '<PartnerList />', '<PartnerList />\n\n<button onClick={() => alert(1)}>Hi</button>');
    await edit(
      dir,
      'docs/index.md',
      "import Sources, {Cite} from '@site/src/components/Sources';",
      "import '@site/src/controls/search-box/search-box';",
    );
    const line = await lineOf(dir, `${EN_DOCS}/guide.mdx`, '<button onClick={() => alert(1)}>Hi</button>');
    expect(lines(checkBrowserCode(await content(dir)))).toEqual([
      `docs/guide.mdx › import of @theme/Tabs\n  Problem: @theme/Tabs may need React in the browser, and pages ship no React.\n  Fix: ${BROWSER_FIX}.`,
      `docs/index.md › import of @site/src/controls/search-box/search-box\n  Problem: the page imports from outside src/components/: pages may import only the components there, which the linter keeps free of state, effects and event handlers.\n  Fix: ${BROWSER_FIX}.`,
      `${EN_DOCS}/guide.mdx › onClick on line ${line}\n  Problem: an event handler in the page: pages ship no React, so it would never run.\n  Fix: ${BROWSER_FIX}.`,
    ]);
  });
});
