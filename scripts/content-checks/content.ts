/**
 * The site's content as the checks read it: each Markdown/MDX file (pages, entries of the list of
 * changes, in every locale) read once per run and parsed into a syntax tree (mdast) with the
 * parsers Docusaurus itself uses: remark-parse with remark-mdx (MDX, as @mdx-js/mdx reads it),
 * remark-gfm (tables, bare addresses) and remark-frontmatter (the YAML block, so that positions are the
 * file's own lines); the front matter is read by @11ty/gray-matter, which Docusaurus's
 * DEFAULT_PARSE_FRONT_MATTER (@docusaurus/utils) calls (tests/unit/content-checks.test.ts holds the
 * two together). Each check is a small function over this model.
 */
export {KINDS, dirOf, isPage, type Kind} from './markdown-files';
import path from 'node:path';
import type {Heading as MdastHeading, Nodes, Root} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {listFiles, readJson, type JsonResult} from './files';
import {parseFrontMatter, readMarkdownFiles, type Kind} from './markdown-files';
import type {SiteLocales} from './site-locales';

export interface Heading {
  /** The heading as written, without its ID, e.g. `## Les solutions`. */
  text: string;
  id: string | undefined;
  line: number;
}

export interface JsxElement {
  name: string;
  /** The attributes whose value is a text, `id="x"` or `href={'x'}`, or none (`hidden`); other expressions are absent. */
  attributes: Map<string, string | undefined>;
  /** Every attribute name, expressions included, e.g. `onClick`. */
  attributeNames: string[];
  /** The element as written, e.g. `<Cite id="x" />`. */
  source: string;
  line: number;
}

/** The prose of one line of the file: its text, code and JSX aside. */
export interface Prose {
  text: string;
  line: number;
}

/** What the checks read of a Markdown/MDX text. */
export interface MarkdownFacts {
  frontMatter: Record<string, unknown>;
  /** Front-matter keys, nested ones as `last_update.date`. */
  frontMatterKeys: string[];
  headings: Heading[];
  /** Every link target, in order: Markdown links and images, reference definitions, bare addresses, JSX href/to. */
  links: string[];
  /** Every JSX element, in order. */
  elements: JsxElement[];
  /** The modules the file imports. */
  imports: string[];
  /** The prose, line by line. */
  prose: Prose[];
  /** The name of the last JSX element when it is the file's last block, e.g. `Sources`. */
  lastElement: string | undefined;
  /** Why the file could not be parsed (its line and the parser's message); the other facts are then empty. */
  syntaxError?: {line: number; message: string};
}

/** One Markdown/MDX file of a locale. */
export interface MarkdownFile extends MarkdownFacts {
  /** From the site's folder, e.g. `docs/index.md`. */
  file: string;
  /** From its locale's folder: the twins of the other locales share it. */
  name: string;
  kind: Kind;
  locale: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter);

function keyPaths(value: unknown, prefix: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, `${prefix}.${key}`));
}

const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

/**
 * The explicit ID of a heading, `## Title {/* #id *\/}`: as Docusaurus's own remark step reads it
 * (@docusaurus/mdx-loader, remark/headings), a last child that is an MDX expression holding only
 * one comment, whose first word starts with #.
 */
function headingOf(node: MdastHeading, source: string): Heading {
  const last = node.children.at(-1);
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (last?.type === 'mdxTextExpression') {
    const program = last.data?.estree;
    const word = program?.body.length === 0 && program.comments?.length === 1 ? program.comments[0]?.value.trim().split(' ')[0] : '';
    if (word?.startsWith('#') && word.length > 1) {
      return {text: source.slice(start, last.position?.start.offset ?? end).trimEnd(), id: word.slice(1), line: lineOf(node)};
    }
  }
  return {text: source.slice(start, end).trimEnd(), id: undefined, line: lineOf(node)};
}

/** A JSX element of the tree (remark-mdx adds these to mdast's nodes). */
type JsxNode = Extract<Nodes, {type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'}>;

function jsxElementOf(node: JsxNode, source: string): JsxElement {
  const attributes = new Map<string, string | undefined>();
  const attributeNames: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    attributeNames.push(attribute.name);
    const value = attribute.value;
    if (value === null || value === undefined) attributes.set(attribute.name, undefined);
    else if (typeof value === 'string') attributes.set(attribute.name, value);
    else {
      // href={'…'}: an expression that is one string literal is a target too.
      const literal = /^\s*(["'`])([^"'`$]*)\1\s*$/.exec(value.value);
      if (literal) attributes.set(attribute.name, literal[2]);
    }
  }
  // The opening tag only: up to its first child, if it has any.
  const start = node.position?.start.offset ?? 0;
  const end = node.children[0]?.position?.start.offset ?? node.position?.end.offset ?? start;
  const opening = source.slice(start, end).trim();
  return {name: node.name ?? '', attributes, attributeNames, source: opening, line: lineOf(node)};
}

/** Nodes whose text is not prose: code, imports, the front matter, JS expressions (MDX comments among them). */
const NOT_PROSE = new Set(['code', 'inlineCode', 'mdxjsEsm', 'yaml', 'mdxFlowExpression', 'mdxTextExpression']);

/** The prose of the file, line by line: its text nodes (link texts included, link targets, JSX tags and attributes aside). */
function proseOf(tree: Root): Prose[] {
  const byLine = new Map<number, string>();
  visit(tree, (node) => {
    if (NOT_PROSE.has(node.type)) return 'skip';
    if (node.type !== 'text') return undefined;
    node.value.split('\n').forEach((part, index) => {
      const line = lineOf(node) + index;
      byLine.set(line, (byLine.get(line) ?? '') + part);
    });
    return undefined;
  });
  return [...byLine].sort(([a], [b]) => a - b).map(([line, text]) => ({text, line}));
}

function factsOf(tree: Root, source: string): Omit<MarkdownFacts, 'frontMatter' | 'frontMatterKeys'> {
  const headings: Heading[] = [];
  const links: string[] = [];
  const elements: JsxElement[] = [];
  const imports: string[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case 'heading':
        headings.push(headingOf(node, source));
        break;
      case 'link':
      case 'image':
      case 'definition':
        links.push(node.url);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = jsxElementOf(node, source);
        elements.push(element);
        for (const name of ['href', 'to']) {
          const target = element.attributes.get(name);
          if (target !== undefined) links.push(target);
        }
        break;
      }
      case 'mdxjsEsm':
        for (const statement of node.data?.estree?.body ?? []) {
          if (statement.type === 'ImportDeclaration' && typeof statement.source.value === 'string') imports.push(statement.source.value);
        }
        break;
    }
  });
  const last = tree.children.at(-1);
  const lastElement = last?.type === 'mdxJsxFlowElement' ? (last.name ?? undefined) : undefined;
  return {headings, links, elements, imports, prose: proseOf(tree), lastElement};
}

/**
 * The line (1-based) and message of a parser's error: the MDX parser's (a VFileMessage: its
 * `line`, or for an element left open at the end, the position its message gives, "(16:1-16:14)")
 * or the YAML parser's (js-yaml's `mark`: gray-matter hands it the front matter from the end of
 * the opening ---, so its line counted from 0 is the file's counted from 1, less one).
 */
function syntaxErrorOf(error: unknown): {line: number; message: string} {
  const {line, reason, mark} = error as {line?: unknown; reason?: unknown; mark?: {line?: unknown}};
  const message = typeof reason === 'string' ? reason : error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const inMessage = /\((\d+):\d+/.exec(message)?.[1];
  const at =
    typeof line === 'number' ? line : typeof mark?.line === 'number' ? mark.line + 1 : inMessage !== undefined ? Number(inMessage) : 1;
  return {line: at, message};
}

/** One file parsed: its front matter and the facts the checks read from its tree; a file that cannot be parsed gets its `syntaxError` and no facts. */
export function parseMarkdown(source: string): MarkdownFacts {
  try {
    const frontMatter = parseFrontMatter(source);
    const frontMatterKeys = Object.keys(frontMatter).flatMap((key) => keyPaths(frontMatter[key], key));
    return {frontMatter, frontMatterKeys, ...factsOf(parser.parse(source), source)};
  } catch (error) {
    return {
      frontMatter: {},
      frontMatterKeys: [],
      headings: [],
      links: [],
      elements: [],
      imports: [],
      prose: [],
      lastElement: undefined,
      syntaxError: syntaxErrorOf(error),
    };
  }
}

/** A JSON file of UI strings of a locale (theme translations, i18next resources), as read. */
export interface StringFile {
  /** From the site's folder, e.g. `i18n/fr/code.json`. */
  file: string;
  /** From its locale's folder, e.g. `code.json`: the other locales' copies share it. */
  name: string;
  locale: string;
  json: JsonResult;
}

/** Every Markdown/MDX file and every UI-string file of the site, each read (and parsed) once. */
export interface SiteContent {
  siteDir: string;
  locales: SiteLocales;
  files: MarkdownFile[];
  strings: StringFile[];
}

/** Where a locale's UI strings are (Docusaurus's layout); its pages' twins are there too, as .md/.mdx. */
export const stringsDirOf = (locale: string): string => `i18n/${locale}`;

async function readStringFiles(siteDir: string, locale: string): Promise<StringFile[]> {
  const dir = stringsDirOf(locale);
  const names = await listFiles(path.join(siteDir, dir), (name) => name.endsWith('.json'));
  return Promise.all(
    names.map(async (name) => ({file: `${dir}/${name}`, name, locale, json: await readJson(path.join(siteDir, dir, name))})),
  );
}

export async function readSiteContent(siteDir: string, locales: SiteLocales): Promise<SiteContent> {
  const files = await readMarkdownFiles(siteDir, locales, parseMarkdown);
  const strings = await Promise.all(locales.ids.map((locale) => readStringFiles(siteDir, locale)));
  return {siteDir, locales, files, strings: strings.flat()};
}

/** The files of one locale and kind. */
export const filesOf = (content: SiteContent, locale: string, kind: Kind): MarkdownFile[] =>
  content.files.filter((f) => f.locale === locale && f.kind === kind);

/** The files that could be parsed: a file that could not has that one problem (pages.ts). */
export const readable = (content: SiteContent): MarkdownFile[] => content.files.filter((f) => !f.syntaxError);

/** Each file of a locale other than the default with its default-locale twin (same kind and name), when both exist and parse. */
export function twins(content: SiteContent): {original: MarkdownFile; translation: MarkdownFile}[] {
  const files = readable(content);
  const originals = new Map(files.filter((f) => f.locale === content.locales.default).map((f) => [`${f.kind}:${f.name}`, f]));
  return files.flatMap((translation) => {
    const original = translation.locale === content.locales.default ? undefined : originals.get(`${translation.kind}:${translation.name}`);
    return original ? [{original, translation}] : [];
  });
}
