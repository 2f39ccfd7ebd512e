/**
 * Sources: every page, in both languages, cites the sources it rests on (front matter
 * `sources: [id, …]`, ids of src/data/sources.ts, the same in both languages), says when they
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
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {frontMatterDay, isSourceId, sources} from '../../src/data/sources';
import {loadCatalog} from './catalog';
import {listFiles} from './files';
import {EN_CHANGES_DIR, EN_DOCS_DIR, FR_CHANGES_DIR, FR_DOCS_DIR, isPage, pageFacts} from './pages';
import type {Problem} from './problem';

const SOURCES_FILE = 'src/data/sources.ts';
const SOURCE_IDS = Object.keys(sources);
const SECTION = '## Sources {/* #sources */}\n\n<Sources />';

/** The marks that cite a source in a page's text: `<Cite id="x" />` and `<SourceDate id="x" />`. */
const CITATION = /<(Cite|SourceDate)\s+id="([^"]*)"\s*\/>/g;

/** The ids a page's text cites where its claims stand, with the removal notices SourceDate adds and the partners' sources. */
function citedInText(body: string, partnerSources: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const [, component, id] of body.matchAll(CITATION)) {
    if (id === undefined) continue;
    ids.add(id);
    const notice = component === 'SourceDate' && isSourceId(id) ? (sources[id] as {removal?: {notice: string}}).removal?.notice : undefined;
    if (notice) ids.add(notice);
  }
  if (/<PartnerList\s*\/>/.test(body)) partnerSources.forEach((id) => ids.add(id));
  return ids;
}

/** A page's text must cite where its claims stand exactly the sources its front matter lists. */
function checkCitations(
  file: string,
  body: string,
  listed: readonly string[],
  partnerSources: readonly string[],
  problems: Problem[],
): void {
  const inText = citedInText(body, partnerSources);
  for (const id of inText) {
    if (!isSourceId(id)) {
      problems.push({
        file,
        entry: `citation ${JSON.stringify(id)}`,
        problem: `the text cites a source that ${SOURCES_FILE} does not have`,
        fix: `use one of ${SOURCE_IDS.join(', ')}, or add the source to ${SOURCES_FILE} first`,
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

interface Citations {
  file: string;
  ids: string[];
}

/** The ids a page or an entry cites in its front matter ("sources"), each unknown id reported. */
function citedIds(file: string, frontMatter: Record<string, unknown>, problems: Problem[]): string[] {
  const cited: unknown = frontMatter.sources;
  const ids: string[] = [];
  if (!Array.isArray(cited) || cited.length === 0) {
    problems.push({
      file,
      entry: 'front matter "sources"',
      problem: 'the page cites no source',
      fix: `list the sources the page rests on, e.g. "sources: [${SOURCE_IDS.slice(0, 2).join(', ')}]", with ids of ${SOURCES_FILE}`,
    });
    return ids;
  }
  for (const id of cited) {
    if (typeof id === 'string' && isSourceId(id)) ids.push(id);
    else {
      problems.push({
        file,
        entry: `source ${JSON.stringify(id)}`,
        problem: `the page cites a source that ${SOURCES_FILE} does not have`,
        fix: `use one of ${SOURCE_IDS.join(', ')}, or add the source to ${SOURCES_FILE} first, with its title, link and date`,
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
function checkPage(file: string, source: string, problems: Problem[], partnerSources: readonly string[]): Citations {
  const {frontMatter, body, headings} = pageFacts(source);
  const ids = citedIds(file, frontMatter, problems);
  // Only a list that could be read: a page without one has that problem already.
  if (Array.isArray(frontMatter.sources) && frontMatter.sources.length > 0) checkCitations(file, body, ids, partnerSources, problems);
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
  if (headings.at(-1)?.id !== 'sources' || !body.trimEnd().endsWith('<Sources />')) {
    problems.push({
      file,
      entry: 'section #sources',
      problem: 'the page does not end with its sources section',
      fix: `end the page with\n    ${SECTION.replace(/\n/g, '\n    ')}\n  and import Sources from '@site/src/components/Sources'`,
    });
  }
  return {file, ids};
}

/** The problems of one entry of the list of changes (changes/), and the ids it cites. */
function checkEntry(file: string, source: string, problems: Problem[]): Citations {
  const {frontMatter, body} = pageFacts(source);
  const ids = citedIds(file, frontMatter, problems);
  for (const [mark] of body.matchAll(CITATION)) {
    problems.push({
      file,
      entry: mark,
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
  if (!body.trimEnd().endsWith('<ChangeSources />')) {
    problems.push({
      file,
      entry: 'sources',
      problem: 'the entry does not end with its sources',
      fix: "end the entry with <ChangeSources /> on a line of its own, and import ChangeSources from '@site/src/components/ChangeSources'",
    });
  }
  return {file, ids};
}

/** The sources the catalog's partners cite (none when the catalog cannot be read: that is the catalog check's problem). */
async function partnerSourcesOf(siteDir: string): Promise<string[]> {
  let catalog: unknown;
  try {
    catalog = await loadCatalog(siteDir);
  } catch {
    return [];
  }
  if (!Array.isArray(catalog)) return [];
  return (catalog as {source?: unknown; listedSince?: unknown}[])
    .flatMap((partner) => [partner.source, partner.listedSince])
    .filter((id): id is string => typeof id === 'string' && isSourceId(id)); // An unknown id is the catalog check's problem.
}

export async function checkSources(siteDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const partnerSources = await partnerSourcesOf(siteDir);
  const cited = new Set<string>(partnerSources);
  const byName = new Map<string, Partial<Record<'fr' | 'en', Citations>>>();
  for (const [locale, dir, kind, check] of [
    ['fr', FR_DOCS_DIR, 'page', checkPage],
    ['en', EN_DOCS_DIR, 'page', checkPage],
    ['fr', FR_CHANGES_DIR, 'entry', checkEntry],
    ['en', EN_CHANGES_DIR, 'entry', checkEntry],
  ] as const) {
    for (const name of await listFiles(path.join(siteDir, dir), isPage)) {
      const file = `${dir}/${name}`;
      const citations = check(file, await readFile(path.join(siteDir, file), 'utf8'), problems, partnerSources);
      citations.ids.forEach((id) => cited.add(id));
      // Twins share a file name; the kind keeps a page apart from an entry of the same name.
      const twin = `${kind}:${name}`;
      byName.set(twin, {...byName.get(twin), [locale]: citations});
    }
  }
  for (const {fr, en} of byName.values()) {
    if (!fr || !en) continue; // A missing twin is the page-parity check's problem.
    const onlyFr = fr.ids.filter((id) => !en.ids.includes(id));
    const onlyEn = en.ids.filter((id) => !fr.ids.includes(id));
    if (onlyFr.length + onlyEn.length > 0) {
      problems.push({
        file: en.file,
        entry: 'front matter "sources"',
        problem: `the English page cites [${en.ids.join(', ')}], the French page (${fr.file}) [${fr.ids.join(', ')}]`,
        fix: 'cite the same sources in both languages: a translation rests on the same facts',
      });
    }
  }
  for (const id of SOURCE_IDS.filter((id) => !cited.has(id))) {
    problems.push({
      file: SOURCES_FILE,
      entry: `source ${JSON.stringify(id)}`,
      problem: 'no page and no partner cites this source',
      fix: 'cite it in the front matter "sources" of the pages that rest on it, or delete it',
    });
  }
  return problems;
}
