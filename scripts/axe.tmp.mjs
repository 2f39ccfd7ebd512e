import {chromium} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
for (const scheme of ['light','dark']) for (const width of [360, 1280]) for (const p of ['/', '/backup-principle','/backup-partners','/network-traffic','/en/','/en/backup-partners','/en/network-traffic','/nope','/en/nope']) {
const ctx = await browser.newContext({colorScheme: scheme, viewport: {width, height: 800}}); const page = await ctx.newPage();
await page.goto('http://127.0.0.1:3210'+p);
const r = await new AxeBuilder({page}).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa']).analyze();
for (const v of r.violations) console.log(scheme, width, p, v.id, v.nodes.map(n=>n.html.slice(0,80)+' :: '+n.failureSummary.slice(0,200)).join('\n  '));
if (width===1280 && ['/','/en/backup-partners'].includes(p)) await page.screenshot({path:`/tmp/s-${scheme}-${p.replace(/\W/g,'_')}.png`, fullPage:true});
await ctx.close();
}
await browser.close();
