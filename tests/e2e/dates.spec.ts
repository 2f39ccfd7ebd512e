import {expect} from '@playwright/test';
import {LOCALES} from '../../site-facts.mjs';
import {locales, pathOf, sitemapSlugs, test} from './site';

/**
 * Every date a page shows (<time>: the last update of a page, the entries of the list of changes)
 * is written as the site writes dates (src/i18n formatDate, through the ejected LastUpdated and
 * BlogPostItem/Header/Info): in French typography, the first day of a month is « 1er », never
 * Intl's « 1 ».
 */
for (const locale of locales) {
  test(`${locale}: the dates of every page, with the first of a month as the locale writes it`, async ({request}) => {
    const times: {url: string; datetime: string; text: string}[] = [];
    for (const url of sitemapSlugs(locale).map((slug) => pathOf(locale, slug))) {
      const html = await (await request.get(url)).text();
      for (const [, datetime = '', text = ''] of html.matchAll(/<time datetime="?([^"> ]+)"?>([^<]*)<\/time>/g))
        times.push({url, datetime, text});
    }
    expect(times.length, 'the pages show dates').toBeGreaterThan(0);
    const firsts = times.filter((t) => t.datetime.slice(8, 10) === '01');
    expect(firsts.length, 'a date on the first of a month, to check').toBeGreaterThan(0);
    for (const {url, text} of firsts) {
      if (LOCALES[locale].frenchTypography) expect(text, url).toMatch(/^1er /);
      else expect(text, url).toMatch(/\b1, \d{4}$/);
    }
  });
}
