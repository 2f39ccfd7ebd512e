/**
 * What the browser tests expect, read from the project itself: the locales from site-facts.mjs,
 * the pages with their titles, descriptions and heading IDs from the Markdown sources (parsed as
 * the content checks parse them), the texts from the i18n files and the partner links from the
 * catalog. Nothing here reads the build, so listing
 * the tests needs none; reading.spec.ts checks that the built sitemaps list these pages.
 * Shared helpers for the specs live here too.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {expect, test as base, type Locator, type Page, type Response} from '@playwright/test';
import {frenchSpacing} from '../../src/typography/french-spacing';
import {partnersInOrder, type Partner, type PartnerId} from '../../src/data/partners';
import {isPage, parseMarkdown} from '../../scripts/content-checks/content';
import {DEFAULT_LOCALE, LOCALES, LOCALE_IDS, baseUrlOf, changesDirOf, docsDirOf, type Locale} from '../../site-facts.mjs';

export type {Locale};

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const readJson = <T>(file: string): T => JSON.parse(read(file)) as T;

export const locales = LOCALE_IDS;
/** The language a page links to for its twin: the other one of this two-language site. */
export const otherLocale = (locale: Locale): Locale => LOCALE_IDS.find((l) => l !== locale)!;

export const htmlLang = (locale: Locale): string => LOCALES[locale].htmlLang;
/** The name of a locale in the language switcher. */
export const localeLabel = (locale: Locale): string => LOCALES[locale].label;
/** The path of a page (its slug, "/" for home) in a locale: "/en" + "/backup-partners". */
export const pathOf = (locale: Locale, slug: string): string =>
  locale === DEFAULT_LOCALE ? slug : `${baseUrlOf(locale).slice(0, -1)}${slug === '/' ? '/' : slug}`;

/** The `slug`s a locale's built sitemap lists ("/", "/backup-partners", ...): needs a build. */
export function sitemapSlugs(locale: Locale): string[] {
  const prefix = baseUrlOf(locale).slice(0, -1);
  const locs = [...read(`build${baseUrlOf(locale)}sitemap.xml`).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs.map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) || '/' : p)).sort();
}

/** The whole front matter of a page's file (a path from the project's root). */
export const frontMatterOf = (file: string): Record<string, unknown> => parseMarkdown(read(file)).frontMatter;

export interface PageDoc {
  file: string;
  title: string;
  description: string;
  /** The explicit heading IDs, `## Title {/* #id *\/}`, in source order. */
  headingIds: string[];
}

function docsBySlug(locale: Locale): Map<string, PageDoc> {
  const dir = docsDirOf(locale);
  const docs = new Map<string, PageDoc>();
  for (const name of readdirSync(path.join(ROOT, dir)).filter(isPage)) {
    const file = `${dir}/${name}`;
    const {frontMatter, headings} = parseMarkdown(read(file));
    const {slug, title, description} = frontMatter;
    if (typeof slug !== 'string' || typeof title !== 'string' || typeof description !== 'string') {
      throw new Error(`${file}: front matter needs slug, title and description`);
    }
    // The build gives French texts their no-break spaces (src/typography/french-spacing.ts).
    const shown = LOCALES[locale].frenchTypography ? frenchSpacing : (text: string) => text;
    const headingIds = headings.flatMap((h) => (h.id && !h.text.startsWith('# ') ? [h.id] : []));
    docs.set(slug, {file, title: shown(title), description: shown(description), headingIds});
  }
  return docs;
}

export interface SitePage {
  slug: string;
  /** Short name for test titles and screenshot files: "home", "backup-partners", ... */
  name: string;
  doc: Record<Locale, PageDoc>;
}

const sources = Object.fromEntries(LOCALE_IDS.map((l) => [l, docsBySlug(l)])) as Record<Locale, Map<string, PageDoc>>;

/** Every page of the site, by slug, each with its source in every locale. */
export const sitePages: SitePage[] = [...sources[DEFAULT_LOCALE].keys()].sort().map((slug) => {
  const doc = Object.fromEntries(LOCALE_IDS.map((l) => [l, sources[l].get(slug)])) as Record<Locale, PageDoc | undefined>;
  const missing = LOCALE_IDS.filter((l) => !doc[l]);
  if (missing.length) throw new Error(`${slug} has no source in ${missing.join(', ')}`);
  return {slug, name: slug === '/' ? 'home' : slug.slice(1), doc: doc as Record<Locale, PageDoc>};
});
export const partnersPage = sitePages.find((p) => p.slug === '/backup-partners')!;

/** Where the list of changes is served (plugins/changes.ts, routeBasePath in docusaurus.config.ts). */
export const CHANGES_SLUG = '/changes';
/** Its feeds, beside it, per locale. */
export const feedsOf = (locale: Locale): {rss: string; atom: string} => ({
  rss: `${pathOf(locale, CHANGES_SLUG)}/rss.xml`,
  atom: `${pathOf(locale, CHANGES_SLUG)}/atom.xml`,
});

/**
 * The list of changes and each of its entries (changes/ and its English twin folder): the list's
 * title and description from i18n/<locale>/docusaurus-plugin-content-blog/options.json, an
 * entry's from its front matter. They have no heading IDs.
 */
export const changesPages: SitePage[] = (() => {
  const shownIn = (locale: Locale) => (LOCALES[locale].frenchTypography ? frenchSpacing : (text: string) => text);
  const list = Object.fromEntries(
    LOCALE_IDS.map((l) => {
      const file = `i18n/${l}/docusaurus-plugin-content-blog/options.json`;
      const options = readJson<Messages>(file);
      return [l, {file, title: options.title!.message, description: options.description!.message, headingIds: [] as string[]}];
    }),
  ) as Partial<Record<Locale, PageDoc>> as Record<Locale, PageDoc>;
  const names = readdirSync(path.join(ROOT, changesDirOf(DEFAULT_LOCALE)))
    .filter(isPage)
    .sort()
    .reverse();
  const entries = names.map((name): SitePage => {
    const doc = Object.fromEntries(
      LOCALE_IDS.map((l) => {
        const file = `${changesDirOf(l)}/${name}`;
        const {slug, title, description} = parseMarkdown(read(file)).frontMatter;
        if (typeof slug !== 'string' || typeof title !== 'string' || typeof description !== 'string') {
          throw new Error(`${file}: front matter needs slug, title and description`);
        }
        return [l, {file, title: shownIn(l)(title), description: shownIn(l)(description), headingIds: [] as string[], slug}];
      }),
    ) as Partial<Record<Locale, PageDoc & {slug: string}>> as Record<Locale, PageDoc & {slug: string}>;
    const slug = `${CHANGES_SLUG}/${doc[DEFAULT_LOCALE].slug}`;
    return {slug, name: `changes-${doc[DEFAULT_LOCALE].slug}`, doc};
  });
  return [{slug: CHANGES_SLUG, name: 'changes', doc: list}, ...entries];
})();
/** The title (h1) of the page at `slug` in `locale`, from its front matter. */
export function pageTitle(locale: Locale, slug: string): string {
  const page = sitePages.find((p) => p.slug === slug);
  if (!page) throw new Error(`no page ${slug} in the docs`);
  return page.doc[locale].title;
}
/** The titles of every page in `locale`. */
export const pageTitles = (locale: Locale): string[] => sitePages.map((p) => p.doc[locale].title);

// ---- Texts of the i18n files ----------------------------------------------------------

type Messages = Record<string, {message: string}>;
const theme = (locale: Locale): Messages => readJson(`i18n/${locale}/code.json`);
/** A theme or component string of i18n/<locale>/code.json, its `{name}` placeholders filled from `values`. */
export const themeText = (locale: Locale, id: string, values: Record<string, string> = {}): string => {
  const message = theme(locale)[id]?.message;
  if (message === undefined) throw new Error(`i18n/${locale}/code.json has no ${id}`);
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
};
/** The site's name as the navbar (and the end of every <title>) shows it. */
export const siteTitle = (locale: Locale): string =>
  readJson<Messages>(`i18n/${locale}/docusaurus-theme-classic/navbar.json`).title!.message;

interface Components {
  partnerCard: {leavesSite: string};
  partnerList: {label: string};
  sources: {citation: string};
}
export const components = (locale: Locale): Components => readJson(`i18n/${locale}/components.json`);
type PartnerTexts = Record<PartnerId, {summary: string; linkText: string}>;
export const partnerTexts = (locale: Locale): PartnerTexts => readJson(`i18n/${locale}/partners.json`);

// ---- Partners ---------------------------------------------------------------------------

export const partners: Partner[] = partnersInOrder();

// ---- Language check ---------------------------------------------------------------------

const stopWords: Record<Locale, Set<string>> = {
  fr: new Set(
    'le la les des du de et est une un pour dans sur qui que au aux avec par vos vous votre sont ce cette leur leurs l d qu à ou ne pas se entre comme'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to for in on with is are an your you that which by it its their from this be or not at as into between'.split(' '),
  ),
};

/** Fails unless the text has more function words of `locale` than of the other language. */
export function expectLanguage(text: string, locale: Locale, what: string): void {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const count = (l: Locale) => words.filter((w) => stopWords[l].has(w)).length;
  expect(count(locale), `${what} should be in ${LOCALES[locale].language}: «${text}»`).toBeGreaterThan(count(otherLocale(locale)));
}

// ---- Page helpers -----------------------------------------------------------------------

const CSP_VIOLATION = 'CSP violation:';

/** The page came with the hosting configuration's policy: scripts by hash, never unsafe-inline or unsafe-eval. */
export function expectStrictScriptPolicy(response: Response | null): void {
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(response?.headers()['content-security-policy'] ?? '')?.[1] ?? '';
  expect(scriptSrc, 'script-src of the Content-Security-Policy header').toMatch(/'sha256-/);
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
}

/**
 * The page shows the site's 404 in `locale` first, as the reader of that language's URLs must see
 * it once React runs (the served HTML is the same for every unknown path: see src/controls/not-found/NotFoundContent.tsx).
 */
export async function expectNotFoundPage(page: Page, locale: Locale): Promise<void> {
  const title = themeText(locale, 'theme.NotFound.title');
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page).toHaveTitle(`${title} | ${siteTitle(locale)}`);
  await expect(page.getByText(themeText(locale, 'theme.NotFound.p1'))).toBeVisible();
}

/** What watchProblems must report on a good page: nothing of any kind. */
export const noProblems = {cspViolations: [], consoleErrors: [], failedRequests: [], otherOrigins: []};

/** What watchProblems records, by kind. */
interface Problems {
  cspViolations: string[];
  consoleErrors: string[];
  failedRequests: string[];
  otherOrigins: string[];
}

/** Records what a reader must never meet while a page loads, Content-Security-Policy violations included. */
export async function watchProblems(page: Page, baseURL: string): Promise<Problems> {
  const origin = new URL(baseURL).origin;
  const problems: Problems = {cspViolations: [], consoleErrors: [], failedRequests: [], otherOrigins: []};
  await page.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`${prefix} ${e.violatedDirective} blocked ${e.blockedURI}`));
  }, CSP_VIOLATION);
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    (m.text().startsWith(CSP_VIOLATION) ? problems.cspViolations : problems.consoleErrors).push(m.text());
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(e.message));
  page.on('requestfailed', (r) => problems.failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.failedRequests.push(`${r.url()}: ${r.status()}`));
  page.on('request', (r) => !r.url().startsWith('data:') && new URL(r.url()).origin !== origin && problems.otherOrigins.push(r.url()));
  return problems;
}

/**
 * Waits until every control of the page works: each custom element (src/controls/) is defined,
 * so the browser has run its connectedCallback on the built markup. The scripts run a frame
 * after the HTML is in, so the load event can come before the search box and the theme switch
 * respond. Fails if the page has no control, or one is never defined.
 */
export async function expectControlsDefined(page: Page): Promise<void> {
  const undefinedControls = () =>
    page.evaluate(() => {
      const controls = [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
      return controls.length === 0
        ? ['(no control on the page)']
        : [...new Set(controls.filter((c) => !c.matches(':defined')).map((c) => c.localName))];
    });
  await expect.poll(undefinedControls, {message: `${page.url()}: every control should be defined`}).toEqual([]);
}

/** Without JavaScript: the page has controls (custom elements), and none of them is defined, so none runs. */
export async function expectNoControlDefined(page: Page): Promise<void> {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.includes('-'))
      .map((e) => ({name: e.localName, defined: e.matches(':defined')})),
  );
  expect(controls.length, `${page.url()} has controls`).toBeGreaterThan(0);
  expect(
    controls.filter((c) => c.defined).map((c) => c.name),
    'no control script ran',
  ).toEqual([]);
}

/** Opens `url` and waits until its controls work (expectControlsDefined). */
export async function gotoInteractive(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await expectControlsDefined(page);
  return response;
}

/** The navbar's language menu: the button that opens it, the menu (a popover), and its link to `target`. */
export function languageSwitcher(page: Page, current: Locale, target: Locale): {toggle: Locator; menu: Locator; link: Locator} {
  const navbar = page.locator('nav.navbar');
  const menu = navbar.locator('#language-menu');
  return {
    toggle: navbar.getByRole('button', {name: localeLabel(current), exact: true}),
    menu,
    link: menu.locator(`a[lang="${htmlLang(target)}"]`),
  };
}

/** Whether a popover is open (the browser's state; no attribute reflects it). */
export const isOpen = (popover: Locator): Promise<boolean> => popover.evaluate((el) => el.matches(':popover-open'));

/**
 * The computed colours a reader sees: for each name, a CSS property of the first element a selector
 * finds. A selector that finds nothing fails the test, rather than reading another element.
 */
export async function coloursOf(page: Page, what: Record<string, [selector: string, property: string]>): Promise<Record<string, string>> {
  const colours = await page.evaluate((what) => {
    const read = ([selector, property]: [string, string]): string | null => {
      const element = document.querySelector(selector);
      return element && getComputedStyle(element).getPropertyValue(property);
    };
    return Object.fromEntries(Object.entries(what).map(([name, target]) => [name, read(target)]));
  }, what);
  for (const [name, value] of Object.entries(colours)) expect(value, `${name}: ${what[name]?.[0]} finds an element`).not.toBeNull();
  return colours as Record<string, string>;
}

/** Normalized visible text of the page's article. */
export const articleText = async (page: Page): Promise<string> => (await page.locator('article').innerText()).replace(/\s+/g, ' ').trim();

/** Presses `key` (at most `max` times) until `target` has the focus; fails if it never gets it. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
  await expect(target, `${key} should reach it`).toBeFocused();
}

/** The scripts a page may load: the controls' (plugins/islands.ts), and Pagefind once the reader searches. */
const OUR_SCRIPTS = /^\/(en\/)?assets\/islands\/[\w-]+\.js$/;

/** Records the paths of the scripts `page` loads, from now on. */
export function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  return scripts;
}

/** HTML first: once the page is idle, it loaded the islands and nothing else (no React, router or i18next bundle), and preloads nothing. */
export async function expectIslandsOnly(page: Page, scripts: readonly string[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(scripts.length, 'the islands entry loads').toBeGreaterThan(0);
  expect(
    scripts.filter((s) => !OUR_SCRIPTS.test(s)),
    'scripts other than the islands',
  ).toEqual([]);
  const preloads = await page.locator('link[rel="preload"], link[rel="modulepreload"], link[rel="prefetch"]').count();
  expect(preloads, 'preloaded resources').toBe(0);
}

/**
 * The page as it was served reads as `doc` in `locale`: status 200 with the strict script policy,
 * its `lang`, one h1 (the title), the <title> and meta description, in the page's language.
 */
export async function expectPageReads(page: Page, response: Response | null, locale: Locale, doc: PageDoc): Promise<void> {
  expect(response?.status()).toBe(200);
  expectStrictScriptPolicy(response);
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(doc.title);
  await expect(page).toHaveTitle(`${doc.title} | ${siteTitle(locale)}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', doc.description);
  expectLanguage(`${doc.title}. ${doc.description}`, locale, `title and description of ${doc.file}`);
}

/** The language menu of a page in `locale` (a popover the browser opens, with or without JavaScript) leads to its twin at `slug` in `target`. */
export async function expectSwitchToTwin(page: Page, locale: Locale, target: Locale, slug: string, targetDoc: PageDoc): Promise<void> {
  const {toggle, link} = languageSwitcher(page, locale, target);
  await toggle.click();
  await link.click();
  await expect(page).toHaveURL((u) => u.pathname === pathOf(target, slug));
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(target));
  await expect(page.locator('h1')).toHaveText(targetDoc.title);
}

/** Playwright's `test` with a `problems` fixture: what watchProblems records on the test's page, from its first request. */
export const test = base.extend<{problems: Problems}>({
  problems: async ({page, baseURL}, use) => {
    await use(await watchProblems(page, baseURL!));
  },
});
