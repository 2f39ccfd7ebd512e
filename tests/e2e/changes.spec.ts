import {expect, type Page} from '@playwright/test';
import {
  changesPages,
  expectLanguage,
  expectPageReads,
  expectSwitchToTwin,
  feedsOf,
  gotoInteractive,
  htmlLang,
  type Locale,
  locales,
  noProblems,
  otherLocale,
  expectIslandsOnly,
  expectNoControlDefined,
  watchScripts,
  pathOf,
  sitePages,
  test,
} from './site';

/**
 * The list of changes (plugins/changes.ts): its pages read like every other page (status, lang,
 * one h1, title and description, controls' scripts only), work without JavaScript, switch to their twin,
 * and every page of the site announces the feeds of its own language, which exist and list every
 * entry.
 */
const [list, ...entries] = changesPages;
const mainText = async (page: Page): Promise<string> => (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
const feedTitles: Record<Locale, {rss: RegExp; atom: RegExp}> = {
  fr: {rss: /^Nouveautés du guide \(flux RSS\)$/, atom: /^Nouveautés du guide \(flux Atom\)$/},
  en: {rss: /^What’s new in the guide \(RSS feed\)$/, atom: /^What’s new in the guide \(Atom feed\)$/},
};

test('the list of changes has entries in both languages', () => {
  expect(list?.slug).toBe('/changes');
  expect(entries.length).toBeGreaterThan(0);
});

for (const locale of locales) {
  const target = otherLocale(locale);
  for (const {slug, doc} of changesPages) {
    const url = pathOf(locale, slug);
    const {title} = doc[locale];

    test(`${locale} ${url} reads in its language, from this site only`, async ({page, problems}) => {
      const scripts = watchScripts(page);
      const response = await gotoInteractive(page, url);
      await expectPageReads(page, response, locale, doc[locale]);
      expectLanguage(await mainText(page), locale, `text of ${url}`);
      await expectIslandsOnly(page, scripts);
      expect(problems).toEqual(noProblems);
    });

    test(`${locale} ${url} without JavaScript: the same text, its sources, and the language link to its twin`, async ({
      browser,
      baseURL,
    }) => {
      const withJs = await browser.newPage({baseURL});
      await withJs.goto(url);
      const fullText = await mainText(withJs);
      await withJs.close();

      const context = await browser.newContext({baseURL, javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(url);
      await expectNoControlDefined(page);
      await expect(page.locator('h1')).toHaveText(title);
      expect(await mainText(page)).toBe(fullText);
      // Each entry shows its sources (src/components/ChangeSources): on its page, and each one on the list.
      const sourceLists = page.locator('main section[aria-label] ol');
      await expect(sourceLists).toHaveCount(slug === list!.slug ? entries.length : 1);
      for (const link of await sourceLists.locator('a').all()) await expect(link).toHaveAttribute('href', /^https:\/\//);

      await expectSwitchToTwin(page, locale, target, slug, doc[target]);
      await context.close();
    });
  }

  test(`${locale}: the list links each entry, newest first, and its two feeds`, async ({page}) => {
    await page.goto(pathOf(locale, list!.slug));
    const titles = page.locator('main article h2');
    await expect(titles).toHaveText(entries.map((e) => e.doc[locale].title));
    for (const [i, entry] of entries.entries()) {
      await expect(titles.nth(i).getByRole('link')).toHaveAttribute('href', pathOf(locale, entry.slug));
    }
    const feeds = feedsOf(locale);
    await expect(page.locator(`main header a[href="${feeds.rss}"]`)).toBeVisible();
    await expect(page.locator(`main header a[href="${feeds.atom}"]`)).toBeVisible();
  });

  test(`${locale}: every page announces the feeds of its language in its head, and the footer links the list`, async ({page}) => {
    const feeds = feedsOf(locale);
    for (const {slug} of [...sitePages, ...changesPages]) {
      await page.goto(pathOf(locale, slug));
      const alternates = page.locator('head link[rel="alternate"][type$="+xml"]');
      await expect(alternates, `${pathOf(locale, slug)}: the feed links`).toHaveCount(2);
      for (const [kind, type] of [
        ['rss', 'application/rss+xml'],
        ['atom', 'application/atom+xml'],
      ] as const) {
        const feed = page.locator(`head link[rel="alternate"][type="${type}"]`);
        await expect(feed).toHaveAttribute('href', feeds[kind]);
        // Not a translation of the page: no hreflang (the feed says its language itself).
        await expect(feed).not.toHaveAttribute('hreflang');
        await expect(feed).toHaveAttribute('title', feedTitles[locale][kind]);
      }
      await expect(page.locator(`footer a[href="${pathOf(locale, list!.slug)}"]`)).toHaveText(list!.doc[locale].title);
    }
  });

  test(`${locale}: the RSS and Atom feeds exist, in the page's language, with every entry`, async ({request}) => {
    const feeds = feedsOf(locale);
    const rss = await request.get(feeds.rss);
    expect(rss.status()).toBe(200);
    expect(rss.headers()['content-type']).toMatch(/xml/);
    const rssText = await rss.text();
    expect(rssText).toContain(`<language>${htmlLang(locale)}</language>`);
    const atom = await request.get(feeds.atom);
    expect(atom.status()).toBe(200);
    expect(atom.headers()['content-type']).toMatch(/xml/);
    const atomText = await atom.text();
    expect(atomText).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    for (const entry of entries) {
      // The feeds carry production addresses (site-facts.mjs), the path is the page's.
      const item = new RegExp(`<link>https://[^<]+${pathOf(locale, entry.slug)}</link>`);
      expect(rssText, `${feeds.rss}: ${entry.slug}`).toMatch(item);
      expect(atomText, `${feeds.atom}: ${entry.slug}`).toContain(`${pathOf(locale, entry.slug)}"/>`);
      expect(rssText).toContain(`<title><![CDATA[${entry.doc[locale].title}]]></title>`);
    }
  });
}
