// @vitest-environment node
/**
 * npm run check:freshness (scripts/freshness.ts, scripts/check-freshness.ts) and the build's
 * printing of it (plugins/freshness.ts), with the clock moved (FRESHNESS_TODAY, or the day passed
 * in) and pages of a fixture site: never the live pages' dates, which change as writers check them.
 */
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import freshnessPlugin from '../../plugins/freshness';
import {addMonths, checkFreshness, formatFindings, freshnessToday, isDay, staleness} from '../../scripts/freshness';
import type {Source} from '../../src/data/sources';
import {docsDirOf} from '../../site-facts.mjs';
import {SITE} from '../site-copy';

const FR = docsDirOf('fr');
const EN = docsDirOf('en');

const page = (checked: string | null, sources: string[]): string =>
  `---\ntitle: Page\n${checked === null ? '' : `sources_checked: ${checked}\n`}sources: [${sources.join(', ')}]\n---\n\nText.\n`;

/** A site folder with the pages given (file under docs/ or the English folder → front matter). */
async function fixtureSite(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'freshness-'));
  for (const [file, text] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const catalog: Record<string, Source> = {
  retired: {
    title: 'Retired',
    publisher: 'Microsoft Learn',
    link: 'https://learn.example/retired',
    date: '2022-10-18',
    lang: 'en',
    removal: {date: '2026-09-30', notice: 'notice'},
  },
  later: {
    title: 'Later',
    publisher: 'Microsoft Learn',
    link: 'https://learn.example/later',
    date: '2025-01-01',
    lang: 'en',
    removal: {date: '2027-03-31', notice: 'notice'},
  },
  notice: {title: 'Notice', publisher: 'GitHub', link: 'https://notice.example/', date: '2026-08-26', lang: 'en'},
  current: {title: 'Current', publisher: 'Microsoft Learn', link: 'https://learn.example/current', date: '2026-02-02', lang: 'en'},
};

describe('the day compared with', () => {
  it('is today in UTC, or FRESHNESS_TODAY', () => {
    expect(freshnessToday({}, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
    expect(freshnessToday({FRESHNESS_TODAY: ''}, new Date('2026-12-01T00:00:00Z'))).toBe('2026-12-01');
    expect(freshnessToday({FRESHNESS_TODAY: '2027-06-01'})).toBe('2027-06-01');
  });

  it('refuses a malformed FRESHNESS_TODAY with what to write', () => {
    for (const value of ['2027-13-01', '2027-02-30', '2027-6-1', 'tomorrow']) {
      expect(() => freshnessToday({FRESHNESS_TODAY: value})).toThrow(
        `FRESHNESS_TODAY=${JSON.stringify(value)} is not a day: write it as YYYY-MM-DD (e.g. FRESHNESS_TODAY=2027-06-01), or unset it to use today's date.`,
      );
    }
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
  });

  it('counts calendar months, keeping the day where the month has it', () => {
    expect(addMonths('2026-11-25', 6)).toBe('2027-05-25');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', 12)).toBe('2027-01-31');
  });

  it('warns a day after 6 months and errs a day after 12', () => {
    expect(staleness('2026-01-10', '2026-07-10')).toBeNull();
    expect(staleness('2026-01-10', '2026-07-11')).toBe('warning');
    expect(staleness('2026-01-10', '2027-01-10')).toBe('warning');
    expect(staleness('2026-01-10', '2027-01-11')).toBe('error');
  });
});

describe('checkFreshness', () => {
  let site: string;
  beforeAll(async () => {
    site = await fixtureSite({
      [`${FR}/fresh.md`]: page('2026-11-25', ['current']),
      [`${FR}/stale.mdx`]: page('2026-04-01', ['current', 'retired']),
      [`${EN}/stale.mdx`]: page('2025-11-01', ['current', 'retired']),
      [`${EN}/undated.md`]: page(null, ['later']),
    });
  });
  afterAll(() => rm(site, {recursive: true, force: true}));

  it('finds only the undated page while the others are fresh and no removal day has come', async () => {
    expect(await checkFreshness(site, '2026-04-30', catalog)).toEqual([
      expect.objectContaining({level: 'error', file: `${EN}/undated.md`, problem: 'the page does not say when its sources were checked'}),
    ]);
  });

  it('names each stale page with its date, its level and what to do, then each source whose removal day has come', async () => {
    const findings = await checkFreshness(site, '2026-12-01', catalog);
    expect(findings).toEqual([
      {
        level: 'warning',
        file: `${FR}/stale.mdx`,
        entry: 'front matter "sources_checked"',
        problem: 'the sources were last checked on 2026-04-01, more than 6 months before 2026-12-01 (an error after 2027-04-01)',
        fix: 'read the page against each of its sources (current, retired, in src/data/sources.ts), correct what changed, then set "sources_checked: 2026-12-01" (and last_update.date if the text changed)',
      },
      {
        level: 'error',
        file: `${EN}/stale.mdx`,
        entry: 'front matter "sources_checked"',
        problem: 'the sources were last checked on 2025-11-01, more than 12 months before 2026-12-01',
        fix: 'read the page against each of its sources (current, retired, in src/data/sources.ts), correct what changed, then set "sources_checked: 2026-12-01" (and last_update.date if the text changed)',
      },
      expect.objectContaining({level: 'error', file: `${EN}/undated.md`}),
      {
        level: 'warning',
        file: 'src/data/sources.ts',
        entry: 'source "retired"',
        problem: `its entry records a removal of the page (https://learn.example/retired) announced for 2026-09-30, by the source "notice", and that day has come; cited by ${FR}/stale.mdx, ${EN}/stale.mdx`,
        fix: 'open the page: if it is gone or replaced, cite its successor instead (a new entry in src/data/sources.ts, in those pages\' "sources") and say what changed; if the pages keep citing it, make sure they say what the notice says, no more (https://notice.example/)',
      },
    ]);
  });

  it('warns about a removal from its very day, and only for cited sources', async () => {
    const onTheDay = await checkFreshness(site, '2027-03-31', catalog);
    expect(onTheDay.filter((f) => f.file === 'src/data/sources.ts').map((f) => f.entry)).toEqual(['source "retired"', 'source "later"']);
    const uncited = await checkFreshness(site, '2027-03-31', {...catalog, later: {...catalog.later!, link: 'x'}, other: catalog.retired!});
    expect(uncited.filter((f) => f.entry === 'source "other"')).toEqual([]);
  });

  it('prints errors first, under a heading that counts them', async () => {
    const text = formatFindings(await checkFreshness(site, '2026-12-01', catalog), '2026-12-01');
    expect(text).toMatch(
      /^Freshness \(2026-12-01\): 2 errors, 2 warnings\.\n\nError: i18n\/en\/.*stale\.mdx › front matter "sources_checked"\n {2}Problem: /,
    );
    expect(text.indexOf('Warning:')).toBeGreaterThan(text.lastIndexOf('Error:'));
    expect(formatFindings([], '2026-12-01')).toBe(
      "Freshness (2026-12-01): every page's sources checked within 6 months, no announced removal reached.",
    );
  });
});

/** `npm run check:freshness -- SITE` with FRESHNESS_TODAY: its exit code and what it printed. */
function command(site: string, today: string): Promise<{code: number; output: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(SITE, 'node_modules/tsx/dist/cli.mjs'), path.join(SITE, 'scripts/check-freshness.ts'), site],
      {timeout: 50_000, env: {...process.env, FRESHNESS_TODAY: today}},
      (error, stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}`}),
    );
  });
}

describe('npm run check:freshness', {timeout: 60_000}, () => {
  let site: string;
  beforeAll(async () => {
    // Real source ids: the command reads src/data/sources.ts, where caf-bcdr's removal is 2026-09-30.
    site = await fixtureSite({[`${FR}/page.md`]: page('2026-03-01', ['caf-bcdr']), [`${EN}/page.md`]: page('2026-03-01', ['caf-bcdr'])});
  });
  afterAll(() => rm(site, {recursive: true, force: true}));

  it('exits with 0 on warnings only, listing them', async () => {
    const {code, output} = await command(site, '2026-10-01');
    expect(output).toContain('Freshness (2026-10-01): 0 errors, 3 warnings.');
    expect(output).toContain(`Warning: src/data/sources.ts › source "caf-bcdr"\n  Problem: its entry records a removal of the page`);
    expect(output).toContain(
      `announced for 2026-09-30, by the source "caf-deprecation", and that day has come; cited by ${FR}/page.md, ${EN}/page.md.`,
    );
    expect(code).toBe(0);
  });

  it('exits with 1 once a page is more than 12 months old, and on a malformed FRESHNESS_TODAY', async () => {
    const stale = await command(site, '2027-03-02');
    expect(stale.output).toContain('Freshness (2027-03-02): 2 errors, 1 warning.');
    expect(stale.code).toBe(1);
    const malformed = await command(site, '2027-3-2');
    expect(malformed.output).toContain('FRESHNESS_TODAY="2027-3-2" is not a day');
    expect(malformed.code).toBe(1);
  });
});

describe('the build’s freshness plugin', () => {
  const context = (site: string, currentLocale: string): LoadContext =>
    ({siteDir: site, i18n: {currentLocale, defaultLocale: 'fr'}}) as unknown as LoadContext; // only what the plugin reads
  let site: string;
  const saved = process.env.FRESHNESS_TODAY;
  beforeAll(async () => {
    site = await fixtureSite({[`${FR}/page.md`]: page('2026-03-01', ['current'])});
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.FRESHNESS_TODAY;
    else process.env.FRESHNESS_TODAY = saved;
    await rm(site, {recursive: true, force: true});
  });

  it('prints the findings once, in the default locale’s pass, without failing', async () => {
    process.env.FRESHNESS_TODAY = '2027-06-01';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await freshnessPlugin(context(site, 'fr')).loadContent?.();
      await freshnessPlugin(context(site, 'en')).loadContent?.();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/^\[freshness\] Freshness \(2027-06-01\): 1 error, 0 warnings\.\n\nError: docs\/page\.md/);
    } finally {
      warn.mockRestore();
    }
  });

  it('stops on a malformed FRESHNESS_TODAY', async () => {
    process.env.FRESHNESS_TODAY = 'next week';
    await expect(freshnessPlugin(context(site, 'en')).loadContent?.()).rejects.toThrow('FRESHNESS_TODAY="next week" is not a day');
  });
});
