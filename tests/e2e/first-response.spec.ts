/**
 * One round trip (ARCHITECTURE.md, Performance): every page carries the CSS it needs in its own response
 * (scripts/inline-css.mjs), allowed by its hash in the served CSP, and nothing blocks rendering;
 * Docusaurus's inline theme script still runs before the page's content, so no page shows the wrong theme.
 */
import {createHash} from 'node:crypto';
import {expect} from '@playwright/test';
import {parse} from 'parse5';
import {PHONE_VIEWPORT, lastNodeOnFirstScreen, nodeOfPage} from '../../scripts/first-screen.mjs';
import {locales, pathOf, sitemapSlugs, test} from './site';

interface HtmlNode {
  nodeName: string;
  attrs?: {name: string; value: string}[];
  childNodes?: HtmlNode[];
  /** A <template>'s content, apart from its children in parse5. */
  content?: HtmlNode;
  value?: string;
}
const attr = (node: HtmlNode, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: HtmlNode): string => (node.childNodes ?? []).map((c) => c.value ?? '').join('');
const child = (node: HtmlNode, name: string): HtmlNode | undefined => node.childNodes?.find((c) => c.nodeName === name);
/** A node's children, and a <template>'s content: what an island clones from it joins the page. */
const inside = (node: HtmlNode): HtmlNode[] => [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])];
function all(node: HtmlNode, name: string, found: HtmlNode[] = []): HtmlNode[] {
  if (node.nodeName === name) found.push(node);
  for (const c of inside(node)) all(c, name, found);
  return found;
}
const hashOf = (source: string): string => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

const urls = [
  ...new Set([...locales.flatMap((l) => sitemapSlugs(l).map((slug) => pathOf(l, slug))), '/search', '/en/search', '/no-such-page']),
];

for (const url of urls) {
  test(`${url}: its CSS inline, allowed by the served CSP, no stylesheet to wait for, the theme script before the content`, async ({
    request,
  }) => {
    const response = await request.get(url);
    const csp = response.headers()['content-security-policy'] ?? '';
    const styleSrc = /(?:^|;)\s*style-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
    const html = parse(await response.text()) as HtmlNode;
    const root = child(html, 'html')!;
    const head = child(root, 'head')!;
    const body = child(root, 'body')!;

    expect(all(html, 'link').filter((l) => attr(l, 'rel')?.split(/\s+/).includes('stylesheet'))).toEqual([]);
    const styles = all(html, 'style');
    expect(styles.length, 'one <style> element').toBe(1);
    expect(child(head, 'style'), 'the <style> is in the head').toBe(styles[0]);
    expect(text(styles[0]!).length, 'the <style> holds the CSS').toBeGreaterThan(1000);
    expect(styleSrc, 'style-src allows the <style> by its hash').toContain(hashOf(text(styles[0]!)));
    expect(styleSrc).not.toContain("'unsafe-inline'");
    // The theme's hidden sprite, whose symbol no page uses, went with its style attribute (scripts/svg-paths.mjs): no 'unsafe-hashes'.
    expect(styleSrc).not.toContain("'unsafe-hashes'");
    const styled = (node: HtmlNode): string[] => [
      ...(attr(node, 'style') !== undefined ? [node.nodeName] : []),
      ...inside(node).flatMap(styled),
    ];
    expect(styled(html), 'no element has a style attribute, in a <template> either').toEqual([]);
    // Nor the search metadata no search of the site reads (src/theme/SearchMetadata).
    expect(
      all(head, 'meta')
        .map((m) => attr(m, 'name') ?? '')
        .filter((name) => /^(docsearch|docusaurus_)/.test(name)),
    ).toEqual([]);

    // Docusaurus's theme script, moved from the body's start (scripts/inline-css.mjs): the theme is set before any CSS applies.
    const headElements = (head.childNodes ?? []).filter((c) => !c.nodeName.startsWith('#'));
    const themeScript = headElements.findIndex((c) => c.nodeName === 'script' && text(c).includes('data-theme'));
    expect(themeScript, "Docusaurus's inline theme script is in the head").toBeGreaterThanOrEqual(0);
    expect(themeScript, 'the theme script runs before the CSS is known').toBeLessThan(headElements.indexOf(styles[0]!));
    expect(
      all(body, 'script').filter((s) => text(s).includes('data-theme')),
      'and no longer in the body',
    ).toEqual([]);
    // The build writes in place the custom properties that only <html> sets (withConstantsInPlace): exact while no other element has a theme.
    const themed = (node: HtmlNode): HtmlNode[] => [
      ...(node.nodeName !== 'html' && attr(node, 'data-theme') !== undefined ? [node] : []),
      ...inside(node).flatMap(themed),
    ];
    expect(
      themed(html).map((n) => n.nodeName),
      'no element but <html> has data-theme',
    ).toEqual([]);
  });
}

test.describe('dark system theme', () => {
  test.use({colorScheme: 'dark'});
  for (const locale of locales) {
    const url = pathOf(locale, '/backup-partners');
    test(`${url}: dark from the first paint, no stylesheet or CSP violation`, async ({page, problems}) => {
      const stylesheets: string[] = [];
      page.on('request', (r) => r.resourceType() === 'stylesheet' && stylesheets.push(r.url()));
      // The theme of the first frame that has CSS, recorded before any island could change it.
      await page.addInitScript(() => {
        const record = (): void => {
          if (!document.querySelector('style')) return void requestAnimationFrame(record);
          document.documentElement.dataset.firstFrame = `${document.documentElement.dataset.theme} ${getComputedStyle(document.documentElement).backgroundColor}`;
        };
        requestAnimationFrame(record);
      });
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-first-frame', /./);
      const firstFrame = await page.locator('html').getAttribute('data-first-frame');
      const [theme, ...background] = firstFrame?.split(' ') ?? [];
      expect(theme).toBe('dark');
      await expect(page.locator('[data-theme]:not(html)'), 'the theme is set on <html> alone').toHaveCount(0);
      const [r, g, b] = (background.join(' ').match(/\d+/g) ?? []).map(Number);
      expect(Math.max(r ?? 255, g ?? 255, b ?? 255), `the page background of the first frame (${background.join(' ')})`).toBeLessThan(64);
      await page.waitForLoadState('networkidle');
      expect(stylesheets).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
    });
  }
});

test.describe("where a phone's first screen ends (the bench's first-screen bytes)", () => {
  test.use({viewport: PHONE_VIEWPORT, javaScriptEnabled: false});
  for (const locale of locales) {
    const url = pathOf(locale, '/choose-a-solution');
    test(`${url}: inside the article, below the frame, long before the footer; the page's parse finds the same node`, async ({
      page,
      request,
    }) => {
      const html = await (await request.get(url)).text();
      await page.goto(url);
      const shown = await page.evaluate(lastNodeOnFirstScreen);
      const {end, ...parsed} = nodeOfPage(html, shown.index);
      expect(parsed, 'the build’s parse numbers the nodes as the browser does').toEqual(shown.tag ? {tag: shown.tag} : {text: shown.text});
      expect(end, 'the last node shown is in the article').toBeGreaterThan(html.indexOf('<article'));
      expect(end, 'the last node shown is in the article').toBeLessThanOrEqual(html.indexOf('</article>'));
      expect(end, 'before the footer').toBeLessThan(html.indexOf('<footer'));
      expect(html.slice(0, end), 'after the page title').toContain('<h1>');
    });
  }
});
