import {expect, test, type Page} from '@playwright/test';
import {
  htmlLang,
  isOpen,
  languageSwitcher,
  pressUntilFocused,
  locales,
  otherLocale,
  pathOf,
  sitePages,
  type Locale,
  gotoInteractive,
} from './site';

/** Expects the page to be `slug` in `locale`, at the right section if `id` is given. */
async function expectTwin(page: Page, locale: Locale, slug: string, id?: string) {
  await expect(page).toHaveURL((url) => url.pathname + url.hash === pathOf(locale, slug) + (id ? `#${id}` : ''));
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
  if (id) await expect(page.locator(`[id="${id}"]`), `section #${id}`).toBeInViewport();
}

for (const locale of locales) {
  const target = otherLocale(locale);
  for (const {slug, doc} of sitePages) {
    const from = pathOf(locale, slug);

    test(`${locale} ${from}: a click switches to the ${target} twin, from the page and from each section`, async ({page}) => {
      // One page load and one switch per section: the default 30 s are for one or two.
      test.setTimeout(15_000 * (doc[locale].headingIds.length + 1));
      for (const id of [undefined, ...doc[locale].headingIds]) {
        await test.step(id ? `#${id}` : 'top of page', async () => {
          await gotoInteractive(page, id ? `${from}#${id}` : from);
          const {toggle, link} = languageSwitcher(page, locale, target);
          await toggle.click();
          await link.click();
          await expectTwin(page, target, slug, id);
        });
      }
    });

    test(`${locale} ${from}: the keyboard switches to the ${target} twin, from the page and from a section`, async ({page}) => {
      const section = doc[locale].headingIds.at(-1);
      for (const id of [undefined, section]) {
        await test.step(id ? `#${id}` : 'top of page', async () => {
          await gotoInteractive(page, id ? `${from}#${id}` : from);
          const {toggle, menu, link} = languageSwitcher(page, locale, target);
          // From the top, Tab forward; from a section (where sequential focus starts), Shift+Tab back up.
          // From the last section, Shift+Tab goes back up through every link above it, citation marks included.
          await pressUntilFocused(page, id ? 'Shift+Tab' : 'Tab', toggle, 250);
          await page.keyboard.press('Enter');
          expect(await isOpen(menu), 'Enter opens the menu').toBe(true);
          await expect(link).toBeVisible();
          await pressUntilFocused(page, 'Tab', link);
          await page.keyboard.press('Enter');
          await expectTwin(page, target, slug, id);
        });
      }
    });
  }
}
