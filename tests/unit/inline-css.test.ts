// @vitest-environment node
/**
 * The CSS step of the build (scripts/inline-css.mjs) on small fixture pages: what it keeps, what it
 * drops, and the page it writes. The browser suite checks the real pages (first-response.spec.ts).
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {
  inlineCss,
  islandStates,
  minified,
  pageParts,
  propertiesIn,
  usedCss,
  withConstantsInPlace,
  withThemesWithoutScriptAndInPrint,
} from '../../scripts/inline-css.mjs';

const CSS = [
  ':root{--used:1px;--unused:2px}',
  '.navbar{margin:var(--used)}',
  '.blog-post{color:red}',
  "[data-theme='dark'] .navbar{color:white}",
  "[data-theme-choice='dark'] .dark-icon{display:initial}",
  '@media print{.navbar{display:none}}',
  '@media (width<=996px){.navbar{padding:0}}',
  '@supports not selector(:popover-open){.menu:focus-within{display:block}}',
  ".list>li[aria-selected='true']{outline:2px solid}",
  '.all-results{text-decoration:underline}',
  'mark.pagefind-highlight{background:yellow}',
  '@keyframes unused{to{opacity:0}}',
].join('');

const THEME_SCRIPT = '<script>document.documentElement.dataset.theme="dark"</script>';
const PAGE = `<!doctype html><html><head><link rel=stylesheet href=/assets/css/styles.css /></head><body>${THEME_SCRIPT}<div id=__docusaurus><nav class=navbar><div class=menu><span class=dark-icon></span></div></nav><ul class=list></ul><template><li class=all-results></li></template></div></body></html>`;

describe('usedCss', () => {
  it('keeps the rules the page (its <template>s included) or a control state can match, both themes, both widths, print and the popover fallback', async () => {
    const used = await usedCss(CSS, [PAGE], await islandStates());
    for (const kept of [
      '.navbar{margin:var(--used)}',
      '[data-theme=dark] .navbar',
      '[data-theme-choice=dark] .dark-icon',
      '@media print',
      '@media (width<=996px)',
      ':popover-open',
      '[aria-selected=true]',
      '.all-results', // in a <template> only: the markup a control copies
      'mark.pagefind-highlight',
    ]) {
      expect(used.replace(/['"]/g, '')).toContain(kept.replace(/['"]/g, ''));
    }
    for (const dropped of ['.blog-post', '--unused', '@keyframes unused']) expect(used).not.toContain(dropped);
  });

  it('keeps a custom property that only the markup names (an SVG attribute), and the ones its value names', async () => {
    const css = ':root{--stroke:var(--grey);--grey:#888;--unused:1px}.navbar{color:red}';
    const used = await usedCss(css, [PAGE.replace('<nav class=navbar>', '<nav class=navbar><svg><g stroke=var(--stroke)></g></svg>')], []);
    expect(used).toContain('--stroke:var(--grey)');
    expect(used).toContain('--grey:#888');
    expect(used).not.toContain('--unused');
  });

  it('drops what only an island state needs when no island lists it', async () => {
    const used = await usedCss(CSS, [PAGE], []);
    expect(used).not.toContain('dark-icon');
    expect(used).not.toContain('pagefind-highlight');
  });
});

describe('islandStates', () => {
  it("reads every island's cssStates: the theme choices, the search box's options, the results", async () => {
    const states = (await islandStates()).join('\n');
    for (const choice of ['system', 'light', 'dark']) expect(states).toContain(`data-theme-choice="${choice}"`);
    expect(states).toContain('aria-selected="true"');
    expect(states).toContain('pagefind-highlight');
  });
});

describe('pageParts', () => {
  it('finds the stylesheets (not the icons) and the inline scripts before the content, with their exact places', () => {
    const html =
      '<head><link rel=icon href=/i.svg><link rel="preload stylesheet" href="/a.css"></head><body><svg></svg><script>theme()</script><script src=/x.js></script><div id=__docusaurus><script>later()</script></div></body>';
    const {links, bodyStartScripts} = pageParts(html);
    expect(links.map((l) => [l.href, html.slice(l.start, l.end)])).toEqual([['/a.css', '<link rel="preload stylesheet" href="/a.css">']]);
    expect(bodyStartScripts.map((s) => html.slice(s.start, s.end))).toEqual(['<script>theme()</script>']);
  });
});

describe('inlineCss', () => {
  let buildDir = '';
  beforeEach(() => {
    buildDir = mkdtempSync(path.join(tmpdir(), 'inline-css-'));
    mkdirSync(path.join(buildDir, 'assets/css'), {recursive: true});
    writeFileSync(path.join(buildDir, 'assets/css/styles.css'), CSS);
  });
  afterEach(() => rmSync(buildDir, {recursive: true, force: true}));

  it('replaces the stylesheet link by the theme script and the used CSS, the same in every page, and removes the file no page links', async () => {
    writeFileSync(path.join(buildDir, 'a.html'), PAGE);
    writeFileSync(path.join(buildDir, 'b.html'), PAGE.replace('<ul class=list></ul>', '<article class=blog-post></article>'));
    const [report] = await inlineCss(buildDir);
    expect(report).toMatchObject({stylesheet: '/assets/css/styles.css', pages: 2});
    const a = readFileSync(path.join(buildDir, 'a.html'), 'utf8');
    const b = readFileSync(path.join(buildDir, 'b.html'), 'utf8');
    expect(a).not.toMatch(/<link rel=stylesheet/);
    const style = (html: string) => /<style>(.*?)<\/style>/.exec(html)?.[1];
    expect(style(a)).toBe(style(b));
    expect(style(a)).toContain('.blog-post');
    expect(a.startsWith(`<!doctype html><html><head>${THEME_SCRIPT}<style>`)).toBe(true);
    expect(a).toContain('<body><div id=__docusaurus>');
    expect(existsSync(path.join(buildDir, 'assets/css'))).toBe(false);
  });

  it("writes the icons of the CSS it inlines shorter (scripts/svg-paths.mjs's withShorterSvgUrls)", async () => {
    const icon = `url("data:image/svg+xml;utf8,<svg xmlns=\\"http://www.w3.org/2000/svg\\" x=\\"0px\\" viewBox=\\"0 0 2 2\\"><g><path d=\\"M0.000,0.000L2.000,2.000\\"/></g></svg>")`;
    writeFileSync(path.join(buildDir, 'assets/css/styles.css'), `${CSS}.list{background:${icon}}`);
    writeFileSync(path.join(buildDir, 'a.html'), PAGE);
    await inlineCss(buildDir);
    expect(readFileSync(path.join(buildDir, 'a.html'), 'utf8')).toContain(
      `.list{background:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 2 2'><path d='m0 0 2 2'/></svg>")}`,
    );
  });

  it('minifies what it inlines again with Lightning CSS, once the constants are in place', async () => {
    writeFileSync(
      path.join(buildDir, 'assets/css/styles.css'),
      `${CSS.replace(':root{', ':root{--gap:1rem;')}.list{margin:0 calc(var(--gap) *2)}`,
    );
    writeFileSync(path.join(buildDir, 'a.html'), PAGE);
    await inlineCss(buildDir);
    expect(readFileSync(path.join(buildDir, 'a.html'), 'utf8')).toContain('.list{margin:0 2rem}');
  });

  it('gives each kind of page (the plugin class Docusaurus puts on <html>) the CSS its own pages use, the same within a kind', async () => {
    const ofKind = (kind: string, body: string) =>
      PAGE.replace('<html>', `<html class="plugin-${kind} plugin-id-default">`).replace('<ul class=list></ul>', body);
    writeFileSync(path.join(buildDir, 'doc.html'), ofKind('docs', ''));
    writeFileSync(path.join(buildDir, 'other-doc.html'), ofKind('docs', '<p>'));
    writeFileSync(path.join(buildDir, 'post.html'), ofKind('blog', '<article class=blog-post></article>'));
    const report = await inlineCss(buildDir);
    expect(report.map((r) => [r.kind, r.pages])).toEqual(
      expect.arrayContaining([
        ['plugin-docs', 2],
        ['plugin-blog', 1],
      ]),
    );
    const style = (file: string) => /<style>(.*?)<\/style>/.exec(readFileSync(path.join(buildDir, file), 'utf8'))?.[1] ?? '';
    expect(style('doc.html')).toBe(style('other-doc.html'));
    expect(style('doc.html')).not.toContain('.blog-post');
    expect(style('post.html')).toContain('.blog-post');
    expect(style('post.html')).toContain('.navbar');
    expect(pageParts(ofKind('docs', '')).kind).toBe('plugin-docs');
    expect(pageParts(PAGE).kind).toBe('');
  });

  it('stops on a page with two stylesheets, naming it', async () => {
    writeFileSync(path.join(buildDir, 'two.html'), PAGE.replace('</head>', '<link rel=stylesheet href=/assets/css/styles.css></head>'));
    await expect(inlineCss(buildDir)).rejects.toThrow(/two\.html links 2 stylesheets/);
  });
});

describe('withConstantsInPlace', () => {
  const inPlace = (css: string, named: string[] = [], set: string[] = []): string =>
    withConstantsInPlace(css, {named: new Set(named), set: new Set(set)});

  it('writes a constant (and the constants it names, fallbacks too) where it is used, and drops its declaration', () => {
    expect(inPlace(':root{--width:1px;--border:var(--width) solid}.card{border:var(--border);margin:var(--missing,var(--width))}')).toBe(
      '.card{border:1px solid;margin:var(--missing,1px)}',
    );
  });

  it('leaves a property the dark theme sets, but writes a constant that names it', () => {
    expect(inPlace(':root{--text:black;--link:var(--text)}html[data-theme=dark]{--text:white}a{color:var(--link)}')).toBe(
      ':root{--text:black}html[data-theme=dark]{--text:white}a{color:var(--text)}',
    );
  });

  it('leaves a constant whose value names a property some element sets: the element would see another value', () => {
    const css = ':root{--gutter:1rem;--half:calc(var(--gutter)/2)}.col{--gutter:2rem;padding:var(--half)}';
    expect(inPlace(css)).toBe(css);
  });

  it('leaves what a condition, !important or a second declaration makes variable', () => {
    const css =
      '@media (width<=996px){:root{--narrow:0}}:root{--strong:1px!important;--twice:1px}.navbar{--twice:2px}p{margin:var(--narrow) var(--strong) var(--twice)}';
    expect(inPlace(css)).toBe(css);
  });

  it('keeps the declaration of a property a page names, and writes its uses in the CSS', () => {
    expect(inPlace(':root{--icon:gray}.close{color:var(--icon)}', ['--icon'])).toBe(':root{--icon:gray}.close{color:gray}');
  });

  it('leaves a property a page sets in a style attribute, and what names it', () => {
    const css = ':root{--accent:blue;--link:var(--accent)}a{color:var(--link)}';
    expect(inPlace(css, [], ['--accent'])).toBe(css);
  });

  it('puts back a space next to a property that stays, too', () => {
    expect(inPlace(':root{--a:1.65;--t:serif}html[data-theme=dark]{--t:sans-serif}p{font:var(--a)var(--t)}')).toBe(
      ':root{--t:serif}html[data-theme=dark]{--t:sans-serif}p{font:1.65 var(--t)}',
    );
  });

  it('puts back the space the minifier removed between two words', () => {
    expect(inPlace(':root{--size:100%;--height:1.65;--family:system-ui,sans-serif}html{font:var(--size)/var(--height)var(--family)}')).toBe(
      'html{font:100%/1.65 system-ui,sans-serif}',
    );
  });

  it('leaves a cycle of properties as it is, without looping', () => {
    const css = ':root{--a:var(--b);--b:var(--a);--c:var(--a)}p{margin:var(--c,3px)}';
    expect(inPlace(css)).toBe(css);
  });

  it('leaves what a theme alone declares, a CSS-wide keyword, and a fallback that could still apply', () => {
    for (const css of [
      '[data-theme=dark]{--x:red}p{color:var(--x,blue)}',
      'html[data-theme=light]{--x:red}p{color:var(--x,blue)}',
      ':root{--x:initial}p{color:var(--x,red)}',
      ':root{--x:inherit}p{color:var(--x)}',
      ':root{--x:var(--nowhere)}p{color:var(--x,red)}',
    ]) {
      expect(inPlace(css)).toBe(css);
    }
    // In light theme --dark-only is missing, so the fallback applies: it must stay.
    expect(inPlace(':root{--x:var(--dark-only)}html[data-theme=dark]{--dark-only:white}p{color:var(--x,red)}')).toBe(
      ':root{--x:var(--dark-only)}html[data-theme=dark]{--dark-only:white}p{color:var(--x,red)}',
    );
  });

  it('leaves CSS with registered properties or style queries whole, and @font-face and uppercase VAR() alone', () => {
    for (const css of [
      '@property --x{syntax:"<length>";inherits:false;initial-value:0}:root{--x:1px}p{margin:var(--x)}',
      ':root{--x:1px}@container style(--x:1px){p{margin:0}}',
    ]) {
      expect(inPlace(css)).toBe(css);
    }
    expect(inPlace(':root{--x:1px}@font-face{font-family:a;size-adjust:var(--x)}p{margin:VAR(--x)}')).toBe(
      ':root{--x:1px}@font-face{font-family:a;size-adjust:var(--x)}p{margin:1px}',
    );
  });
});

describe('propertiesIn', () => {
  it('finds the properties an attribute names, quoted or not, and those a style attribute sets', () => {
    const found = propertiesIn(['<g stroke=var(--ifm-color-emphasis-600)>', '<p style="color: var( --accent , red);--gap: 2px">']);
    expect(found.named).toEqual(new Set(['--ifm-color-emphasis-600', '--accent']));
    expect(found.set).toEqual(new Set(['--gap']));
  });

  it('does not take a comment or a class name for a property', () => {
    expect(propertiesIn(['<!-- x --><p class=menu--active:hover>a</p>']).set).toEqual(new Set());
  });
});

describe('withThemesWithoutScriptAndInPrint', () => {
  const root = ':where(:root):not([data-theme])';

  it("gives a page no script gave a theme the system's, and holds the dark theme to screens, in place: same layer, same conditions", () => {
    const css =
      '@layer a{:root{--c:#fff}html[data-theme=dark]{--c:#000}.x{color:red}}@media (width>=997px){[data-theme=dark] .nav{color:blue}}.y{color:green}';
    expect(withThemesWithoutScriptAndInPrint(css)).toBe(
      '@layer a{:root{--c:#fff}@media screen{html[data-theme=dark]{--c:#000}}' +
        `@media screen and (prefers-color-scheme:dark){html${root}{--c:#000}}.x{color:red}}` +
        '@media (width>=997px){@media screen{[data-theme=dark] .nav{color:blue}}' +
        `@media screen and (prefers-color-scheme:dark){${root} .nav{color:blue}}}.y{color:green}`,
    );
  });

  it("gives the light theme's rules to a light system without a script, and to print whatever the reader chose", () => {
    const css = "[data-theme='light'] .img--light{display:initial}";
    expect(withThemesWithoutScriptAndInPrint(css)).toBe(
      `${css}@media screen and (prefers-color-scheme:light){${root} .img--light{display:initial}}@media print{:root .img--light{display:initial}}`,
    );
  });

  it('splits a list of selectors by theme; one that names both themes matches nothing and stays as it is', () => {
    const css = '[data-theme=dark] .a,.b,[data-theme="dark"]:root .c,[data-theme=dark][data-theme=light] .d{color:red}';
    expect(withThemesWithoutScriptAndInPrint(css)).toBe(
      '.b,[data-theme=dark][data-theme=light] .d{color:red}' +
        '@media screen{[data-theme=dark] .a,[data-theme="dark"]:root .c{color:red}}' +
        `@media screen and (prefers-color-scheme:dark){${root} .a,${root}:root .c{color:red}}`,
    );
  });

  it("holds Docusaurus's own rules for a page without its script (its light theme) to a light system and print", () => {
    const css = 'html:not([data-theme]) .img--light,.img{display:initial}';
    expect(withThemesWithoutScriptAndInPrint(css)).toBe(
      '.img{display:initial}@media print,(prefers-color-scheme:light){html:not([data-theme]) .img--light{display:initial}}',
    );
  });

  it('stops on a theme named inside :not() or :has(), where its copy would mean the opposite', () => {
    expect(() => withThemesWithoutScriptAndInPrint(':not([data-theme=dark]) .x{color:red}')).toThrow(
      /":not\(\[data-theme=dark\]\) \.x" names a theme inside :not\(\) or :has\(\)/,
    );
    expect(() => withThemesWithoutScriptAndInPrint("body:has([data-theme='light']){color:red}")).toThrow(/inside :not\(\) or :has\(\)/);
  });

  it('leaves CSS without a theme byte for byte: the control states of data-theme-choice, a value no script writes', () => {
    const css =
      ':root{--c:1}[data-theme-choice=dark] .icon{display:initial}:root:not([data-theme-choice]) .toggle{display:none}[data-theme=DARK]{color:red}';
    expect(withThemesWithoutScriptAndInPrint(css)).toBe(css);
  });
});

describe('usedCss, what the purge leaves empty', () => {
  it('drops the rules left with no declaration and the @media or @supports left with no rule; an empty @layer stays', async () => {
    // The themes' states keep [data-theme=dark]; --gone is used nowhere, so PurgeCSS empties the rules that declare it.
    const css =
      '@layer a,b;@layer a{}[data-theme=dark]:root{--gone:2px}@media print{@supports (display:grid){.navbar{--gone:1px}}}.navbar{color:red}';
    expect(await usedCss(css, [PAGE], await islandStates())).toBe('@layer a,b;@layer a{}.navbar{color:red}');
  });
});

describe('minified', () => {
  it("folds calc(), merges what it can and keeps the prefixes the site's browsers need (package.json's browserslist)", () => {
    expect(
      minified('.a{margin:calc(1rem *2)}.b{color:rgba(0,0,0,.2)}.b{padding:0}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}'),
    ).toBe(
      // -moz-: Firefox, one of the targets, needs it (Lightning CSS's data).
      '.a{margin:2rem}.b{color:#0003;padding:0}html{-webkit-text-size-adjust:100%;-moz-text-size-adjust:100%;text-size-adjust:100%}',
    );
  });

  it("keeps the order of the layers (it writes each layer's rules where the layer is first named), and the themes' copies in their conditions", () => {
    const copy = '@media screen and (prefers-color-scheme:dark){:where(:root):not([data-theme]) .x{color:#fff}}';
    expect(minified(`@layer a,b;@layer b{.x{color:red}}@layer a{.y{color:#00f}}${copy}`)).toBe(
      `@layer a{.y{color:#00f}}@layer b{.x{color:red}}${copy}`,
    );
  });

  it('stops the build on CSS it cannot read, saying so', () => {
    expect(() => minified('.a{color:red}@media screen and ({.b{color:red}}')).toThrow(
      'inline-css: Lightning CSS cannot minify the CSS to inline: Invalid media query (line 1, column 34)',
    );
  });
});
