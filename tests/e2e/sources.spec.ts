import {expect, test} from '@playwright/test';
import {sources, type SourceId} from '../../src/data/sources';
import {frontMatterOf, locales, pathOf, sitePages} from './site';

for (const locale of locales) {
  for (const {slug, doc} of sitePages) {
    const url = pathOf(locale, slug);
    test(`${locale} ${url}: ends with its sources, each linked, dated, and when they were checked`, async ({page}) => {
      const cited = frontMatterOf(doc[locale].file).sources as SourceId[];
      await page.goto(url);
      const headings = page.locator('article :is(h2, h3)[id]');
      await expect(headings.last(), 'the last section is #sources').toHaveAttribute('id', 'sources');
      const items = page.locator('#sources + ul > li');
      await expect(items).toHaveCount(cited.length);
      for (const [i, id] of cited.entries()) {
        const link = items.nth(i).getByRole('link');
        await expect(link).toHaveAttribute('href', sources[id].link);
        await expect(link).toHaveText(sources[id].title);
        await expect(items.nth(i)).toContainText(sources[id].date.slice(0, 4)); // the version's year, written out in the page's language
      }
      await expect(page.locator('#sources ~ p').first()).toContainText('2026');
    });
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
