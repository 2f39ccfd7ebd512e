/**
 * Page parity: every page of the default locale in docs/ has its twin in each other locale under
 * i18n/<locale>/docusaurus-plugin-content-docs/current/ (same file name) and the reverse, and the
 * twins have the same heading IDs in the same order, the same front-matter keys and slug, and
 * link to the same places. The entries of the list of changes (changes/ and
 * i18n/<locale>/docusaurus-plugin-content-blog/) are held to the same rules. Every file must
 * parse as MDX, and every heading has an explicit ID.
 */
import {KINDS, dirOf, filesOf, twins, type MarkdownFile, type SiteContent} from './content';
import type {Problem} from './problem';
import {languageOf, translationsOf} from './site-locales';

const list = (ids: readonly string[]): string => (ids.length === 0 ? '(none)' : ids.map((id) => `#${id}`).join(', '));
const times = (count: number): string => (count === 1 ? 'once' : `${count} times`);

function counts(items: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of items) result.set(item, (result.get(item) ?? 0) + 1);
  return result;
}

/** The words of the messages about a pair of twins: "the French page (docs/x.md)", "the English page". */
interface Pair {
  original: MarkdownFile;
  translation: MarkdownFile;
  /** "the French page (docs/x.md)" */
  theOriginal: string;
  /** "the English page" */
  theTranslation: string;
  /** "French" */
  originalLanguage: string;
  /** "English" */
  translationLanguage: string;
}

/** A file the parser could not read: Docusaurus would stop on it too. */
function syntaxProblems({file, syntaxError}: MarkdownFile): Problem[] {
  if (!syntaxError) return [];
  return [
    {
      file,
      entry: `line ${syntaxError.line}`,
      problem: `the file cannot be read as MDX: ${syntaxError.message.replace(/\.$/, '')}`,
      fix: 'correct the syntax there: close every JSX tag (<Cite id="…" />), write a { or < that is text as \\{ or &lt;, and keep the front matter between its two --- lines',
    },
  ];
}

function headingsWithoutId({file, headings}: MarkdownFile): Problem[] {
  return headings
    .filter((heading) => heading.id === undefined)
    .map((heading) => ({
      file,
      entry: `heading "${heading.text}"`,
      problem: 'the heading has no explicit ID, so its anchor would not be the same in every language',
      fix: `add an ID at the end of the heading, the same in every language: ${heading.text} {/* #some-id */}`,
    }));
}

function headingIdProblems({original, translation, theOriginal, theTranslation, originalLanguage, translationLanguage}: Pair): Problem[] {
  const file = translation.file;
  const ids = (f: MarkdownFile): string[] => f.headings.flatMap((heading) => (heading.id === undefined ? [] : [heading.id]));
  const [originalIds, translatedIds] = [ids(original), ids(translation)];
  const problems: Problem[] = [
    ...originalIds
      .filter((id) => !translatedIds.includes(id))
      .map((id) => ({
        file,
        entry: `heading #${id}`,
        problem: `${theOriginal} has a heading with the ID #${id}, ${theTranslation} has none`,
        fix: `give the matching heading the same ID, {/* #${id} */} at its end (IDs are never translated), or add the heading`,
      })),
    ...translatedIds
      .filter((id) => !originalIds.includes(id))
      .map((id) => ({
        file,
        entry: `heading #${id}`,
        problem: `${capital(theTranslation)} has a heading with the ID #${id}, ${theOriginal} has none`,
        fix: `use the ID of the matching ${originalLanguage} heading, or add the heading to the ${originalLanguage} page too`,
      })),
  ];
  const sameSet = originalIds.length === translatedIds.length && originalIds.every((id) => translatedIds.includes(id));
  if (sameSet && originalIds.some((id, index) => translatedIds[index] !== id)) {
    problems.push({
      file,
      entry: 'headings',
      problem: `the headings are not in the same order as on ${theOriginal}: ${originalLanguage} ${list(originalIds)}; ${translationLanguage} ${list(translatedIds)}`,
      fix: `put the headings in the ${originalLanguage} order (or change the order on both pages)`,
    });
  }
  return problems;
}

function frontMatterProblems({original, translation, theOriginal, theTranslation, originalLanguage, translationLanguage}: Pair): Problem[] {
  const file = translation.file;
  const problems: Problem[] = [
    ...original.frontMatterKeys
      .filter((key) => !translation.frontMatterKeys.includes(key))
      .map((key) => ({
        file,
        entry: `front matter "${key}"`,
        problem: `${theOriginal} has "${key}" in its front matter, ${theTranslation} does not`,
        fix: `add "${key}" to the front matter, in ${translationLanguage}`,
      })),
    ...translation.frontMatterKeys
      .filter((key) => !original.frontMatterKeys.includes(key))
      .map((key) => ({
        file,
        entry: `front matter "${key}"`,
        problem: `${capital(theTranslation)} has "${key}" in its front matter, ${theOriginal} does not`,
        fix: `delete it, or add it to the ${originalLanguage} page too`,
      })),
  ];
  const [slug, originalSlug] = [translation.frontMatter.slug, original.frontMatter.slug];
  if (original.frontMatterKeys.includes('slug') && translation.frontMatterKeys.includes('slug') && slug !== originalSlug) {
    problems.push({
      file,
      entry: 'front matter "slug"',
      problem: `the slug is ${JSON.stringify(slug)}, ${theOriginal} has ${JSON.stringify(originalSlug)}`,
      fix: `use the ${originalLanguage} page's slug, ${JSON.stringify(originalSlug)}: every language shares the page's address`,
    });
  }
  return problems;
}

function linkProblems({original, translation, theOriginal, theTranslation, originalLanguage}: Pair): Problem[] {
  const file = translation.file;
  const [originalLinks, translatedLinks] = [counts(original.links), counts(translation.links)];
  const problems: Problem[] = [];
  for (const [target, count] of originalLinks) {
    const translated = translatedLinks.get(target) ?? 0;
    if (translated >= count) continue;
    problems.push({
      file,
      entry: `link to ${target}`,
      problem: `${theOriginal} links to ${target} ${times(count)}, ${theTranslation} ${translated === 0 ? 'never does' : times(translated)}`,
      fix: `link to ${target} where the ${originalLanguage} page does (link targets are not translated)`,
    });
  }
  for (const [target, count] of translatedLinks) {
    const inOriginal = originalLinks.get(target) ?? 0;
    if (inOriginal >= count) continue;
    problems.push({
      file,
      entry: `link to ${target}`,
      problem: `${capital(theTranslation)} links to ${target} ${times(count)}, ${theOriginal} ${inOriginal === 0 ? 'never does' : times(inOriginal)}`,
      fix: `correct the target to the one the ${originalLanguage} page uses, or delete the link, or add the same link to the ${originalLanguage} page too`,
    });
  }
  return problems;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Pages of the default locale without a twin in `locale`, and pages of `locale` without an original. */
function missingTwins(content: SiteContent, locale: string): Problem[] {
  const {locales} = content;
  const [originalLanguage, language] = [languageOf(locales, locales.default), languageOf(locales, locale)];
  return KINDS.flatMap((kind) => {
    const [fromDir, toDir] = [dirOf(kind, locales.default), dirOf(kind, locale)];
    const originals = filesOf(content, locales.default, kind).map((f) => f.name);
    const translated = filesOf(content, locale, kind).map((f) => f.name);
    return [
      ...originals
        .filter((name) => !translated.includes(name))
        .map((name) => ({
          file: `${fromDir}/${name}`,
          entry: `page ${name}`,
          problem: `the page has no ${language} version: ${toDir}/${name} does not exist`,
          fix: `translate the page into ${toDir}/${name}, with the same slug, front-matter keys, heading IDs and links`,
        })),
      ...translated
        .filter((name) => !originals.includes(name))
        .map((name) => ({
          file: `${toDir}/${name}`,
          entry: `page ${name}`,
          problem: `the page has no ${originalLanguage} version: ${fromDir}/${name} does not exist`,
          fix: `add the ${originalLanguage} page ${fromDir}/${name} (${originalLanguage} is the site's main language), or delete this file if the page was removed; a renamed page must keep the same file name in every language`,
        })),
    ];
  });
}

export function checkPages(content: SiteContent): Problem[] {
  const {locales} = content;
  const language = (f: MarkdownFile): string => languageOf(locales, f.locale);
  const pairs = twins(content).map(({original, translation}): Pair => ({
    original,
    translation,
    theOriginal: `the ${language(original)} page (${original.file})`,
    theTranslation: `the ${language(translation)} page`,
    originalLanguage: language(original),
    translationLanguage: language(translation),
  }));
  return [
    ...content.files.flatMap((f) => [...syntaxProblems(f), ...headingsWithoutId(f)]),
    ...translationsOf(locales).flatMap((locale) => missingTwins(content, locale)),
    ...pairs.flatMap((pair) => [...headingIdProblems(pair), ...frontMatterProblems(pair), ...linkProblems(pair)]),
  ];
}
