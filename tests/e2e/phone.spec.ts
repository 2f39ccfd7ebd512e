import {expect, test} from '@playwright/test';
import {htmlLang, locales, otherLocale, pathOf, sitePages, themeText, gotoInteractive} from './site';

test.use({viewport: {width: 360, height: 740}, hasTouch: true});

for (const locale of locales) {
  const target = otherLocale(locale);
  for (const {slug} of sitePages) {
    const url = pathOf(locale, slug);
    test(`${locale} ${url} at 360 px: no horizontal scrolling, and the navbar menu offers the language switch`, async ({page}) => {
      await gotoInteractive(page, url);
      const width = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth}));
      expect(width.scroll, 'page width vs screen width').toBeLessThanOrEqual(width.view);

      await page.getByRole('button', {name: themeText(locale, 'theme.docs.sidebar.toggleSidebarButtonAriaLabel')}).click();
      const menu = page.locator('.navbar-sidebar');
      // Every page is a docs page: the menu opens on the page list, and "back" leads to the main menu.
      await menu.getByRole('button', {name: themeText(locale, 'theme.navbar.mobileSidebarSecondaryMenu.backButtonLabel')}).click();
      await menu.getByRole('button', {name: themeText(locale, 'theme.navbar.mobileLanguageDropdown.label'), exact: true}).click();
      const other = menu.locator(`a[lang="${htmlLang(target)}"]`);
      await other.click();
      await expect(page).toHaveURL((u) => u.pathname === pathOf(target, slug));
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(target));
    });
  }
}
