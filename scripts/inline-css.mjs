// @ts-check
/**
 * Makes each built page readable from its first response (ARCHITECTURE.md): the stylesheet
 * Docusaurus links, render-blocking, becomes a <style> element in the page (after Docusaurus's
 * theme script, moved up from the body's start), holding only the rules
 * that some built page or some island state can match (PurgeCSS, reading the HTML with its HTML
 * extractor). Every page of a locale gets the same CSS, so the CSP allows it by one hash
 * (scripts/hosting-config.mjs). The stylesheet files no page links any more are removed.
 *
 * The controls change the markup after the build: each lists what it can produce, as HTML, in an
 * exported `cssStates` beside its code (src/controls/<name>/css-states.ts); their styles are kept with the pages'.
 * Run by scripts/build.mjs after Pagefind and the prune, before the hosting config.
 */
import {readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
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
 * before the site's content.
 * @param {string} html
 */
export function pageParts(html) {
  /** @type {{href: string, start: number, end: number}[]} */
  const links = [];
  /** @type {{start: number, end: number}[]} */
  const bodyStartScripts = [];
  /** @param {HtmlNode} node */
  const visit = (node) => {
    const attr = (/** @type {string} */ name) => node.attrs?.find((a) => a.name === name)?.value;
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
  return {links, bodyStartScripts};
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
 * keyframes and font faces go too.
 * @param {string} css @param {string[]} pages HTML texts @param {string[]} states
 */
export async function usedCss(css, pages, states) {
  const [result] = await new PurgeCSS().purge({
    content: [...pages, ...states].map((raw) => ({raw, extension: 'html'})),
    css: [{raw: css}],
    extractors: [{extractor: purgeHtml, extensions: ['html']}],
    variables: true,
    keyframes: true,
    fontFace: true,
  });
  return result?.css ?? '';
}

/**
 * Selectors that match the root element only. Infima and the theme set their themes' custom
 * properties there; Docusaurus's theme script puts data-theme on <html> (first-response.spec.ts checks it).
 */
const ROOT_SELECTORS = new Set([
  ':root',
  'html',
  'html[data-theme=dark]',
  '[data-theme=dark]',
  'html[data-theme=light]',
  '[data-theme=light]',
]);

/**
 * `css` with each custom property that has one value everywhere written in place of its
 * `var()`s, and its declaration removed: most of Infima's 150 properties are constants, and
 * their names cost more bytes than their values. A property qualifies when it is declared once,
 * on `:root` outside any condition (@media, @supports), and its value names only properties the
 * root element alone declares (the themes' colours among them): the browser would resolve it to
 * the same value on every element. The rest stay as they are. No PostCSS plugin does this
 * exactly: postcss-custom-properties adds fallbacks for old browsers, and takes :root's value
 * even where the dark theme sets another.
 * @param {string} css
 * @param {{named: Set<string>, set: Set<string>}} pages the properties the pages or control states
 *   name (`var(--x)` in an SVG attribute, say: the declaration stays, the CSS's uses are written in
 *   place) and set (`--x:` in a style attribute: then it is no constant)
 */
export function withConstantsInPlace(css, pages) {
  const root = postcss.parse(css);
  /** @type {Map<string, import('postcss').Declaration[]>} */
  const declarations = new Map();
  root.walkDecls(/^--/, (d) => {
    declarations.set(d.prop, [...(declarations.get(d.prop) ?? []), d]);
  });
  /** @param {import('postcss').Declaration} d */
  const onRootElement = (d) =>
    d.parent?.type === 'rule' && /** @type {import('postcss').Rule} */ (d.parent).selectors.every((s) => ROOT_SELECTORS.has(s));
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
      if (n.type === 'function' && n.value === 'var' && n.nodes[0]?.type === 'word') names.push(n.nodes[0].value);
    });
    return names;
  };
  const rootOnly = (/** @type {string} */ name) => !pages.set.has(name) && (declarations.get(name) ?? []).every(onRootElement);
  /** @type {Map<string, string>} */
  const constants = new Map();
  for (const [name, [d, ...others]] of declarations) {
    const once = d && others.length === 0 && !d.important && !pages.set.has(name);
    if (d && once && onRootElement(d) && unconditional(d) && namesIn(d.value).every(rootOnly)) {
      constants.set(name, d.value);
    }
  }
  /** @param {string} value @param {Set<string>} within the constants being written out (a cycle stays as it is) @returns {string} */
  const inPlace = (value, within = new Set()) => {
    if (!value.includes('var(')) return value;
    const parsed = valueParser(value);
    parsed.walk((n, i, siblings) => {
      const name = n.type === 'function' && n.value === 'var' ? n.nodes[0]?.value : undefined;
      const constant = name === undefined || within.has(name) ? undefined : constants.get(name);
      if (name === undefined || constant === undefined) return;
      // A constant may itself name constants; each is written out before it is set in place. The
      // minifier wrote `)var(` where a space is needed between two words: it comes back here.
      const joined = (/** @type {valueParser.Node | undefined} */ s) => s !== undefined && s.type !== 'space' && s.type !== 'div';
      const next = siblings[i + 1];
      const before = joined(siblings[i - 1]) ? ' ' : '';
      const after = joined(next) && !(next?.type === 'function' && next.value === 'var') ? ' ' : '';
      const value = `${before}${inPlace(constant, new Set([...within, name]))}${after}`;
      Object.assign(n, {type: 'word', value, nodes: []});
      return false;
    });
    return valueParser.stringify(parsed.nodes);
  };
  root.walkDecls((d) => {
    if (constants.has(d.prop) && !pages.named.has(d.prop)) {
      const rule = d.parent;
      d.remove();
      if (rule?.nodes?.length === 0) rule.remove();
    } else d.value = inPlace(d.value);
  });
  return root.toString();
}

/** The custom properties HTML texts name (`var(--x…)`) and set (`--x:`, in a style attribute). @param {string[]} texts */
export const propertiesIn = (texts) => {
  const all = (/** @type {RegExp} */ pattern) => new Set(texts.flatMap((t) => [...t.matchAll(pattern)].map((m) => m[1] ?? '')));
  return {named: all(/var\(\s*(--[\w-]+)/g), set: all(/(?<![\w-])(--[\w-]+)\s*:/g)};
};

/** @param {string} dir */
const htmlFilesUnder = (dir) =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();

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
    const texts = [...linking.map((p) => p.html), ...states];
    const used = withConstantsInPlace(
      await usedCss(
        css,
        linking.map((p) => p.html),
        states,
      ),
      propertiesIn(texts),
    );
    // In a <style> element, the text `</style` would end the element early.
    if (/<\/style/i.test(used)) throw new Error(`inline-css: ${href} contains "</style", which cannot be inlined`);
    for (const page of linking) writeFileSync(page.file, withInlineCss(page.html, page.parts, used));
    rmSync(file);
    if (readdirSync(dirname(file)).length === 0) rmdirSync(dirname(file));
    report.push({stylesheet: href, pages: linking.length, bytesBefore: Buffer.byteLength(css), bytesAfter: Buffer.byteLength(used)});
  }
  return report;
}
