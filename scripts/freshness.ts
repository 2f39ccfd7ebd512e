/**
 * Freshness of the guide (npm run check:freshness, and printed by every build through
 * plugins/freshness.ts): a page whose sources were last checked (`sources_checked`) more than
 * 6 months ago gets a warning, more than 12 months ago an error; a cited source whose entry records
 * an announced removal (`removal` in src/data/sources.ts) gets a warning once that day has come.
 * The day compared with is today (UTC), or FRESHNESS_TODAY=YYYY-MM-DD.
 */
import {partners} from '../src/data/partners';
import {frontMatterDay, sources, type Source} from '../src/data/sources';
import {parseFrontMatter, readMarkdownFiles} from './content-checks/markdown-files';
import {formatProblem, type Problem} from './content-checks/problem';
import {SITE_LOCALES} from './content-checks/site-locales';

/** Months after `sources_checked` when a page gets a warning, then an error. */
export const WARN_AFTER_MONTHS = 6;
export const ERROR_AFTER_MONTHS = 12;

export type Level = 'warning' | 'error';
export interface Finding extends Problem {
  level: Level;
}

/** Whether `text` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The day to compare with: FRESHNESS_TODAY when set (tests move the clock with it), else today
 * in UTC. A malformed value is an error that says what to write.
 */
export function freshnessToday(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const value = env.FRESHNESS_TODAY;
  if (value === undefined || value === '') return now.toISOString().slice(0, 10);
  if (!isDay(value)) {
    throw new Error(
      `FRESHNESS_TODAY=${JSON.stringify(value)} is not a day: write it as YYYY-MM-DD (e.g. FRESHNESS_TODAY=2027-06-01), or unset it to use today's date.`,
    );
  }
  return value;
}

/** `day` plus `months` calendar months, the day of the month kept where it exists (Aug 31 + 6 months = Feb 28). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** How stale a page checked on `checked` is on `today`: null while it is fresh. */
export function staleness(checked: string, today: string): Level | null {
  if (today > addMonths(checked, ERROR_AFTER_MONTHS)) return 'error';
  if (today > addMonths(checked, WARN_AFTER_MONTHS)) return 'warning';
  return null;
}

interface Page {
  file: string;
  checked: unknown;
  cites: string[];
}

async function readPages(siteDir: string): Promise<Page[]> {
  // The front matter is all this needs: no syntax tree.
  const files = await readMarkdownFiles(siteDir, SITE_LOCALES, (source) => ({frontMatter: parseFrontMatter(source)}));
  return files
    .filter((f) => f.kind === 'page')
    .map(({file, frontMatter}) => {
      const cited: unknown = frontMatter.sources;
      return {
        file,
        checked: frontMatter.sources_checked,
        cites: Array.isArray(cited) ? cited.filter((id): id is string => typeof id === 'string') : [],
      };
    });
}

/**
 * What is stale in the site at `siteDir` on `today`: pages, then sources. `catalog` is the source
 * list to use (src/data/sources.ts unless a test passes another).
 */
export async function checkFreshness(
  siteDir: string,
  today: string,
  catalog: Readonly<Record<string, Source>> = sources,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const pages = await readPages(siteDir);
  for (const page of pages) {
    const checked = frontMatterDay(page.checked);
    const entry = 'front matter "sources_checked"';
    if (!isDay(checked)) {
      findings.push({
        level: 'error',
        file: page.file,
        entry,
        problem:
          page.checked === undefined
            ? 'the page does not say when its sources were checked'
            : `${JSON.stringify(page.checked)} is not a day`,
        fix: 'check the page against its sources, then write the day as "sources_checked: YYYY-MM-DD"',
      });
      continue;
    }
    const level = staleness(checked, today);
    if (level === null) continue;
    const months = level === 'error' ? ERROR_AFTER_MONTHS : WARN_AFTER_MONTHS;
    findings.push({
      level,
      file: page.file,
      entry,
      problem: `the sources were last checked on ${checked}, more than ${months} months before ${today}${level === 'warning' ? ` (an error after ${addMonths(checked, ERROR_AFTER_MONTHS)})` : ''}`,
      fix: `read the page against each of its sources (${page.cites.join(', ') || 'none listed'}, in src/data/sources.ts), correct what changed, then set "sources_checked: ${today}" (and last_update.date if the text changed)`,
    });
  }
  for (const [id, source] of Object.entries(catalog)) {
    if (!source.removal || today < source.removal.date) continue;
    const citing = [
      ...pages.filter((page) => page.cites.includes(id)).map((page) => page.file),
      ...partners.filter((p) => p.source === id || p.listedSince === id).map((p) => `partner "${p.id}" (src/data/partners.ts)`),
    ];
    if (citing.length === 0) continue; // An uncited source is the content checks' problem.
    const notice = catalog[source.removal.notice];
    findings.push({
      level: 'warning',
      file: 'src/data/sources.ts',
      entry: `source ${JSON.stringify(id)}`,
      problem: `its entry records a removal of the page (${source.link}) announced for ${source.removal.date}, by the source ${JSON.stringify(source.removal.notice)}, and that day has come; cited by ${citing.join(', ')}`,
      fix: `open the page: if it is gone or replaced, cite its successor instead (a new entry in src/data/sources.ts, in those pages' "sources") and say what changed; if the pages keep citing it, make sure they say what the notice says, no more${notice ? ` (${notice.link})` : ''}`,
    });
  }
  return findings;
}

/** The findings as the checks print them: a heading with the counts, then each one in the content checks' three lines. */
export function formatFindings(findings: readonly Finding[], today: string): string {
  const count = (level: Level): number => findings.filter((finding) => finding.level === level).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (findings.length === 0)
    return `Freshness (${today}): every page's sources checked within ${WARN_AFTER_MONTHS} months, no announced removal reached.`;
  const order: Level[] = ['error', 'warning'];
  const lines = [...findings]
    .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
    .map((finding) => `${finding.level === 'error' ? 'Error' : 'Warning'}: ${formatProblem(finding)}`);
  return `Freshness (${today}): ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}.\n\n${lines.join('\n\n')}\n`;
}
