import {expect, test, type Page} from '@playwright/test';
import {locales, partners, pathOf, sitePages} from './site';

/** What the reader sees of the focused element: which one it is, and whether focus shows. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      // Its place in the document as well: a page has several identical citation marks.
      what: `${[...document.querySelectorAll('*')].indexOf(el)} ${el.outerHTML.slice(0, 120)}`,
      href: el.getAttribute('href'),
      skipLink: el.closest('[class*="skipToContent"]') !== null,
      languageSwitcher: el.getAttribute('popovertarget') === 'language-menu',
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      ring: style.boxShadow !== 'none',
      onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

for (const locale of locales) {
  for (const {slug} of sitePages) {
    const url = pathOf(locale, slug);
    test(`${locale} ${url}: Tab reaches the skip link, the language switcher and the partner links in order, focus always visible`, async ({
      page,
    }) => {
      await page.goto(url);
      const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
      // Enough for the longest page: every citation mark is a stop too.
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        if (!stop || stops.some((s) => s.what === stop.what)) break; // left the page or came round again
        stops.push(stop);
      }
      expect(stops[0]?.skipLink, 'the first Tab lands on the skip link').toBe(true);
      const switcher = stops.findIndex((s) => s.languageSwitcher);
      expect(switcher, 'the language switcher is reached early, in the navbar').toBeGreaterThan(0);
      const isPartnerLink = (href: string | null) => partners.some((p) => p.link === href);
      const partnerStops = stops.map((s) => s.href).filter(isPartnerLink);
      expect(partnerStops, 'partner links, once each, in catalog order').toEqual(
        slug === '/backup-partners' ? partners.map((p) => p.link) : [],
      );
      if (partnerStops.length)
        expect(
          stops.findIndex((s) => isPartnerLink(s.href)),
          'partner links come after the navbar',
        ).toBeGreaterThan(switcher);
      const unseen = stops.filter((s) => !(s.outline || s.ring) || !s.onScreen).map((s) => s.what);
      expect(unseen, 'every focused element is on screen with a visible focus indicator').toEqual([]);
    });
  }
}
