/**
 * The controls that remain without React: the table of contents on a phone (a <details>), the
 * language menu's closing (a popover), the theme switch (src/controls/color-mode), and the
 * speculation rules that prerender the next page.
 */
import {expect, test, type Page} from '@playwright/test';
import {
  coloursOf,
  expectNoControlDefined,
  gotoInteractive,
  isOpen,
  languageSwitcher,
  locales,
  otherLocale,
  pathOf,
  sitePages,
  themeText,
  type Locale,
} from './site';

const longest = [...sitePages].sort((a, b) => b.doc.fr.headingIds.length - a.doc.fr.headingIds.length)[0]!;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({javaScriptEnabled});
    for (const locale of locales) {
      const url = pathOf(locale, longest.slug);
      test(`${locale} ${url} at 360 px: the table of contents opens and leads to each section`, async ({browser, baseURL}) => {
        const page = await browser.newPage({baseURL, javaScriptEnabled, viewport: {width: 360, height: 740}, hasTouch: true});
        await page.goto(url);
        const toc = page.locator('article details');
        const summary = toc.locator('summary');
        await expect(summary).toHaveText(themeText(locale, 'theme.TOCCollapsible.toggleButtonLabel'));
        await expect(toc.getByRole('link').first()).toBeHidden();
        for (const id of longest.doc[locale].headingIds) {
          if (!(await toc.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.tap();
          await toc.locator(`a[href="#${id}"]`).tap();
          await expect(page).toHaveURL((u) => u.hash === `#${id}`);
          await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
        }
        await page.close();
      });

      test(`${locale} ${url}: the language menu closes with Escape and with a second press`, async ({page}) => {
        await page.goto(url);
        const {toggle, menu} = languageSwitcher(page, locale, otherLocale(locale));
        await toggle.click();
        expect(await isOpen(menu)).toBe(true);
        await page.keyboard.press('Escape');
        expect(await isOpen(menu)).toBe(false);
        await toggle.click();
        await toggle.click();
        expect(await isOpen(menu)).toBe(false);
      });
    }
  });
}

/** The theme switch of the navbar, named by its label for the current choice. */
function themeSwitch(page: Page, locale: Locale, choice: 'system' | 'light' | 'dark') {
  const mode = themeText(locale, `theme.colorToggle.ariaLabel.mode.${choice}`);
  return page
    .locator('nav.navbar .navbar__items--right')
    .getByRole('button', {name: themeText(locale, 'theme.colorToggle.ariaLabel', {mode}), exact: true});
}

/** The colours a reader sees first: the page's scheme and background, the text, a citation's link, the navbar. */
const colours = (page: Page) =>
  coloursOf(page, {
    scheme: ['html', 'color-scheme'],
    background: ['html', 'background-color'],
    text: ['article p', 'color'],
    link: ['article p sup a', 'color'],
    navbar: ['nav.navbar', 'background-color'],
  });

for (const locale of locales) {
  const url = pathOf(locale, '/backup-principle');
  test(`${locale}: the theme switch follows the system, then light, dark and back; the choice is remembered`, async ({page}) => {
    await page.emulateMedia({colorScheme: 'light'});
    await gotoInteractive(page, url);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({colorScheme: 'dark'});
    await expect(html, 'follows the system').toHaveAttribute('data-theme', 'dark');

    await themeSwitch(page, locale, 'system').click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await themeSwitch(page, locale, 'light').click();
    await expect(html).toHaveAttribute('data-theme-choice', 'dark');
    await expect(themeSwitch(page, locale, 'dark')).toBeVisible();

    // Remembered: the next page starts dark before any island runs (Docusaurus's inline script), even on a light system.
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto(pathOf(locale, '/network-traffic'), {waitUntil: 'commit'});
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(themeSwitch(page, locale, 'dark')).toBeVisible();
    await themeSwitch(page, locale, 'dark').click();
    await expect(html).toHaveAttribute('data-theme-choice', 'system');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('theme')))).toEqual([]);
  });

  test(`${locale}: the theme chosen here is the theme of the other language's pages`, async ({page}) => {
    await gotoInteractive(page, url);
    await themeSwitch(page, locale, 'system').click();
    await themeSwitch(page, locale, 'light').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme-choice', 'dark');
    const other = otherLocale(locale);
    await page.goto(pathOf(other, '/network-traffic'), {waitUntil: 'commit'});
    await expect(page.locator('html'), 'the choice made in the other language').toHaveAttribute('data-theme', 'dark');
    await expect(themeSwitch(page, other, 'dark')).toBeVisible();
  });

  test.describe(() => {
    test.use({javaScriptEnabled: false, colorScheme: 'dark'});
    test(`${locale} without JavaScript: no theme switch or search box (neither could work), the system's theme`, async ({
      page,
      browser,
      baseURL,
    }) => {
      await page.goto(url);
      await expect(page.locator('color-mode-toggle button').first()).toBeAttached();
      await expect(page.locator('color-mode-toggle button')).toHaveCount(2); // navbar and phone menu
      for (const button of await page.locator('color-mode-toggle button').all()) await expect(button).toBeHidden();
      await expect(page.locator('search-box form')).toBeHidden();
      await expectNoControlDefined(page);
      // No script sets data-theme: the build's copies of the themes' rules (withThemesWithoutScriptAndInPrint) follow the system.
      await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      const dark = await colours(page);
      expect(dark.scheme).toBe('dark');
      // Without motion, the colours change at once rather than over Infima's transitions.
      await page.emulateMedia({colorScheme: 'light', reducedMotion: 'reduce'});
      const light = await colours(page);
      expect(light.scheme).toBe('light');
      expect(dark).not.toEqual(light);
      // The same colours as the theme Docusaurus's script sets, with JavaScript, on the same system.
      for (const [scheme, colors] of [
        ['dark', dark],
        ['light', light],
      ] as const) {
        const withJs = await browser.newPage({baseURL, colorScheme: scheme, javaScriptEnabled: true});
        try {
          await withJs.goto(url);
          await expect(withJs.locator('html')).toHaveAttribute('data-theme', scheme);
          expect(await colours(withJs), scheme).toEqual(colors);
        } finally {
          await withJs.close();
        }
      }
    });
  });

  // Chromium refuses to prerender while DevTools drives it (PrerenderingDisabledByDevTools) and prefetches instead.
  test(`${locale}: a hovered link is prerendered or prefetched, and opens from that copy`, async ({page}) => {
    await gotoInteractive(page, url);
    expect(await page.evaluate(() => HTMLScriptElement.supports?.('speculationrules'))).toBe(true);
    const link = page.locator('.theme-doc-sidebar-menu a').last();
    const href = await link.getAttribute('href');
    await link.hover();
    await page.waitForTimeout(1000);
    await link.click();
    await expect(page).toHaveURL((u) => u.pathname === href);
    const timing = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & {
        activationStart: number;
        deliveryType: string;
      };
      return {activationStart: entry.activationStart, deliveryType: entry.deliveryType};
    });
    expect(
      timing.activationStart > 0 || timing.deliveryType === 'navigational-prefetch',
      `prerendered or prefetched: ${JSON.stringify(timing)}`,
    ).toBe(true);
  });
}
