import {expect, test} from '@playwright/test';
import {sources, type SourceId} from '../../src/data/sources';
import {components, frontMatterOf, locales, pathOf, sitePages} from './site';

for (const locale of locales) {
  for (const {slug, doc} of sitePages) {
    const url = pathOf(locale, slug);
    test(`${locale} ${url}: ends with its sources, each linked, dated, and when they were checked`, async ({page}) => {
      const cited = frontMatterOf(doc[locale].file).sources as SourceId[];
      await page.goto(url);
      const headings = page.locator('article :is(h2, h3)[id]');
      await expect(headings.last(), 'the last section is #sources').toHaveAttribute('id', 'sources');
      const items = page.locator('#sources + ol > li');
      await expect(items).toHaveCount(cited.length);
      for (const [i, id] of cited.entries()) {
        const link = items.nth(i).getByRole('link');
        await expect(link).toHaveAttribute('href', sources[id].link);
        await expect(link).toHaveText(sources[id].title);
        await expect(items.nth(i)).toContainText(sources[id].date.slice(0, 4)); // the version's year, written out in the page's language
      }
      await expect(page.locator('#sources ~ p').first()).toContainText('2026');
    });

    for (const javaScript of [true, false]) {
      test(`${locale} ${url}: every citation lands on its entry of the Sources list, named after it (JavaScript ${javaScript ? 'on' : 'off'})`, async ({
        browser,
      }) => {
        const context = await browser.newContext({javaScriptEnabled: javaScript});
        const page = await context.newPage();
        const cited = frontMatterOf(doc[locale].file).sources as SourceId[];
        await page.goto(url);
        const marks = page.locator('article sup a[href^="#source-"]');
        const count = await marks.count();
        expect(count, 'the page cites its sources where its claims stand').toBeGreaterThanOrEqual(cited.length);
        const template = components(locale).sources.citation;
        const seen = new Set<string>();
        for (let i = 0; i < count; i++) {
          const mark = marks.nth(i);
          const id = (await mark.getAttribute('href'))!.slice('#source-'.length) as SourceId;
          const number = cited.indexOf(id) + 1;
          expect(number, `citation #${i + 1} (${id}) is an entry of the page's list`).toBeGreaterThan(0);
          seen.add(id);
          await expect(mark).toHaveText(`[${number}]`);
          const name = template.replace('{{number}}', String(number)).replace('{{title}}', sources[id].title);
          // French spacing turns the typed space before the colon into a no-break one.
          await expect(mark).toHaveAccessibleName(locale === 'fr' ? name.replace(' :', '\u00a0:') : name);
          await expect(page.locator(`#sources + ol > li:nth-child(${number})`)).toHaveAttribute('id', `source-${id}`);
        }
        expect([...seen].sort(), 'every listed source is cited somewhere on the page').toEqual([...cited].sort());
        // Following one lands on its entry, in view.
        const first = marks.first();
        const target = (await first.getAttribute('href'))!;
        await first.click();
        await expect(page).toHaveURL(new RegExp(`${target}$`));
        await expect(page.locator(target)).toBeInViewport();
        await context.close();
      });
    }
  }
}

test('the legacy anchor of the 2021 article still lands on the overview, in both languages', async ({page}) => {
  for (const locale of locales) {
    await page.goto(`${pathOf(locale, '/')}#backup-solutions-for-azure-vmware-solution-virtual-machines-vms`);
    const heading = page.locator('#backup-solutions-for-azure-vmware-solution-virtual-machines-vms');
    await expect(heading).toBeInViewport();
    await expect(heading).toHaveText(/Azure VMware Solution/);
  }
});
