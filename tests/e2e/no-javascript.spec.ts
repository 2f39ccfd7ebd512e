import {expect, test} from '@playwright/test';
import {
  articleText,
  components,
  expectNoControlDefined,
  expectSwitchToTwin,
  locales,
  otherLocale,
  partners,
  pathOf,
  sitePages,
} from './site';

test.use({javaScriptEnabled: false});

for (const locale of locales) {
  const target = otherLocale(locale);
  for (const {slug, doc} of sitePages) {
    const url = pathOf(locale, slug);
    test(`${locale} ${url} without JavaScript: full text, partner cards, working language links`, async ({page, browser, baseURL}) => {
      // The same page with JavaScript, as the reference for "full text".
      const withJs = await browser.newPage({baseURL});
      await withJs.goto(url);
      const fullText = await articleText(withJs);
      await withJs.close();

      await page.goto(url);
      await expectNoControlDefined(page);
      await expect(page.locator('h1')).toHaveText(doc[locale].title);
      expect(await articleText(page)).toBe(fullText);
      for (const id of doc[locale].headingIds) await expect(page.locator(`[id="${id}"]`)).toBeVisible();

      if (slug === '/backup-partners') {
        const cards = page.getByRole('list', {name: components(locale).partnerList.label}).getByRole('listitem');
        await expect(cards).toHaveCount(partners.length);
        for (const [i, partner] of partners.entries()) {
          await expect(cards.nth(i).locator('a[rel="external"]')).toHaveAttribute('href', partner.link);
          await expect(cards.nth(i).locator('a[rel="external"]')).toBeVisible();
        }
      }

      await expectSwitchToTwin(page, locale, target, slug, doc[target]);
    });
  }
}
