import {expect} from '@playwright/test';
import {
  articleText,
  changesPages,
  expectLanguage,
  gotoInteractive,
  expectStrictScriptPolicy,
  htmlLang,
  locales,
  pathOf,
  siteTitle,
  sitemapSlugs,
  sitePages,
  noProblems,
  test,
} from './site';

test('the built sitemaps list every page of the sources, and every heading ID exists in both languages', () => {
  // The guide's pages, and the list of changes with its entries (changes.spec.ts reads those).
  const expected = [...sitePages, ...changesPages].map((p) => p.slug).sort();
  for (const locale of locales) expect(sitemapSlugs(locale), `${locale} sitemap`).toEqual(expected);
  for (const {slug, doc} of sitePages) {
    expect(doc.en.headingIds, `heading IDs of ${slug}: ${doc.en.file} vs ${doc.fr.file}`).toEqual(doc.fr.headingIds);
  }
  // The legacy anchor older links point at.
  expect(sitePages.find((p) => p.slug === '/')?.doc.fr.headingIds).toContain(
    'backup-solutions-for-azure-vmware-solution-virtual-machines-vms',
  );
});

/** The scripts a page may load: the islands (plugins/islands.ts), and Pagefind once the reader searches. */
const OUR_SCRIPTS = /^\/(en\/)?assets\/islands\/[\w-]+\.js$/;

for (const locale of locales) {
  for (const {slug, doc} of sitePages) {
    const {title, description, headingIds} = doc[locale];
    test(`${locale} ${pathOf(locale, slug)} reads in its language, from this site only`, async ({page, problems}) => {
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
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
      // HTML first: no React, router or i18next bundle, nothing preloaded; the islands only.
      expect(scripts.length, 'the islands entry loads').toBeGreaterThan(0);
      expect(
        scripts.filter((s) => !OUR_SCRIPTS.test(s)),
        'scripts other than the islands',
      ).toEqual([]);
      const preloads = await page.locator('link[rel="preload"], link[rel="modulepreload"], link[rel="prefetch"]').count();
      expect(preloads, 'preloaded resources').toBe(0);
      expect(problems).toEqual(noProblems);
    });
  }
}

for (const {slug} of sitePages) {
  test(`${slug}: the labels screen readers announce are translated (no label identical in French and English)`, async ({page}) => {
    const labels = {fr: new Set<string>(), en: new Set<string>()};
    for (const locale of locales) {
      await page.goto(pathOf(locale, slug));
      const values = await page
        .locator('[aria-label], [title]')
        .evaluateAll((els) =>
          els.flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title')]).filter((v): v is string => Boolean(v)),
        );
      values.forEach((v) => labels[locale].add(v));
    }
    expect([...labels.fr].filter((label) => labels.en.has(label))).toEqual([]);
  });
}
