import {expect} from '@playwright/test';
import {expectNotFoundPage, expectStrictScriptPolicy, htmlLang, locales, pathOf, siteTitle, themeText, test} from './site';

for (const locale of locales) {
  const url = pathOf(locale, '/no-such-page/really');
  test(`${locale} ${url} shows the 404 page in its language`, async ({page, problems}) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    expectStrictScriptPolicy(response);
    await expectNotFoundPage(page, locale);
    await page.waitForLoadState('networkidle');
    expect(problems.cspViolations).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  const url = pathOf('en', '/no-such-page/really');
  test(`${url} offers both languages, each marked and linked to its home`, async ({page}) => {
    expect((await page.goto(url))?.status()).toBe(404);
    for (const locale of locales) {
      const section = page.locator(`section[lang="${htmlLang(locale)}"]`);
      await expect(section.getByRole('heading')).toHaveText(themeText(locale, 'theme.NotFound.title'));
      await expect(section.getByText(themeText(locale, 'theme.NotFound.p1'))).toBeVisible();
      await expect(section.getByRole('link', {name: siteTitle(locale), exact: true})).toHaveAttribute('href', pathOf(locale, '/'));
    }
  });
});
