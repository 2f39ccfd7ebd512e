import {readFileSync} from 'node:fs';
/**
 * Search (Pagefind, src/controls/search-box, src/controls/search-page): the queries in both locales,
 * locale isolation, keyboard use, highlighting on the target page, the results page, axe with the
 * dropdown open, no CSP violation, and no search engine or index on the first page load.
 * Needs a production build (`npm run build`, which also writes build/pagefind/).
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';
import {
  gotoInteractive,
  htmlLang,
  locales,
  noProblems,
  otherLocale,
  pageTitle,
  pageTitles,
  pathOf,
  sitePages,
  themeText,
  test,
  watchProblems,
  type Locale,
} from './site';

/** The issues' queries (search, then the new pages): what each must bring first, in its locale. */
const QUERIES: Record<Locale, {query: string; first: string}[]> = {
  fr: [
    {query: 'réseau', first: '/network-traffic'},
    {query: 'reseau', first: '/network-traffic'},
    {query: 'Veeam', first: '/backup-partners'},
    {query: 'Commvault', first: '/backup-partners'},
    {query: 'Veritas', first: '/backup-partners'},
    {query: 'Rubrik', first: '/backup-partners'},
    {query: 'HTTPS', first: '/azure-backup-server'},
    {query: 'CloudAdmin', first: '/support-and-checks'},
    // Words of the decision section and of the checklists.
    {query: 'calendrier', first: '/choose-a-solution'},
    {query: 'cohérents', first: '/support-and-checks'},
  ],
  en: [
    {query: 'replicating', first: '/network-traffic'},
    {query: 'network', first: '/network-traffic'},
    {query: 'Veeam', first: '/backup-partners'},
    {query: 'Commvault', first: '/backup-partners'},
    {query: 'Veritas', first: '/backup-partners'},
    {query: 'Rubrik', first: '/backup-partners'},
    {query: 'HTTPS', first: '/azure-backup-server'},
    {query: 'CloudAdmin', first: '/support-and-checks'},
    {query: 'timeline', first: '/choose-a-solution'},
    {query: 'break-glass', first: '/support-and-checks'},
  ],
};
/**
 * Inflections and case of the word every page is about: they must give the same results, and
 * those are the locale's backup pages (every page is about backup, so none is "the" first).
 */
const STEMS: Record<Locale, string[]> = {fr: ['sauvegarde', 'sauvegardes', 'Sauvegarde'], en: ['backup', 'backups', 'Backups']};

const box = (page: Page, locale: Locale) => page.getByRole('combobox', {name: themeText(locale, 'theme.SearchBar.label')});
const options = (page: Page) => page.getByRole('listbox').getByRole('option');

/** Types a query in the navbar box and waits for the dropdown's results (the last option is "all results"). */
async function searchInBox(page: Page, locale: Locale, query: string): Promise<string[]> {
  await box(page, locale).fill(query);
  await expect(options(page).last()).toHaveText(themeText(locale, 'theme.SearchBar.allResults', {query}));
  await expect(page.getByRole('listbox')).toHaveAttribute('aria-busy', 'false');
  const texts = await page.getByRole('listbox').locator('[role=option] > span:first-child').allTextContents();
  return texts;
}

for (const locale of locales) {
  test.describe(`search, ${locale}`, () => {
    test('the first page load fetches no search engine or index; focusing the box does', async ({page}) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await gotoInteractive(page, pathOf(locale, '/backup-partners'));
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => p.startsWith('/pagefind/') || /search/i.test(p))).toEqual([]);
      const engine = page.waitForRequest((request) => new URL(request.url()).pathname === '/pagefind/pagefind.js');
      await box(page, locale).focus();
      await engine;
    });

    for (const {query, first} of QUERIES[locale]) {
      test(`"${query}" brings ${first} first, and only ${locale} pages`, async ({page, problems}) => {
        await gotoInteractive(page, pathOf(locale, '/'));
        const found = await searchInBox(page, locale, query);
        expect(found[0]).toBe(pageTitle(locale, first));
        for (const title of found) expect(pageTitles(locale)).toContain(title);
        for (const title of pageTitles(otherLocale(locale))) expect(found).not.toContain(title);
        expect(problems).toEqual(noProblems);
      });
    }

    test(`${STEMS[locale].join(', ')}: same results, the ${locale} backup pages`, async ({page}) => {
      await gotoInteractive(page, pathOf(locale, '/backup-principle'));
      const [reference, ...variants] = STEMS[locale];
      const expected = await searchInBox(page, locale, reference!);
      // Every page of the locale matches; the dropdown shows as many as its markup says (the results page, all of them).
      const limit = Number(await page.locator('search-box').getAttribute('data-limit'));
      expect(limit).toBeGreaterThan(0);
      expect(expected).toHaveLength(Math.min(limit, sitePages.length));
      for (const title of expected) expect(pageTitles(locale)).toContain(title);
      for (const variant of variants) expect(await searchInBox(page, locale, variant)).toEqual(expected);
    });

    test('the box is a text combobox with the search key; its submit button (for assistive technologies) opens the results page', async ({
      page,
      problems,
    }) => {
      await gotoInteractive(page, pathOf(locale, '/backup-principle'));
      await expect(box(page, locale)).toHaveAttribute('type', 'text');
      await expect(box(page, locale)).toHaveAttribute('enterkeyhint', 'search');
      const submit = page.getByRole('search').getByRole('button', {name: themeText(locale, 'theme.SearchBar.submit')});
      await expect(submit).toHaveAttribute('tabindex', '-1'); // out of the Tab order: Enter submits
      await searchInBox(page, locale, 'Veeam');
      await submit.evaluate((button: HTMLButtonElement) => button.click()); // as a screen reader activates it
      await expect(page).toHaveURL(new RegExp(`${pathOf(locale, '/search')}\\?q=Veeam$`));
      await expect(page.locator('main ol > li a').first()).toHaveText(pageTitle(locale, '/backup-partners'));
      expect(problems).toEqual(noProblems);
    });

    test('the results page lists links to this locale only, translated', async ({page}) => {
      await gotoInteractive(page, `${pathOf(locale, '/search')}?q=Veeam`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(themeText(locale, 'theme.SearchPage.heading', {query: 'Veeam'}));
      await expect(page).toHaveTitle(new RegExp(`^${themeText(locale, 'theme.SearchPage.title')} \\|`));
      const results = page.locator('main ol > li a');
      await expect(results.first()).toHaveText(pageTitle(locale, '/backup-partners'));
      await expect(results.first()).toHaveAttribute(
        'href',
        new RegExp(`^${pathOf(locale, '/backup-partners')}\\?pagefind-highlight=veeam`),
      );

      // A new query from the field; every link stays in the locale.
      await page
        .getByRole('searchbox', {name: themeText(locale, 'theme.SearchPage.inputLabel')})
        .fill(locale === 'fr' ? 'sauvegarde' : 'backup');
      await expect(results).toHaveCount(sitePages.length);
      await expect(page).toHaveURL(/[?]q=(sauvegarde|backup)$/);
      for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
        expect(href.startsWith('/en/')).toBe(locale === 'en');
      }
      await page.getByRole('searchbox', {name: themeText(locale, 'theme.SearchPage.inputLabel')}).fill('xyzzy');
      await expect(page.locator('main').getByRole('status')).toHaveText(themeText(locale, 'theme.SearchBar.noResults', {query: 'xyzzy'}));
      await page.getByRole('searchbox', {name: themeText(locale, 'theme.SearchPage.inputLabel')}).fill('Veeam');
      // Every page of the locale whose text names Veeam, and no other.
      const veeamPages = sitePages.filter(({doc}) => readFileSync(doc[locale].file, 'utf8').includes('Veeam')).length;
      await expect(results).toHaveCount(veeamPages);
      // Its visible submit button searches again, on this page: same results, same count said.
      const said = await page.locator('main').getByRole('status').textContent();
      await page
        .locator('main')
        .getByRole('button', {name: themeText(locale, 'theme.SearchBar.submit')})
        .click();
      await expect(page).toHaveURL(/[?]q=Veeam$/);
      await expect(page.locator('main').getByRole('status')).toHaveText(said!);
      await expect(results).toHaveCount(veeamPages);
      const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    });

    test('keyboard: shortcut, arrows and Enter open a result; its matched word is highlighted there', async ({page, problems}) => {
      await gotoInteractive(page, pathOf(locale, '/backup-principle'));
      await page.keyboard.press('/');
      await expect(box(page, locale)).toBeFocused();
      const [query, slug, word] =
        locale === 'fr' ? ['reseau', '/network-traffic', /^réseau$/i] : ['replicating', '/network-traffic', /^replicat/i];
      await page.keyboard.type(query);
      await expect(options(page).first()).toHaveText(new RegExp(`^${pageTitle(locale, slug)}`));
      await page.keyboard.press('ArrowDown');
      await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
      await expect(box(page, locale)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id'))!);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${pathOf(locale, slug)}\\?pagefind-highlight=`));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(pageTitle(locale, slug));
      const marks = page.locator('[data-pagefind-body] mark.pagefind-highlight');
      await expect(marks.first()).toBeVisible();
      await expect(marks.first()).toHaveText(word);
      await expect(page.locator('svg mark')).toHaveCount(0); // a <mark> in SVG text would hide it

      // Ctrl+K from anywhere; Escape closes the dropdown, then clears the box.
      await page.keyboard.press('Control+k');
      await expect(box(page, locale)).toBeFocused();
      await page.keyboard.type('Veeam');
      await expect(box(page, locale)).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(box(page, locale)).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('Escape');
      await expect(box(page, locale)).toHaveValue('');

      // ArrowUp wraps to the last option, "all results", which opens the results page.
      await page.keyboard.type('Veritas');
      await expect(options(page).first()).toHaveText(new RegExp(`^${pageTitle(locale, '/backup-partners')}`));
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${pathOf(locale, '/search')}\\?q=Veritas$`));
      await expect(page.locator('main ol > li a').first()).toHaveText(pageTitle(locale, '/backup-partners'));
      expect(problems).toEqual(noProblems);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 360]) {
        test(`axe: no violation with the dropdown open, ${colorScheme}, ${width} px; no horizontal scroll`, async ({browser, baseURL}) => {
          const context = await browser.newContext({colorScheme, viewport: {width, height: 800}});
          const page = await context.newPage();
          const problems = await watchProblems(page, baseURL!);
          await gotoInteractive(page, pathOf(locale, '/backup-partners'));
          await box(page, locale).click();
          await searchInBox(page, locale, 'Veeam');
          await expect(page.locator('[role=listbox]')).toBeVisible();
          const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ).toBeLessThanOrEqual(0);
          if (process.env.SEARCH_SCREENSHOTS)
            await page.screenshot({path: `${process.env.SEARCH_SCREENSHOTS}/search-${locale}-${colorScheme}-${width}.png`});
          expect(problems).toEqual(noProblems);
          await context.close();
        });
      }
    }
  });
}
