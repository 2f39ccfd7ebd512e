// @ts-check
/**
 * Makes each built page readable from its first response (ARCHITECTURE.md): the stylesheet
 * Docusaurus links, render-blocking, becomes a <style> element in the page (after Docusaurus's
 * theme script, moved up from the body's start), holding only the rules
 * that some page of its kind or some island state can match (PurgeCSS, reading the HTML with its
 * HTML extractor). A kind is the Docusaurus plugin that made the page (the docs, the list of
 * changes, the search page): every page of a kind and a locale gets the same CSS, so the CSP allows
 * it by one hash (scripts/hosting-config.mjs). The stylesheet files no page links any more are removed.
 *
 * On the way, the themes' rules get copies for a page without JavaScript and for print
 * (`withThemesWithoutScriptAndInPrint`), Infima's SVG URLs are written shorter (svg-paths.mjs), and
 * Lightning CSS minifies the result again (`minified`: what the earlier steps wrote in place folds).
 *
 * The controls change the markup after the build: each lists what it can produce, as HTML, in an
 * exported `cssStates` beside its code (src/controls/<name>/css-states.ts); their styles are kept with the pages'.
 * Run by scripts/build.mjs after Pagefind and the prune, before the hosting config.
 */
import {readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import browserslist from 'browserslist';
import {build} from 'esbuild';
import {browserslistToTargets, transform} from 'lightningcss';
import {htmlFilesUnder} from './html-files.mjs';
import {withShorterSvgUrls} from './svg-paths.mjs';
import {parse} from 'parse5';
import postcss from 'postcss';
import valueParser from 'postcss-value-parser';
import {PurgeCSS} from 'purgecss';
import purgeHtml from 'purgecss-from-html';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ISLANDS = join(ROOT, 'src/controls');

/**
 * Every island's `cssStates` (markup the island can produce), read from its source: esbuild bundles
 * only those constants, the way the islands plugin bundles the code.
 * @returns {Promise<string[]>}
 */
export async function islandStates() {
  const modules = readdirSync(ISLANDS, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('css-states.ts'));
  const contents = [
    ...modules.map((f, i) => `import * as m${i} from './${f}';`),
    `export default [${modules.map((_, i) => `m${i}`).join(', ')}].flatMap((m) => ('cssStates' in m ? m.cssStates : []));`,
  ].join('\n');
  const {outputFiles} = await build({
    stdin: {contents, resolveDir: ISLANDS, loader: 'ts'},
    bundle: true,
    format: 'esm',
    write: false,
    external: ['/pagefind/*'],
    logLevel: 'silent',
  });
  const code = outputFiles[0]?.text ?? '';
  /** @type {unknown} checked below: typescript-eslint does not see a JSDoc cast of import()'s `any` */
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const states = /** @type {{default?: unknown}} */ (module).default;
  if (!Array.isArray(states) || !states.every((s) => typeof s === 'string')) {
    throw new Error('inline-css: an island exports a cssStates that is not an array of HTML strings');
  }
  return states;
}

/**
 * @typedef {{nodeName: string, attrs?: {name: string, value: string}[], childNodes?: HtmlNode[],
 *   sourceCodeLocation?: {startOffset: number, endOffset: number} | null}} HtmlNode
 * The parts of a parse5 node read here.
 */

/**
 * What the step moves in a page, with their places in its text: the <link rel=stylesheet>
 * elements, and the inline scripts Docusaurus puts at the start of the body (its theme script),
 * before the site's content; and the page's kind: the `plugin-<name>` class Docusaurus gives the
 * <html> of the pages a plugin makes (`plugin-docs`, `plugin-blog`…), or '' if there is none.
 * @param {string} html
 */
export function pageParts(html) {
  /** @type {{href: string, start: number, end: number}[]} */
  const links = [];
  /** @type {{start: number, end: number}[]} */
  const bodyStartScripts = [];
  let kind = '';
  /** @param {HtmlNode} node */
  const visit = (node) => {
    const attr = (/** @type {string} */ name) => node.attrs?.find((a) => a.name === name)?.value;
    if (node.nodeName === 'html')
      kind =
        attr('class')
          ?.split(/\s+/)
          .find((c) => c.startsWith('plugin-') && !c.startsWith('plugin-id-')) ?? '';
    const rel = attr('rel')?.split(/\s+/) ?? [];
    const href = attr('href');
    const at = node.sourceCodeLocation;
    if (node.nodeName === 'link' && rel.includes('stylesheet') && href && at) links.push({href, start: at.startOffset, end: at.endOffset});
    if (node.nodeName === 'body') {
      const elements = (node.childNodes ?? []).filter((c) => !c.nodeName.startsWith('#'));
      const content = elements.findIndex((c) => c.attrs?.some((a) => a.name === 'id' && a.value === '__docusaurus'));
      for (const c of elements.slice(0, Math.max(content, 0))) {
        const where = c.sourceCodeLocation;
        if (c.nodeName === 'script' && !c.attrs?.some((a) => a.name === 'src') && where) {
          bodyStartScripts.push({start: where.startOffset, end: where.endOffset});
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(/** @type {HtmlNode} */ (parse(html, {sourceCodeLocationInfo: true})));
  return {links, bodyStartScripts, kind};
}

/**
 * The page with its stylesheet link replaced by `<style>css</style>`, preceded by the inline
 * scripts of the body's start: Docusaurus's theme script then sets the theme before the browser
 * knows any CSS, so that no frame, however early, shows the other theme.
 * @param {string} html @param {ReturnType<typeof pageParts>} parts @param {string} css
 */
export function withInlineCss(html, {links: [link], bodyStartScripts}, css) {
  if (!link) return html;
  const scripts = bodyStartScripts.map((s) => html.slice(s.start, s.end)).join('');
  let out = html;
  // From the end of the text backwards, so that the earlier places stay valid.
  for (const s of [...bodyStartScripts].sort((a, b) => b.start - a.start)) {
    if (s.start < link.end) throw new Error('inline-css: a script of the body comes before the stylesheet');
    out = `${out.slice(0, s.start)}${out.slice(s.end)}`;
  }
  return `${out.slice(0, link.start)}${scripts}<style>${css}</style>${out.slice(link.end)}`;
}

/**
 * The rules of `css` that the pages or the island states can match; unused custom properties,
 * keyframes and font faces go too, and so do the rules left with no declaration (PurgeCSS keeps
 * a rule whose declarations were all unused properties: `[data-theme=dark]:root{}`) and the
 * `@media` or `@supports` left with no rule (an empty `@layer` stays: it still orders the layers).
 * A custom property that the markup names (`stroke=var(--x)` on an SVG icon) stays, though no
 * rule uses it: PurgeCSS looks for uses in the CSS only.
 * @param {string} css @param {string[]} pages HTML texts @param {string[]} states
 */
export async function usedCss(css, pages, states) {
  const [result] = await new PurgeCSS().purge({
    content: [...pages, ...states].map((raw) => ({raw, extension: 'html'})),
    css: [{raw: css}],
    extractors: [{extractor: purgeHtml, extensions: ['html']}],
    safelist: {variables: [...withWhatTheyName(css, propertiesIn([...pages, ...states]).named)]},
    variables: true,
    keyframes: true,
    fontFace: true,
  });
  const root = postcss.parse(result?.css ?? '');
  /** @param {import('postcss').ChildNode} n */
  const emptyBlock = (n) => (n.type === 'rule' || (n.type === 'atrule' && /^(media|supports)$/i.test(n.name))) && n.nodes?.length === 0;
  // Until none is left: removing a block may empty its parent.
  for (let removed = true; removed;) {
    removed = false;
    root.walk((n) => {
      if (emptyBlock(n)) {
        n.remove();
        removed = true;
      }
    });
  }
  return root.toString();
}

/**
 * These custom properties and those their declarations in `css` name, and so on.
 * @param {string} css @param {Set<string>} names
 */
function withWhatTheyName(css, names) {
  /** @type {Map<string, string[]>} the properties each property's declarations name */
  const naming = new Map();
  postcss.parse(css).walkDecls(/^--/, (d) => {
    const named = [...d.value.matchAll(/var\(\s*(--[\w-]+)/gi)].map((m) => m[1] ?? '');
    naming.set(d.prop, [...(naming.get(d.prop) ?? []), ...named]);
  });
  const all = new Set(names);
  for (const name of all) for (const n of naming.get(name) ?? []) all.add(n);
  return all;
}

/**
 * Selectors of the root element. Infima and the theme declare their custom properties on `:root`,
 * and the dark theme's on `html[data-theme=dark]`, where Docusaurus's theme script puts
 * data-theme (first-response.spec.ts checks that no other element has one).
 */
const ROOT_ELEMENT = new Set([':root', 'html']);
const ROOT_IN_A_THEME = new Set([
  ...ROOT_ELEMENT,
  'html[data-theme=dark]',
  '[data-theme=dark]',
  'html[data-theme=light]',
  '[data-theme=light]',
]);
/** Values that mean something else once written in place of a `var()`. */
const CSS_WIDE_KEYWORD = /^\s*(initial|inherit|unset|revert|revert-layer)\s*$/i;

/** @param {valueParser.Node | undefined} n */
const isVar = (n) => n?.type === 'function' && n.value.toLowerCase() === 'var';

/**
 * `css` with each custom property that has one value everywhere written in place of its
 * `var()`s, and its declaration removed: most of Infima's 150 properties are constants, and
 * their names cost more bytes than their values. A property qualifies when it is declared once,
 * on `:root` or `html` outside any condition (@media, @supports), not `!important`, not as a
 * CSS-wide keyword, not set by a page, and its value names only properties that the root element
 * alone declares (the themes' colours among them) and no cycle: then every element inherits that
 * one value. A `var()` with a fallback is written in place only when what replaces it names no
 * property (which could be missing in one theme, where the fallback would apply). The rest stay as
 * they are; CSS with registered properties (`@property`) or style queries is left whole. Like
 * Infima's, every use must be a valid value (an invalid one would be dropped at parse time rather
 * than at computed-value time). No PostCSS plugin does this: postcss-custom-properties adds
 * fallbacks for old browsers, and takes :root's value even where the dark theme sets another.
 * @param {string} css
 * @param {{named: Set<string>, set: Set<string>}} pages the properties the pages or control states
 *   name (`var(--x)` in an SVG attribute, say: the declaration stays, the CSS's uses are written in
 *   place) and set (`--x:` in a style attribute: then it is no constant)
 */
export function withConstantsInPlace(css, pages) {
  if (/@property|style\(/i.test(css)) return css;
  const root = postcss.parse(css);
  /** @type {Map<string, import('postcss').Declaration[]>} */
  const declarations = new Map();
  root.walkDecls(/^--/, (d) => {
    declarations.set(d.prop, [...(declarations.get(d.prop) ?? []), d]);
  });
  /** @param {import('postcss').Declaration} d @param {Set<string>} selectors */
  const on = (d, selectors) =>
    d.parent?.type === 'rule' && /** @type {import('postcss').Rule} */ (d.parent).selectors.every((s) => selectors.has(s));
  /** @param {import('postcss').Declaration} d */
  const unconditional = (d) => {
    for (let n = d.parent?.parent; n && n.type !== 'root'; n = n.parent) {
      if (n.type !== 'atrule' || /** @type {import('postcss').AtRule} */ (n).name !== 'layer') return false;
    }
    return true;
  };
  /** @param {string} value */
  const namesIn = (value) => {
    /** @type {string[]} */
    const names = [];
    valueParser(value).walk((n) => {
      if (isVar(n) && n.type === 'function' && n.nodes[0]?.type === 'word') names.push(n.nodes[0].value);
    });
    return names;
  };
  /** @param {string} name */
  const rootOnly = (name) => {
    const found = declarations.get(name) ?? [];
    return !pages.set.has(name) && found.length > 0 && found.every((d) => on(d, ROOT_IN_A_THEME));
  };
  /** @type {Map<string, string>} */
  const constants = new Map();
  for (const [name, [d, ...others]] of declarations) {
    if (!d || others.length > 0 || d.important || pages.set.has(name) || CSS_WIDE_KEYWORD.test(d.value)) continue;
    if (on(d, ROOT_ELEMENT) && unconditional(d) && namesIn(d.value).every(rootOnly)) constants.set(name, d.value);
  }
  /** @param {string} name @param {Set<string>} seen @returns {boolean} */
  const inCycle = (name, seen = new Set()) =>
    namesIn(constants.get(name) ?? '').some((n) => seen.has(n) || (constants.has(n) && inCycle(n, new Set([...seen, name]))));
  for (const name of [...constants.keys()].filter((n) => inCycle(n, new Set([n])))) constants.delete(name);
  /** @param {string} value @returns {string} */
  const inPlace = (value) => {
    if (!/var\(/i.test(value)) return value;
    const parsed = valueParser(value);
    /** @type {WeakSet<valueParser.Node>} */
    const writtenOut = new WeakSet();
    parsed.walk((n, i, siblings) => {
      if (!isVar(n) || n.type !== 'function') return;
      const [first, ...fallback] = n.nodes;
      const constant = first ? constants.get(first.value) : undefined;
      if (constant === undefined) return;
      // A constant may itself name constants: each is written out before it is set in place.
      const written = inPlace(constant);
      if (fallback.length > 0 && /var\(/i.test(written)) return;
      // The minifier wrote `)var(` where a space is needed between two words: it comes back here.
      const joined = (/** @type {valueParser.Node | undefined} */ s) => s !== undefined && s.type !== 'space' && s.type !== 'div';
      // (A written-out neighbour before this one already put its space after it.)
      const previous = siblings[i - 1];
      const value = `${joined(previous) && !(previous && writtenOut.has(previous)) ? ' ' : ''}${written}${joined(siblings[i + 1]) ? ' ' : ''}`;
      Object.assign(n, {type: 'word', value, nodes: []});
      writtenOut.add(n);
      return false;
    });
    return valueParser.stringify(parsed.nodes);
  };
  root.walkDecls((d) => {
    if (d.parent?.type === 'rule') d.value = inPlace(d.value);
  });
  // A constant's declaration goes when nothing names it any more: not a page, and not a value
  // that stays (a fallback kept its var(), or it is in an at-rule such as @font-face).
  const named = new Set(pages.named);
  /** @type {import('postcss').Declaration[]} */
  const staying = [];
  root.walkDecls((d) => {
    if (!constants.has(d.prop)) staying.push(d);
  });
  for (let d = staying.pop(); d; d = staying.pop()) {
    for (const name of namesIn(d.value).filter((n) => !named.has(n))) {
      named.add(name);
      staying.push(...(constants.has(name) ? (declarations.get(name) ?? []) : []));
    }
  }
  for (const name of constants.keys()) {
    if (named.has(name)) continue;
    for (const d of declarations.get(name) ?? []) {
      const rule = d.parent;
      d.remove();
      if (rule?.nodes?.length === 0) rule.remove();
    }
  }
  return root.toString();
}

/** A theme's attribute selector on the root element, as Docusaurus's theme script writes it (lower case). */
const THEME_ATTRIBUTE = /\[\s*data-theme\s*=\s*(["']?)(dark|light)\1\s*\]/g;
/** Docusaurus's own rule for a page without its script (ThemedComponent: `html:not([data-theme]) …`), its light theme. */
const NO_THEME = /:not\(\s*\[\s*data-theme\s*\]\s*\)/;
/** A theme named where it means its opposite or another element: `:not([data-theme=dark])`, `:has(…)`. */
const THEME_NEGATED = /:(?:not|has)\([^)]*\[\s*data-theme\s*=/;

/** The one theme a selector names, or undefined (none, or both: then it matches nothing). @param {string} selector */
function themeOf(selector) {
  const themes = new Set([...selector.matchAll(THEME_ATTRIBUTE)].map((m) => m[2]));
  return themes.size === 1 ? [...themes][0] : undefined;
}

/**
 * `css` with the themes' rules (`[data-theme=dark] …`, `[data-theme=light] …`) made to hold for
 * every reader. Docusaurus's inline theme script sets `data-theme`, from the system when the reader
 * chose nothing; without JavaScript nothing sets it, and a dark system got Infima's light default.
 * On paper, the dark theme printed light grey text. So each such selector is followed by:
 * - for a page no script gave a theme, on a screen, its copy in the system's scheme:
 *   `@media screen and (prefers-color-scheme:dark){:where(:root):not([data-theme]) …}`;
 * - for the light theme, its copy for print, whatever the reader chose: `@media print{:root …}`;
 * and the dark theme's own selectors hold on screens only (`@media screen{…}`): print is light.
 * Docusaurus's own rules for a page without the script (`html:not([data-theme]) …`, its light
 * theme) then hold for a light system or print only. Each copy has the selector's specificity
 * (`:root` and `:not([data-theme])` count as the attribute did, `:where(:root)` for nothing) and
 * stands just after the rule, in its layer and conditions, so the cascade is the one the script
 * gives. Selectors that name no theme stay where they are; one that names a theme inside `:not()`
 * or `:has()` stops the build (its copy would mean the opposite).
 * @param {string} css
 */
export function withThemesWithoutScriptAndInPrint(css) {
  const root = postcss.parse(css);
  /** @type {import('postcss').Rule[]} */
  const themed = [];
  root.walkRules((rule) => {
    const negated = rule.selectors.find((s) => THEME_NEGATED.test(s));
    if (negated)
      throw new Error(
        `inline-css: "${negated}" names a theme inside :not() or :has(); the build cannot copy it for a page without a script`,
      );
    if (rule.selectors.some((s) => themeOf(s) !== undefined || NO_THEME.test(s))) themed.push(rule);
  });
  for (const rule of themed) {
    const selectorsOf = (/** @type {string} */ theme) => rule.selectors.filter((s) => themeOf(s) === theme);
    const dark = selectorsOf('dark');
    const light = selectorsOf('light');
    const withoutScript = rule.selectors.filter((s) => NO_THEME.test(s) && themeOf(s) === undefined);
    const noTheme = (/** @type {string[]} */ selectors) =>
      selectors.map((s) => s.replace(THEME_ATTRIBUTE, ':where(:root):not([data-theme])'));
    /** @type {import('postcss').AtRule[]} */
    const after = [];
    const inMedia = (/** @type {string} */ params, /** @type {string[]} */ selectors) =>
      selectors.length && after.push(postcss.atRule({name: 'media', params}).append(rule.clone({selectors})));
    inMedia('screen', dark);
    inMedia('screen and (prefers-color-scheme:dark)', noTheme(dark));
    inMedia('screen and (prefers-color-scheme:light)', noTheme(light));
    inMedia(
      'print',
      light.map((s) => s.replace(THEME_ATTRIBUTE, ':root')),
    );
    inMedia('print,(prefers-color-scheme:light)', withoutScript);
    rule.after(after);
    // What moved into a condition leaves the rule; the rest stays in its place.
    const staying = rule.selectors.filter((s) => themeOf(s) !== 'dark' && !withoutScript.includes(s));
    if (staying.length) rule.selectors = staying;
    else rule.remove();
  }
  return root.toString();
}

/** The browsers of the project's production build (package.json's `browserslist`), as Lightning CSS counts them. */
const TARGETS = browserslistToTargets(browserslist(undefined, {path: ROOT, env: 'production'}));

/**
 * `css` minified by Lightning CSS for the browsers the site supports, as Docusaurus minifies its
 * stylesheet: after the constants are written in place, `calc(1rem *2)` is `2rem`, and the copies
 * of rules merge where they can. A CSS it cannot read stops the build.
 * @param {string} css
 */
export function minified(css) {
  try {
    return transform({filename: 'inline.css', code: Buffer.from(css), minify: true, targets: TARGETS}).code.toString();
  } catch (error) {
    /** @type {{message?: unknown, loc?: {line: number, column: number}}} what Lightning CSS throws */
    const {message, loc} = typeof error === 'object' && error !== null ? error : {message: error};
    const where = loc ? ` (line ${loc.line}, column ${loc.column})` : '';
    throw new Error(`inline-css: Lightning CSS cannot minify the CSS to inline: ${String(message)}${where}`);
  }
}

/** The custom properties HTML texts name (`var(--x…)`) and set (`--x:`, in a style attribute). @param {string[]} texts */
export const propertiesIn = (texts) => {
  const all = (/** @type {RegExp} */ pattern) => new Set(texts.flatMap((t) => [...t.matchAll(pattern)].map((m) => m[1] ?? '')));
  return {named: all(/var\(\s*(--[\w-]+)/g), set: all(/(?<![\w-])(--[\w-]+)\s*:/g)};
};

/**
 * Inlines the used CSS in every page of `buildDir`; returns what it did, per stylesheet.
 * @param {string} buildDir
 */
export async function inlineCss(buildDir) {
  const states = await islandStates();
  const pages = htmlFilesUnder(buildDir).map((file) => {
    const html = readFileSync(file, 'utf8');
    const parts = pageParts(html);
    return {file, html, parts, links: parts.links};
  });
  /** @type {Map<string, typeof pages>} pages by the stylesheet they link */
  const byHref = new Map();
  for (const page of pages) {
    if (page.links.length > 1)
      throw new Error(`inline-css: ${relative(buildDir, page.file)} links ${page.links.length} stylesheets; expected one`);
    for (const {href} of page.links) byHref.set(href, [...(byHref.get(href) ?? []), page]);
  }
  const report = [];
  for (const [href, linking] of byHref) {
    if (!href.startsWith('/') || href.startsWith('//')) throw new Error(`inline-css: stylesheet ${href} is not a path of the site`);
    const file = join(buildDir, href);
    const css = readFileSync(file, 'utf8');
    /** @type {Map<string, typeof pages>} the pages of each kind */
    const byKind = new Map();
    for (const page of linking) byKind.set(page.parts.kind, [...(byKind.get(page.parts.kind) ?? []), page]);
    for (const [kind, ofKind] of byKind) {
      const htmls = ofKind.map((p) => p.html);
      const used = minified(
        withShorterSvgUrls(
          withThemesWithoutScriptAndInPrint(withConstantsInPlace(await usedCss(css, htmls, states), propertiesIn([...htmls, ...states]))),
        ),
      );
      // In a <style> element, the text `</style` would end the element early.
      if (/<\/style/i.test(used)) throw new Error(`inline-css: ${href} contains "</style", which cannot be inlined`);
      for (const page of ofKind) writeFileSync(page.file, withInlineCss(page.html, page.parts, used));
      report.push({stylesheet: href, kind, pages: ofKind.length, bytesBefore: Buffer.byteLength(css), bytesAfter: Buffer.byteLength(used)});
    }
    rmSync(file);
    if (readdirSync(dirname(file)).length === 0) rmdirSync(dirname(file));
  }
  return report;
}
