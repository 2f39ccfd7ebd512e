/**
 * The phone menu (src/theme/Navbar/MobileSidebar): a popover that the browser opens and closes,
 * so it works the same with JavaScript on and off.
 */
import {expect, test, type Page} from '@playwright/test';
import {htmlLang, locales, otherLocale, pathOf, sitePages, themeText, type Locale} from './site';

test.use({viewport: {width: 360, height: 740}, hasTouch: true});

const menuButton = (page: Page, locale: Locale) =>
  page.locator('nav.navbar').getByRole('button', {name: themeText(locale, 'theme.docs.sidebar.toggleSidebarButtonAriaLabel'), exact: true});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({javaScriptEnabled});
    for (const locale of locales) {
      const target = otherLocale(locale);
      for (const {slug} of sitePages) {
        const url = pathOf(locale, slug);
        test(`${locale} ${url} at 360 px: no horizontal scrolling; the menu lists the pages and the languages`, async ({page}) => {
          await page.goto(url);
          const width = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            view: document.documentElement.clientWidth,
          }));
          expect(width.scroll, 'page width vs screen width').toBeLessThanOrEqual(width.view);

          const menu = page.locator('#phone-menu');
          await expect(menu).toBeHidden();
          await menuButton(page, locale).tap();
          await expect(menu).toBeVisible();
          // The site's pages, as the page's sidebar lists them, this one marked as the current page.
          const linksOf = (selector: string) =>
            page.locator(selector).evaluateAll((links) => links.map((a) => `${a.textContent?.trim()} → ${a.getAttribute('href')}`));
          const sidebar = await linksOf('.theme-doc-sidebar-menu a');
          expect(sidebar.length).toBe(sitePages.length);
          expect(await linksOf('#phone-menu .menu__list:first-of-type a')).toEqual(sidebar);
          await expect(menu.locator('a[aria-current="page"]')).toHaveAttribute('href', url);

          // Closed by Escape, by its close button, and by a second press of the menu button.
          await page.keyboard.press('Escape');
          await expect(menu).toBeHidden();
          await menuButton(page, locale).tap();
          await menu.getByRole('button', {name: themeText(locale, 'theme.docs.sidebar.closeSidebarButtonAriaLabel')}).tap();
          await expect(menu).toBeHidden();
          await menuButton(page, locale).focus();
          await page.keyboard.press('Enter');
          await expect(menu).toBeVisible();
          await page.keyboard.press('Enter');
          await expect(menu).toBeHidden();

          // The other language's link leads to this page in that language.
          await menuButton(page, locale).tap();
          await menu.locator(`a[lang="${htmlLang(target)}"]`).tap();
          await expect(page).toHaveURL((u) => u.pathname === pathOf(target, slug));
          await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(target));
        });
      }
    }
  });
}
