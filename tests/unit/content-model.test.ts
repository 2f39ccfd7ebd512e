// @vitest-environment node
/** The content model the checks read (scripts/content-checks/content.ts): what it takes from a Markdown/MDX text. */
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {CONTENT_FIXTURE} from '../site-copy';
import {SITE_LOCALES, readSiteContent} from '../../scripts/content-checks';
import {parseMarkdown} from '../../scripts/content-checks/content';

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
    const {readFile} = await import('node:fs/promises');
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
