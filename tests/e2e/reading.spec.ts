import {expect} from '@playwright/test';
import {
  articleText,
  changesPages,
  expectLanguage,
  expectPageReads,
  gotoInteractive,
  locales,
  noProblems,
  expectIslandsOnly,
  watchScripts,
  pathOf,
  sitemapSlugs,
  sitePages,
  test,
} from './site';

// That every locale has the default locale's heading IDs is the content checks' (scripts/content-checks/pages.ts);
// each page's test below checks that the built page has the IDs of its source.
test('the built sitemaps list every page of the sources', () => {
  // The guide's pages, and the list of changes with its entries (changes.spec.ts reads those).
  const expected = [...sitePages, ...changesPages].map((p) => p.slug).sort();
  for (const locale of locales) expect(sitemapSlugs(locale), `${locale} sitemap`).toEqual(expected);
  // The legacy anchor older links point at.
  expect(sitePages.find((p) => p.slug === '/')?.doc.fr.headingIds).toContain(
    'backup-solutions-for-azure-vmware-solution-virtual-machines-vms',
  );
});

for (const locale of locales) {
  for (const {slug, doc} of sitePages) {
    const {headingIds} = doc[locale];
    test(`${locale} ${pathOf(locale, slug)} reads in its language, from this site only`, async ({page, problems}) => {
      const scripts = watchScripts(page);
      const response = await gotoInteractive(page, pathOf(locale, slug));
      await expectPageReads(page, response, locale, doc[locale]);
      expectLanguage(await articleText(page), locale, `text of ${pathOf(locale, slug)}`);
      const ids = await page.locator('article :is(h2, h3, h4, h5, h6)[id]').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids, 'heading IDs of the page').toEqual(headingIds);
      await expectIslandsOnly(page, scripts);
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
