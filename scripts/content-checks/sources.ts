/**
 * Sources: every page, in every language, cites the sources it rests on (front matter
 * `sources: [id, …]`, ids of src/data/sources.ts, the same in every language), says when they
 * were last checked (`sources_checked: YYYY-MM-DD`) and ends with its `## Sources {/* #sources *\/}`
 * section showing `<Sources />`; it also gives the day of its last revision (`last_update.date`,
 * shown at the page's foot). An entry of the list of changes (changes/) cites its sources the same
 * way, with its `date` and `sources_checked`, and ends with `<ChangeSources />`. Every source of
 * src/data/sources.ts is cited somewhere.
 * Where a claim stands, a page cites its source with `<Cite id="…" />` (or `<SourceDate id="…" />`,
 * which cites the source and its removal notice; `<PartnerList />` cites the catalog's sources): a
 * page must list every source it cites that way, and cite every source it lists.
 * The partners' sources are checked with the catalog (src/data/partners.schema.ts).
 */
import {frontMatterDay} from '../../src/data/sources';
import {loadCatalog} from './catalog';
import {readable, twins, type MarkdownFile, type SiteContent} from './content';
import {loadError, loadExport} from './modules';
import type {Problem} from './problem';
import {languageOf} from './site-locales';

const SOURCES_FILE = 'src/data/sources.ts';
const SECTION = '## Sources {/* #sources */}\n\n<Sources />';
/** The elements that cite a source in a page's text: `<Cite id="x" />` and `<SourceDate id="x" />`. */
const CITATIONS = new Set(['Cite', 'SourceDate']);

/** The site's sources (src/data/sources.ts), by id: what the checks read of each. */
type Sources = Readonly<Record<string, {removal?: {notice: string}}>>;

/** What every check of a run knows about the sources: the site's list and its ids. */
interface Known {
  sources: Sources;
  ids: string[];
  has: (id: string) => boolean;
}

/** The ids a page's text cites where its claims stand, with the removal notices SourceDate adds and the partners' sources. */
function citedInText(page: MarkdownFile, known: Known, partnerSources: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const element of page.elements) {
    const id = CITATIONS.has(element.name) ? element.attributes.get('id') : undefined;
    if (id === undefined) continue;
    ids.add(id);
    const notice = element.name === 'SourceDate' && known.has(id) ? known.sources[id]?.removal?.notice : undefined;
    if (notice) ids.add(notice);
  }
  if (page.elements.some((element) => element.name === 'PartnerList')) partnerSources.forEach((id) => ids.add(id));
  return ids;
}

/** A page's text must cite where its claims stand exactly the sources its front matter lists. */
function checkCitations(
  page: MarkdownFile,
  listed: readonly string[],
  known: Known,
  partnerSources: readonly string[],
  problems: Problem[],
): void {
  const file = page.file;
  const inText = citedInText(page, known, partnerSources);
  for (const id of inText) {
    if (!known.has(id)) {
      problems.push({
        file,
        entry: `citation ${JSON.stringify(id)}`,
        problem: `the text cites a source that ${SOURCES_FILE} does not have`,
        fix: `use one of ${known.ids.join(', ')}, or add the source to ${SOURCES_FILE} first`,
      });
    } else if (!listed.includes(id)) {
      problems.push({
        file,
        entry: `citation ${JSON.stringify(id)}`,
        problem: 'the text cites a source that the page does not list',
        fix: `add ${id} to the front matter "sources", so that the citation leads to its entry in the page’s Sources list`,
      });
    }
  }
  for (const id of listed.filter((id) => !inText.has(id))) {
    problems.push({
      file,
      entry: `source ${JSON.stringify(id)}`,
      problem: 'the page lists this source but never cites it where a claim stands',
      fix: `put <Cite id="${id}" /> after each sentence, list item or table cell that rests on it, or take it out of the front matter "sources"`,
    });
  }
}

/** The ids a page or an entry cites in its front matter ("sources"), each unknown id reported. */
function citedIds(file: string, frontMatter: Record<string, unknown>, known: Known, problems: Problem[]): string[] {
  const cited: unknown = frontMatter.sources;
  const ids: string[] = [];
  if (!Array.isArray(cited) || cited.length === 0) {
    problems.push({
      file,
      entry: 'front matter "sources"',
      problem: 'the page cites no source',
      fix: `list the sources the page rests on, e.g. "sources: [${known.ids.slice(0, 2).join(', ')}]", with ids of ${SOURCES_FILE}`,
    });
    return ids;
  }
  for (const id of cited) {
    if (typeof id === 'string' && known.has(id)) ids.push(id);
    else {
      problems.push({
        file,
        entry: `source ${JSON.stringify(id)}`,
        problem: `the page cites a source that ${SOURCES_FILE} does not have`,
        fix: `use one of ${known.ids.join(', ')}, or add the source to ${SOURCES_FILE} first, with its title, link and date`,
      });
    }
  }
  return ids;
}

/** Each front-matter date that is missing or not a YYYY-MM-DD day: [key, value, what to write]. */
function checkDates(file: string, dates: readonly (readonly [string, unknown, string])[], problems: Problem[]): void {
  for (const [key, value, what] of dates) {
    const day = frontMatterDay(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day))) continue;
    problems.push({
      file,
      entry: `front matter "${key}"`,
      problem: value === undefined ? 'the date is missing' : `${JSON.stringify(value)} is not a date`,
      fix: `write ${what}`,
    });
  }
}

const CHECKED_DATE = 'the day you last checked the page against its sources, as "sources_checked: YYYY-MM-DD"';

/** The problems of one page, and the ids it cites. */
function checkPage(page: MarkdownFile, known: Known, partnerSources: readonly string[], problems: Problem[]): string[] {
  const {file, frontMatter} = page;
  const ids = citedIds(file, frontMatter, known, problems);
  // Only a list that could be read: a page without one has that problem already.
  if (Array.isArray(frontMatter.sources) && frontMatter.sources.length > 0) checkCitations(page, ids, known, partnerSources, problems);
  const lastUpdate = frontMatter.last_update as {date?: unknown} | undefined;
  checkDates(
    file,
    [
      ['sources_checked', frontMatter.sources_checked, CHECKED_DATE],
      [
        'last_update.date',
        lastUpdate?.date,
        'the day of the page’s last revision, as "last_update:" then "  date: YYYY-MM-DD" on the next line',
      ],
    ],
    problems,
  );
  if (page.headings.at(-1)?.id !== 'sources' || page.lastElement !== 'Sources') {
    problems.push({
      file,
      entry: 'section #sources',
      problem: 'the page does not end with its sources section',
      fix: `end the page with\n    ${SECTION.replace(/\n/g, '\n    ')}\n  and import Sources from '@site/src/components/Sources'`,
    });
  }
  return ids;
}

/** The problems of one entry of the list of changes (changes/), and the ids it cites. */
function checkEntry(entry: MarkdownFile, known: Known, problems: Problem[]): string[] {
  const {file, frontMatter} = entry;
  const ids = citedIds(file, frontMatter, known, problems);
  for (const element of entry.elements.filter(({name}) => CITATIONS.has(name))) {
    problems.push({
      file,
      entry: element.source,
      problem: 'an entry of the list of changes cannot carry citation marks (they number a guide page’s Sources list)',
      fix: 'list the sources in the entry’s front matter "sources" (shown by <ChangeSources />), and delete the mark',
    });
  }
  checkDates(
    file,
    [
      ['date', frontMatter.date, 'the day of the change, as "date: YYYY-MM-DD"'],
      ['sources_checked', frontMatter.sources_checked, CHECKED_DATE],
    ],
    problems,
  );
  if (entry.lastElement !== 'ChangeSources') {
    problems.push({
      file,
      entry: 'sources',
      problem: 'the entry does not end with its sources',
      fix: "end the entry with <ChangeSources /> on a line of its own, and import ChangeSources from '@site/src/components/ChangeSources'",
    });
  }
  return ids;
}

/** The sources the catalog's partners cite (none when the catalog cannot be read: that is the catalog check's problem). */
async function partnerSourcesOf(siteDir: string, known: Known): Promise<string[]> {
  let catalog: unknown;
  try {
    catalog = await loadCatalog(siteDir);
  } catch {
    return [];
  }
  if (!Array.isArray(catalog)) return [];
  return (catalog as {source?: unknown; listedSince?: unknown}[])
    .flatMap((partner) => [partner.source, partner.listedSince])
    .filter((id): id is string => typeof id === 'string' && known.has(id)); // An unknown id is the catalog check's problem.
}

/** The site's src/data/sources.ts, or the problem that it cannot be read. */
async function loadSources(siteDir: string): Promise<Known | Problem> {
  let sources: unknown;
  try {
    sources = await loadExport(siteDir, SOURCES_FILE, 'sources');
  } catch (error) {
    sources = loadError(error);
  }
  if (typeof sources !== 'object' || sources === null) {
    return {
      file: SOURCES_FILE,
      entry: 'the whole file',
      problem: typeof sources === 'string' ? `it could not be read: ${sources}` : 'it does not export the list `sources`',
      fix: 'correct the syntax; compare with the other sources in the file',
    };
  }
  const known = sources as Sources;
  return {sources: known, ids: Object.keys(known), has: (id) => Object.hasOwn(known, id)};
}

/** Twins must cite the same sources: a translation rests on the same facts. */
function twinProblems(content: SiteContent, citedBy: Map<MarkdownFile, string[]>): Problem[] {
  return twins(content).flatMap(({original, translation}) => {
    const [mine, theirs] = [citedBy.get(translation) ?? [], citedBy.get(original) ?? []];
    if (mine.length === theirs.length && mine.every((id) => theirs.includes(id))) return [];
    const language = (f: MarkdownFile): string => languageOf(content.locales, f.locale);
    return [
      {
        file: translation.file,
        entry: 'front matter "sources"',
        problem: `the ${language(translation)} page cites [${mine.join(', ')}], the ${language(original)} page (${original.file}) [${theirs.join(', ')}]`,
        fix: 'cite the same sources in every language: a translation rests on the same facts',
      },
    ];
  });
}

export async function checkSources(content: SiteContent): Promise<Problem[]> {
  const known = await loadSources(content.siteDir);
  if (!('has' in known)) return [known];
  const problems: Problem[] = [];
  const partnerSources = await partnerSourcesOf(content.siteDir, known);
  const citedBy = new Map(
    readable(content).map((f) => [f, f.kind === 'page' ? checkPage(f, known, partnerSources, problems) : checkEntry(f, known, problems)]),
  );
  problems.push(...twinProblems(content, citedBy));
  const cited = new Set([...partnerSources, ...[...citedBy.values()].flat()]);
  for (const id of known.ids.filter((id) => !cited.has(id))) {
    problems.push({
      file: SOURCES_FILE,
      entry: `source ${JSON.stringify(id)}`,
      problem: 'no page and no partner cites this source',
      fix: 'cite it in the front matter "sources" of the pages that rest on it, or delete it',
    });
  }
  return problems;
}
