import {expect, test} from '@playwright/test';
import {frenchSpacingFaults, straightApostrophes} from '../../src/typography/french-spacing';
import {changesPages, htmlLang, pathOf, sitePages} from './site';

/**
 * Every French text a reader sees or hears follows French typography: its no-break spaces (before
 * ; : ! ? », after «, in numbers and before units) and its apostrophes (’, never '). Checked in the
 * page's text (navbar, sidebar, article, cards, diagram labels, footer), its title and description,
 * and the labels of its controls. The build puts the spaces in (src/typography/french-spacing.ts);
 * this proves it on every page, with and without JavaScript. Code, and text in another language
 * (an English source title, marked with its `lang`), are left out.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({javaScriptEnabled});
    for (const {slug} of [...sitePages, ...changesPages, {slug: '/no-such-page'}]) {
      const url = pathOf('fr', slug);
      test(`fr ${url}: French spacing and apostrophes`, async ({page}) => {
        await page.goto(url);
        const texts = await page.evaluate(() => {
          const french = (el: Element | null | undefined): boolean =>
            !el?.closest('[lang]') || el.closest('[lang]')!.getAttribute('lang')!.startsWith('fr');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const found: string[] = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement?.closest('script, style, code, pre') && french(node.parentElement)) found.push(node.textContent ?? '');
          }
          for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
            if (!french(el)) continue;
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) found.push(el.getAttribute(name) ?? '');
          }
          return found;
        });
        expect(texts.join(' ').length, 'the page has text').toBeGreaterThan(200);
        expect(
          texts.flatMap((text) => frenchSpacingFaults(text)),
          'plain spaces where French puts no-break ones',
        ).toEqual([]);
        expect(
          texts.flatMap((text) => straightApostrophes(text)),
          'straight apostrophes (French writes ’)',
        ).toEqual([]);
      });
    }
  });
}

test('fr: numbers and units are spaced the French way in the built page', async ({page}) => {
  // docs/azure-backup-server.md is written "120 To" and "9 999" with ordinary spaces.
  await page.goto(pathOf('fr', '/azure-backup-server'));
  const text = await page.locator('article').innerText();
  expect(text).toContain('120\u00a0To');
  expect(text).toContain('9\u202f999');
});

test('en: the French title that the footer quotes is marked as French', async ({page}) => {
  await page.goto(pathOf('en', '/'));
  const title = page.locator('footer [lang="fr"]');
  await expect(title).toHaveText('Solutions de sauvegarde pour les machines virtuelles Azure VMware Solution');
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang('en'));
});
