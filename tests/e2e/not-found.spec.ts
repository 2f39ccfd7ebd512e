import {expect, test} from '@playwright/test';
import {expectStrictScriptPolicy, htmlLang, locales, pathOf, siteTitle, themeText, watchProblems} from './site';

for (const locale of locales) {
  const url = pathOf(locale, '/no-such-page/really');
  test(`${locale} ${url} shows the 404 page in its language`, async ({page, baseURL}) => {
    const problems = await watchProblems(page, baseURL!);
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    expectStrictScriptPolicy(response);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
    await expect(page.locator('h1')).toHaveText(themeText(locale, 'theme.NotFound.title'));
    await expect(page).toHaveTitle(`${themeText(locale, 'theme.NotFound.title')} | ${siteTitle(locale)}`);
    await expect(page.getByText(themeText(locale, 'theme.NotFound.p1'))).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems.cspViolations).toEqual([]);
  });
}
