import {mkdirSync} from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {changesPages, locales, pathOf, sitePages} from './site';

/** Where the screenshots land, for a person to look at after a run (CONTRIBUTING.md: "Browser tests"). */
const SCREENSHOTS = path.resolve(__dirname, '../../screenshots');
mkdirSync(SCREENSHOTS, {recursive: true});

const widths = {desktop: {width: 1280, height: 800}, phone: {width: 360, height: 740}} as const;
const schemes = ['light', 'dark'] as const;

for (const locale of locales) {
  for (const {slug, name} of [...sitePages, ...changesPages]) {
    for (const scheme of schemes) {
      for (const [device, viewport] of Object.entries(widths)) {
        const url = pathOf(locale, slug);
        test.describe(() => {
          test.use({colorScheme: scheme, viewport});
          test(`${locale} ${url} (${scheme}, ${device}): no WCAG 2.1 AA violation`, async ({page}) => {
            await page.goto(url);
            await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
            await page.screenshot({path: path.join(SCREENSHOTS, `${locale}-${name}-${scheme}-${device}.png`), fullPage: true});
            const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
            const found = violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            expect(found).toEqual([]);
          });
        });
      }
    }
  }
}
