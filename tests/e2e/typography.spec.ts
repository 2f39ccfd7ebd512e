import {expect, test} from '@playwright/test';
import {frenchSpacingFaults} from '../../src/typography/french-spacing';
import {changesPages, pathOf, sitePages} from './site';

/**
 * Every French text a reader sees or hears has its no-break spaces: the page's text (navbar,
 * sidebar, article, cards, diagram labels, footer), its title and description, and the labels of
 * its controls. The build puts them in (src/typography/french-spacing.ts); this proves it on every
 * page, with and without JavaScript.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({javaScriptEnabled});
    for (const {slug} of [...sitePages, ...changesPages, {slug: '/no-such-page'}]) {
      const url = pathOf('fr', slug);
      test(`fr ${url}: no plain space before ; : ! ? » or after «`, async ({page}) => {
        await page.goto(url);
        const texts = await page.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const found: string[] = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement?.closest('script, style, code, pre')) found.push(node.textContent ?? '');
          }
          for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) found.push(el.getAttribute(name) ?? '');
          }
          return found;
        });
        expect(texts.join(' ').length, 'the page has text').toBeGreaterThan(200);
        expect(texts.flatMap((text) => frenchSpacingFaults(text))).toEqual([]);
      });
    }
  });
}
