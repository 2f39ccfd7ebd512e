/**
 * What the browser tests expect, read from the project itself: the pages from the built
 * sitemaps, their titles, descriptions and heading IDs from the Markdown sources, the texts
 * from the i18n files and the partner links from the catalog (cross-checked against the facts).
 * Shared helpers for the specs live here too.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from '@11ty/gray-matter';
import {expect, type Locator, type Page, type Response} from '@playwright/test';
import {frenchSpacing} from '../../src/typography/french-spacing';
import {partnersInOrder, type Partner, type PartnerId} from '../../src/data/partners';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const readJson = <T>(file: string): T => JSON.parse(read(file)) as T;

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const otherLocale = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');

const localeConfig = {
  fr: {prefix: '', htmlLang: 'fr-FR', label: 'Français', docs: 'docs', sitemap: 'build/sitemap.xml'},
  en: {prefix: '/en', htmlLang: 'en-US', label: 'English', docs: 'i18n/en/docusaurus-plugin-content-docs/current', sitemap: 'build/en/sitemap.xml'},
} as const satisfies Record<Locale, object>;

export const htmlLang = (locale: Locale): string => localeConfig[locale].htmlLang;
/** The name of a locale in the language switcher. */
export const localeLabel = (locale: Locale): string => localeConfig[locale].label;
/** The path of a page (its slug, "/" for home) in a locale: "/en" + "/backup-partners". */
export const pathOf = (locale: Locale, slug: string): string =>
  locale === 'fr' ? slug : slug === '/' ? '/en/' : `/en${slug}`;

/** The `slug`s a locale's built sitemap lists ("/", "/backup-partners", ...). */
export function sitemapSlugs(locale: Locale): string[] {
  if (!existsSync(path.join(ROOT, localeConfig[locale].sitemap))) {
    throw new Error(`${localeConfig[locale].sitemap} is missing: run \`npm run build\` before the browser tests.`);
  }
  const locs = [...read(localeConfig[locale].sitemap).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs
    .map((p) => (localeConfig[locale].prefix && p.startsWith(localeConfig[locale].prefix) ? p.slice(localeConfig[locale].prefix.length) || '/' : p))
    .sort();
}

/** The whole front matter of a page's file (a path from the project's root). */
export const frontMatterOf = (file: string): Record<string, unknown> => matter(read(file)).data;

/** The top-level scalar fields of a Markdown file's YAML front matter. */
export function frontMatter(source: string): Record<string, string> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!block) throw new Error('no front matter');
  const fields: Record<string, string> = {};
  for (const line of block[1]!.split(/\r?\n/)) {
    const field = /^([\w-]+):\s*(.+)$/.exec(line);
    if (field) fields[field[1]!] = field[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return fields;
}

export interface PageDoc {
  file: string;
  title: string;
  description: string;
  /** The explicit heading IDs, `## Title {/* #id *\/}`, in source order. */
  headingIds: string[];
}

function docsBySlug(locale: Locale): Map<string, PageDoc> {
  const dir = localeConfig[locale].docs;
  const docs = new Map<string, PageDoc>();
  for (const name of readdirSync(path.join(ROOT, dir)).filter((f) => /\.mdx?$/.test(f))) {
    const file = `${dir}/${name}`;
    const source = read(file);
    const fm = frontMatter(source);
    if (!fm.slug || !fm.title || !fm.description) throw new Error(`${file}: front matter needs slug, title and description`);
    const headingIds = [...source.matchAll(/^#{2,6} .*\{\/\*\s*#([\w-]+)\s*\*\/\}\s*$/gm)].map((m) => m[1]!);
    // The build gives French texts their no-break spaces (src/typography/french-spacing.ts).
    const shown = locale === 'fr' ? frenchSpacing : (text: string) => text;
    docs.set(fm.slug, {file, title: shown(fm.title), description: shown(fm.description), headingIds});
  }
  return docs;
}

export interface SitePage {
  slug: string;
  /** Short name for test titles and screenshot files: "home", "backup-partners", ... */
  name: string;
  doc: Record<Locale, PageDoc>;
}

const sources = {fr: docsBySlug('fr'), en: docsBySlug('en')};

/** Every page of the site: the French sitemap's, each with its source in both locales. */
export const sitePages: SitePage[] = sitemapSlugs('fr').map((slug) => {
  const fr = sources.fr.get(slug);
  const en = sources.en.get(slug);
  if (!fr || !en) throw new Error(`${slug} is in the sitemap but has no source in ${fr ? 'English' : 'French'}`);
  return {slug, name: slug === '/' ? 'home' : slug.slice(1), doc: {fr, en}};
});
export const partnersPage = sitePages.find((p) => p.slug === '/backup-partners')!;
/** The title (h1) of the page at `slug` in `locale`, from its front matter. */
export function pageTitle(locale: Locale, slug: string): string {
  const page = sitePages.find((p) => p.slug === slug);
  if (!page) throw new Error(`no page ${slug} in the sitemap`);
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
}
export const components = (locale: Locale): Components => readJson(`i18n/${locale}/components.json`);
type PartnerTexts = Record<PartnerId, {summary: string; linkText: string}>;
export const partnerTexts = (locale: Locale): PartnerTexts => readJson(`i18n/${locale}/partners.json`);

// ---- Partners ---------------------------------------------------------------------------

/** The partner URLs of ../shared/content/sources-2026.md (Microsoft's list, 2026), verbatim: the catalog must match them exactly. */
export const FACT_LINKS: Record<PartnerId, string> = {
  cohesity: 'https://www.cohesity.com/blogs/expanding-cohesitys-support-for-microsofts-ecosystem-azure-stack-and-azure-vmware-solution/',
  commvault: 'https://documentation.commvault.com/v11/software/azure_vmware_solution.html',
  dell: 'https://www.dell.com/support/manuals/en-us/enterprise-copy-data-management/pp-dm_19.19_virtual_machines_ug/azure-vmware-solution-avs-on-microsoft-azure?guid=guid-600e65ba-95f3-4d7c-b8bb-4950abf2f9ad&lang=en-us',
  rubrik: 'https://www.rubrik.com/en/products/cloud-data-management',
  veeam: 'https://www.veeam.com/kb4012',
  veritas: 'https://vrt.as/nb4avs',
};
export const partners: Partner[] = partnersInOrder();

// ---- Language check ---------------------------------------------------------------------

const stopWords: Record<Locale, Set<string>> = {
  fr: new Set('le la les des du de et est une un pour dans sur qui que au aux avec par vos vous votre sont ce cette leur leurs l d qu à ou ne pas se entre comme'.split(' ')),
  en: new Set('the and of to for in on with is are an your you that which by it its their from this be or not at as into between'.split(' ')),
};

/** Fails unless the text has more function words of `locale` than of the other language. */
export function expectLanguage(text: string, locale: Locale, what: string): void {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const count = (l: Locale) => words.filter((w) => stopWords[l].has(w)).length;
  expect(count(locale), `${what} should be in ${locale === 'fr' ? 'French' : 'English'}: «${text}»`).toBeGreaterThan(count(otherLocale(locale)));
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
 * it once React runs (the served HTML is the same for every unknown path: see src/theme/NotFound/Content).
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

/** Records what a reader must never meet while a page loads, Content-Security-Policy violations included. */
export async function watchProblems(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const problems = {cspViolations: [] as string[], consoleErrors: [] as string[], failedRequests: [] as string[], otherOrigins: [] as string[]};
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
 * Opens `url` and waits until its islands have started (src/islands/index.ts marks the page):
 * the module runs after the HTML is parsed, so the load event can come before the search box
 * and the theme switch respond. Fails if the islands never start.
 */
export async function gotoInteractive(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await expect(page.locator('html'), `${url}: the islands should start`).toHaveAttribute('data-islands', 'ready');
  return response;
}

/** The navbar's language menu: the button that opens it, the menu (a popover), and its link to `target`. */
export function languageSwitcher(page: Page, current: Locale, target: Locale): {toggle: Locator; menu: Locator; link: Locator} {
  const navbar = page.locator('nav.navbar');
  const menu = navbar.locator('#language-menu');
  return {toggle: navbar.getByRole('button', {name: localeLabel(current), exact: true}), menu, link: menu.locator(`a[lang="${htmlLang(target)}"]`)};
}

/** Whether a popover is open (the browser's state; no attribute reflects it). */
export const isOpen = (popover: Locator): Promise<boolean> => popover.evaluate((el) => el.matches(':popover-open'));

/** Normalized visible text of the page's article. */
export const articleText = async (page: Page): Promise<string> =>
  (await page.locator('article').innerText()).replace(/\s+/g, ' ').trim();

/** Presses `key` (at most `max` times) until `target` has the focus; fails if it never gets it. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
  await expect(target, `${key} should reach it`).toBeFocused();
}
