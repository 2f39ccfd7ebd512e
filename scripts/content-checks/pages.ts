/**
 * Page parity: every French page in docs/ has its English twin under
 * i18n/en/docusaurus-plugin-content-docs/current/ (same file name) and the reverse, and the
 * twins have the same heading IDs in the same order, the same front-matter keys and slug, and
 * link to the same places. The entries of the list of changes (changes/ and
 * i18n/en/docusaurus-plugin-content-blog/) are held to the same rules.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from '@11ty/gray-matter';
import {listFiles} from './files';
import type {Problem} from './problem';
import {DEFAULT_LOCALE, changesDirOf, docsDirOf} from '../../site-facts.mjs';

/** The French pages, and their English twins (site-facts.mjs). */
export const FR_DOCS_DIR = docsDirOf(DEFAULT_LOCALE);
export const EN_DOCS_DIR = docsDirOf('en');
/** The French entries of the list of changes, and their English twins (site-facts.mjs). */
export const FR_CHANGES_DIR = changesDirOf(DEFAULT_LOCALE);
export const EN_CHANGES_DIR = changesDirOf('en');
/** Each kind of translated Markdown file, French folder first: pages, then entries of the list of changes. */
export const TWIN_DIRS = [
  [FR_DOCS_DIR, EN_DOCS_DIR],
  [FR_CHANGES_DIR, EN_CHANGES_DIR],
] as const;

interface Heading {
  /** The heading line as written, without its ID, e.g. `## Les solutions`. */
  text: string;
  id: string | undefined;
}

interface PageFacts {
  /** The parsed front matter. */
  frontMatter: Record<string, unknown>;
  /** The page's body, after the front matter. */
  body: string;
  /** Front-matter keys, nested ones as `last_update.date`. */
  frontMatterKeys: string[];
  slug: unknown;
  headings: Heading[];
  /** Every link target, in order: Markdown links and images, reference definitions, autolinks, JSX href/to. */
  links: string[];
}

export const isPage = (name: string): boolean => /\.mdx?$/.test(name);

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix === '' ? key : `${prefix}.${key}`));
}

/** The body's lines that are prose, not code: fenced blocks blanked, inline code removed. */
export function proseLines(body: string): string[] {
  let fence: string | null = null;
  return body.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return '';
    }
    if (marker !== undefined) {
      fence = marker;
      return '';
    }
    return line.replace(/(`+)[^`]*?\1/g, '');
  });
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const HEADING_ID = /\s*(?:\{\/\*\s*#([^\s*]+)\s*\*\/\}|\{#([^\s}]+)\})\s*$/;
const LINK_PATTERNS = [
  // [text](target "title"), ![alt](target)
  /\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g,
  // [id]: target
  /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/g,
  // <https://example.com>
  /<((?:https?|mailto):[^>\s]+)>/g,
  // href="…", to='…', href={'…'}
  /\b(?:href|to)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*\})/g,
];

export function pageFacts(source: string): PageFacts {
  const {data, content} = matter(source);
  const frontMatter = data as Record<string, unknown>;
  const headings: Heading[] = [];
  const links: string[] = [];
  for (const line of proseLines(content)) {
    const heading = HEADING.exec(line);
    if (heading) {
      const idMatch = HEADING_ID.exec(heading[2] ?? '');
      headings.push({
        text: `${heading[1]} ${(heading[2] ?? '').replace(HEADING_ID, '')}`,
        id: idMatch ? (idMatch[1] ?? idMatch[2]) : undefined,
      });
    }
    const found: {index: number; target: string}[] = [];
    for (const pattern of LINK_PATTERNS) {
      for (const match of line.matchAll(pattern)) {
        const target = match.slice(1).find((group) => group !== undefined);
        if (target !== undefined) found.push({index: match.index, target});
      }
    }
    links.push(...found.sort((a, b) => a.index - b.index).map(({target}) => target));
  }
  return {
    frontMatter,
    body: content,
    frontMatterKeys: Object.keys(frontMatter).flatMap((key) => keyPaths(frontMatter[key], key)),
    slug: frontMatter.slug,
    headings,
    links,
  };
}

const list = (ids: readonly string[]): string => (ids.length === 0 ? '(none)' : ids.map((id) => `#${id}`).join(', '));
const times = (count: number): string => (count === 1 ? 'once' : `${count} times`);

function counts(items: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of items) result.set(item, (result.get(item) ?? 0) + 1);
  return result;
}

/** What differs between a French page and its English twin; problems are reported on the English file, or on the page that has the fault. */
function comparePages(frFile: string, enFile: string, fr: PageFacts, en: PageFacts): Problem[] {
  const problems: Problem[] = [];

  for (const [file, facts] of [
    [frFile, fr],
    [enFile, en],
  ] as const) {
    for (const heading of facts.headings) {
      if (heading.id === undefined) {
        problems.push({
          file,
          entry: `heading "${heading.text}"`,
          problem: 'the heading has no explicit ID, so its anchor would not be the same in both languages',
          fix: `add an ID at the end of the heading, the same in both languages: ${heading.text} {/* #some-id */}`,
        });
      }
    }
  }

  const frIds = fr.headings.flatMap((heading) => (heading.id === undefined ? [] : [heading.id]));
  const enIds = en.headings.flatMap((heading) => (heading.id === undefined ? [] : [heading.id]));
  for (const id of frIds.filter((id) => !enIds.includes(id))) {
    problems.push({
      file: enFile,
      entry: `heading #${id}`,
      problem: `the French page (${frFile}) has a heading with the ID #${id}, the English page has none`,
      fix: `give the matching English heading the same ID, {/* #${id} */} at its end (IDs are never translated), or add the heading`,
    });
  }
  for (const id of enIds.filter((id) => !frIds.includes(id))) {
    problems.push({
      file: enFile,
      entry: `heading #${id}`,
      problem: `the English page has a heading with the ID #${id}, the French page (${frFile}) has none`,
      fix: 'use the ID of the matching French heading, or add the heading to the French page too',
    });
  }
  const sameSet = frIds.length === enIds.length && frIds.every((id) => enIds.includes(id));
  if (sameSet && frIds.some((id, index) => enIds[index] !== id)) {
    problems.push({
      file: enFile,
      entry: 'headings',
      problem: `the headings are not in the same order as on the French page (${frFile}): French ${list(frIds)}; English ${list(enIds)}`,
      fix: 'put the English headings in the French order (or change the order on both pages)',
    });
  }

  for (const key of fr.frontMatterKeys.filter((key) => !en.frontMatterKeys.includes(key))) {
    problems.push({
      file: enFile,
      entry: `front matter "${key}"`,
      problem: `the French page (${frFile}) has "${key}" in its front matter, the English page does not`,
      fix: `add "${key}" to the front matter, in English`,
    });
  }
  for (const key of en.frontMatterKeys.filter((key) => !fr.frontMatterKeys.includes(key))) {
    problems.push({
      file: enFile,
      entry: `front matter "${key}"`,
      problem: `the English page has "${key}" in its front matter, the French page (${frFile}) does not`,
      fix: 'delete it, or add it to the French page too',
    });
  }
  if (fr.frontMatterKeys.includes('slug') && en.frontMatterKeys.includes('slug') && fr.slug !== en.slug) {
    problems.push({
      file: enFile,
      entry: 'front matter "slug"',
      problem: `the slug is ${JSON.stringify(en.slug)}, the French page (${frFile}) has ${JSON.stringify(fr.slug)}`,
      fix: `use the French page's slug, ${JSON.stringify(fr.slug)}: both languages share the page's address`,
    });
  }

  const frLinks = counts(fr.links);
  const enLinks = counts(en.links);
  for (const [target, frCount] of frLinks) {
    const enCount = enLinks.get(target) ?? 0;
    if (enCount < frCount) {
      problems.push({
        file: enFile,
        entry: `link to ${target}`,
        problem: `the French page (${frFile}) links to ${target} ${times(frCount)}, the English page ${enCount === 0 ? 'never does' : times(enCount)}`,
        fix: `link to ${target} where the French page does (link targets are not translated)`,
      });
    }
  }
  for (const [target, enCount] of enLinks) {
    const frCount = frLinks.get(target) ?? 0;
    if (frCount < enCount) {
      problems.push({
        file: enFile,
        entry: `link to ${target}`,
        problem: `the English page links to ${target} ${times(enCount)}, the French page (${frFile}) ${frCount === 0 ? 'never does' : times(frCount)}`,
        fix: 'correct the target to the one the French page uses, or delete the link, or add the same link to the French page too',
      });
    }
  }
  return problems;
}

export async function checkPages(siteDir: string): Promise<Problem[]> {
  return (await Promise.all(TWIN_DIRS.map(([frDir, enDir]) => checkTwins(siteDir, frDir, enDir)))).flat();
}

async function checkTwins(siteDir: string, frDir: string, enDir: string): Promise<Problem[]> {
  const frNames = await listFiles(path.join(siteDir, frDir), isPage);
  const enNames = await listFiles(path.join(siteDir, enDir), isPage);
  const problems: Problem[] = [];
  for (const name of frNames.filter((frName) => !enNames.includes(frName))) {
    problems.push({
      file: `${frDir}/${name}`,
      entry: `page ${name}`,
      problem: `the page has no English version: ${enDir}/${name} does not exist`,
      fix: `translate the page into ${enDir}/${name}, with the same slug, front-matter keys, heading IDs and links`,
    });
  }
  for (const name of enNames.filter((enName) => !frNames.includes(enName))) {
    problems.push({
      file: `${enDir}/${name}`,
      entry: `page ${name}`,
      problem: `the page has no French version: ${frDir}/${name} does not exist`,
      fix: `add the French page ${frDir}/${name} (French is the site's main language), or delete this file if the page was removed; a renamed page must keep the same file name in both languages`,
    });
  }
  for (const name of frNames.filter((frName) => enNames.includes(frName))) {
    const [fr, en] = await Promise.all([
      readFile(path.join(siteDir, frDir, name), 'utf8'),
      readFile(path.join(siteDir, enDir, name), 'utf8'),
    ]);
    problems.push(...comparePages(`${frDir}/${name}`, `${enDir}/${name}`, pageFacts(fr), pageFacts(en)));
  }
  return problems;
}
