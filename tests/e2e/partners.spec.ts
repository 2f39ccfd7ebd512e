import {expect, test} from '@playwright/test';
import {components, expectLanguage, locales, partnerTexts, partners, partnersPage, pathOf} from './site';

for (const locale of locales) {
  const url = pathOf(locale, partnersPage.slug);

  test(`${locale} ${url}: each card names its partner and links to its page, saying it leaves the site`, async ({page}) => {
    await page.goto(url);
    const cards = page.getByRole('list', {name: components(locale).partnerList.label}).getByRole('listitem');
    await expect(cards).toHaveCount(partners.length);
    for (const [i, partner] of partners.entries()) {
      const card = cards.nth(i);
      await expect(card.getByRole('heading', {level: 3})).toHaveText(partner.name);
      // The partner's link (the card's other links are its citation marks).
      const link = card.locator('a[rel="external"]');
      await expect(link).toHaveAttribute('href', partner.link);
      // The fact sheets do not say what language each partner's page is in today.
      await expect(link).not.toHaveAttribute('hreflang');
      const name = `${partnerTexts(locale)[partner.id].linkText.replace('{{name}}', partner.name)} ${components(locale).partnerCard.leavesSite}`;
      await expect(link).toHaveAccessibleName(name);
      expect(name).toContain(partner.name);
      expectLanguage(await card.innerText(), locale, `the ${partner.name} card`);
      if ((await link.getAttribute('target')) === '_blank') {
        // A new tab must not get a handle on this page, and the reader must be told.
        await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
        await expect(link).toHaveAccessibleName(locale === 'fr' ? /nouvel onglet/ : /new tab/);
      } else {
        await expect(link).not.toHaveAttribute('target');
      }
    }
  });

  for (const partner of partners) {
    test(`${locale} ${url}: following the ${partner.name} link goes to ${partner.link}`, async ({page, context, baseURL}) => {
      // No internet here: answer every request that leaves this site with a stand-in page.
      const left: string[] = [];
      await context.route(
        (u) => u.origin !== new URL(baseURL!).origin,
        (route) => {
          left.push(route.request().url());
          return route.fulfill({contentType: 'text/html', body: '<!doctype html><title>Partner</title><p>Partner page'});
        },
      );
      await page.goto(url);
      expect(left, 'nothing leaves the site before the click').toEqual([]);
      await page.getByRole('link', {name: partner.name}).click();
      await expect(page).toHaveURL(partner.link);
      expect(left).toEqual([partner.link]);
    });
  }
}
