import {expect, test, type Page} from '@playwright/test';
import {articleText, expectLanguage, gotoInteractive, expectStrictScriptPolicy, htmlLang, locales, pathOf, siteTitle, sitemapSlugs, sitePages, noProblems, watchProblems} from './site';

test('both sitemaps list the same pages, and every heading ID exists in both languages', () => {
  expect(sitemapSlugs('en')).toEqual(sitemapSlugs('fr'));
  for (const {slug, doc} of sitePages) {
    expect(doc.en.headingIds, `heading IDs of ${slug}: ${doc.en.file} vs ${doc.fr.file}`).toEqual(doc.fr.headingIds);
  }
  // The legacy anchor older links point at.
  expect(sitePages.find((p) => p.slug === '/')?.doc.fr.headingIds).toContain('backup-solutions-for-azure-vmware-solution-virtual-machines-vms');
});

/**
 * Records when the first bundle (…/assets/js/) enters the page (performance.now() time). The
 * template boots the JavaScript only after the first contentful paint (src/ssr-template.ts);
 * a `<script defer>` in the head would be recorded while the HTML is still being parsed.
 */
async function watchBoot(page: Page): Promise<() => Promise<number | undefined>> {
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      const added = records.flatMap((r) => Array.from(r.addedNodes));
      if (added.some((n) => n instanceof HTMLScriptElement && n.src.includes('/assets/js/'))) {
        (window as Window & {bootedAt?: number}).bootedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, {childList: true, subtree: true});
  });
  return () => page.evaluate(() => (window as Window & {bootedAt?: number}).bootedAt);
}

for (const locale of locales) {
  for (const {slug, doc} of sitePages) {
    const {title, description, headingIds} = doc[locale];
    test(`${locale} ${pathOf(locale, slug)} reads in its language, from this site only`, async ({page, baseURL}) => {
      const problems = await watchProblems(page, baseURL!);
      const bootedAt = await watchBoot(page);
      const response = await gotoInteractive(page, pathOf(locale, slug));
      expect(response?.status()).toBe(200);
      expectStrictScriptPolicy(response);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page).toHaveTitle(`${title} | ${siteTitle(locale)}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
      expectLanguage(`${title}. ${description}`, locale, `title and description of ${doc[locale].file}`);
      expectLanguage(await articleText(page), locale, `text of ${pathOf(locale, slug)}`);
      const ids = await page.locator('article :is(h2, h3, h4, h5, h6)[id]').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids, 'heading IDs of the page').toEqual(headingIds);
      await page.waitForLoadState('networkidle');
      const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
      expect(firstPaint, 'first contentful paint').toBeGreaterThan(0);
      expect(await bootedAt(), 'the bundles start after the first contentful paint').toBeGreaterThan(firstPaint!);
      expect(problems).toEqual(noProblems);
    });
  }
}

for (const {slug} of sitePages) {
  test(`${slug}: the labels screen readers announce are translated (no label identical in French and English)`, async ({page}) => {
    const labels = {fr: new Set<string>(), en: new Set<string>()};
    for (const locale of locales) {
      await page.goto(pathOf(locale, slug));
      const values = await page.locator('[aria-label], [title]').evaluateAll((els) =>
        els.flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title')]).filter((v): v is string => Boolean(v)),
      );
      values.forEach((v) => labels[locale].add(v));
    }
    expect([...labels.fr].filter((label) => labels.en.has(label))).toEqual([]);
  });
}
