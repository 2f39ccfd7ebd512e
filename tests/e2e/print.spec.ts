import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {changesPages, coloursOf, locales, pathOf, partnersPage, sitePages} from './site';

/**
 * The print version of a page (src/css/custom.css, @media print): the article alone, and each
 * external link's address printed after it. Checked on every page of both locales, and saved as a
 * PDF of the partners page for a person to look at (screenshots/).
 */
const SCREENSHOTS = path.resolve(__dirname, '../../screenshots');
mkdirSync(SCREENSHOTS, {recursive: true});

/** What a printed page leaves out: navbar (search, theme and language controls in it), sidebar, breadcrumbs, tables of contents, previous/next, footer. */
const HIDDEN = {
  navbar: '.theme-layout-navbar',
  search: '[data-search-box]',
  'theme switch': '[data-color-mode-toggle]',
  'language menu': '#language-menu',
  sidebar: '.theme-doc-sidebar-container',
  breadcrumbs: '.theme-doc-breadcrumbs',
  'table of contents': '.theme-doc-toc-desktop, .theme-doc-toc-mobile',
  'previous/next': '.pagination-nav',
  footer: '.theme-layout-footer',
  'skip link': 'a[href="#__docusaurus_skipToContent_fallback"]',
};

// A4 at 96 dpi: a browser lays a printed page out at the paper's width.
test.use({viewport: {width: 794, height: 1123}});

for (const locale of locales) {
  for (const {slug} of [...sitePages, ...changesPages]) {
    const url = pathOf(locale, slug);
    test(`${locale} ${url} printed: the article alone, with the addresses of its external links`, async ({page}) => {
      await page.goto(url);
      // On screen, the parts are there (so that hiding them in print is what this test sees).
      await expect(page.locator(HIDDEN.navbar)).toBeVisible();
      await expect(page.locator(HIDDEN.footer)).toBeVisible();
      await page.emulateMedia({media: 'print'});
      for (const [part, selector] of Object.entries(HIDDEN)) {
        for (const element of await page.locator(selector).all()) await expect(element, `${part} (${selector})`).toBeHidden();
      }
      const article = page.locator('main article').first();
      await expect(article).toBeVisible();
      await expect(page.locator('h1')).toBeVisible();
      // The article spans the page: nothing beside it.
      const width = await article.evaluate((el) => el.getBoundingClientRect().width / document.documentElement.clientWidth);
      expect(width, 'article width / page width').toBeGreaterThan(0.9);

      const external = page.locator('main article a[href^="http"]');
      expect(await external.count(), 'the page has external links (its sources)').toBeGreaterThan(0);
      for (const link of await external.all()) {
        const href = await link.getAttribute('href');
        const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
        expect(after, `the address printed after a link`).toBe(`" (${href})"`);
      }
      // Links inside the site print no address.
      const internal = page.locator('main article a[href^="/"]').first();
      if ((await internal.count()) > 0) expect(await internal.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    test(`${locale}: printed from the dark theme, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the light theme's colours, for paper`, async ({
      browser,
      baseURL,
    }) => {
      const printed = async (colorScheme: 'light' | 'dark') => {
        const page = await browser.newPage({baseURL, colorScheme, javaScriptEnabled, reducedMotion: 'reduce'});
        try {
          await page.goto(pathOf(locale, partnersPage.slug));
          const onScreen = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
          await page.emulateMedia({media: 'print'});
          const colours = await coloursOf(page, {
            scheme: ['html', 'color-scheme'],
            text: ['article p', 'color'],
            link: ['article p sup a', 'color'],
            'card border': ['article .card', 'border-color'],
            'card background': ['article .card', 'background-color'],
          });
          return {onScreen, colours};
        } finally {
          await page.close();
        }
      };
      const dark = await printed('dark');
      const light = await printed('light');
      expect(dark.onScreen, 'dark on screen').toBe('dark');
      expect(dark.colours).toEqual(light.colours);
      expect(dark.colours.scheme).toBe('light');
    });
  }

  test(`${locale}: a printed page, saved as PDF for a person to look at`, async ({page}) => {
    await page.goto(pathOf(locale, partnersPage.slug));
    await page.pdf({path: path.join(SCREENSHOTS, `${locale}-print-backup-partners.pdf`)});
    await page.emulateMedia({media: 'print'});
    await page.screenshot({path: path.join(SCREENSHOTS, `${locale}-print-backup-partners.png`), fullPage: true});
  });
}
