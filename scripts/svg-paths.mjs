// @ts-check
/**
 * Cheaper icons: the theme's inline SVG icons carry path data written to many decimals, twice or
 * more per page (the navbar and the phone menu). SVGO's convertPathData rewrites each `d` at two
 * decimals (about a hundredth of a unit of a 24-unit icon: no visible change) and in its shortest
 * form, as `d="…"`; nothing else in the page is touched. Run by scripts/build.mjs before the inline CSS.
 * The icons that Infima's CSS carries as `data:image/svg+xml` URLs (the breadcrumbs' separator,
 * the search box's magnifier, the menu's caret that the phone table of contents shows) go through
 * SVGO's default preset too (`withShorterSvgUrls`, called by scripts/inline-css.mjs on the CSS it inlines).
 * And the sprite that the theme puts at the start of every page's body (`<svg style="display: none;">`,
 * the external-link icon's `<symbol>`) goes from each page that never names that symbol
 * (`withoutUnusedSymbols`): no page of the site shows that icon, and its style attribute alone
 * made the CSP allow `'unsafe-hashes'`.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {parse} from 'parse5';
import postcss from 'postcss';
import valueParser from 'postcss-value-parser';
import {optimize} from 'svgo';
import {htmlFilesUnder} from './html-files.mjs';

/**
 * @typedef {{nodeName: string, attrs?: {name: string, value: string}[], childNodes?: HtmlNode[], content?: HtmlNode,
 *   sourceCodeLocation?: {startOffset: number, endOffset: number, attrs?: Record<string, {startOffset: number, endOffset: number}>} | null}} HtmlNode
 * The parts of a parse5 node read here.
 */

/** A node's children, and a <template>'s content (which parse5 keeps apart from them). @param {HtmlNode} node */
const childrenOf = (node) => [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])];
/** @param {HtmlNode} node @param {string} name */
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** @type {Map<string, string>} */
const shorter = new Map();

/** `d` at two decimals, in SVGO's shortest form; `d` itself when SVGO cannot make it shorter. @param {string} d */
export function shorterPath(d) {
  let out = shorter.get(d);
  if (out === undefined) {
    out = d;
    // Path data has no quote, ampersand or angle bracket: a `d` with one is left alone.
    if (!/[&<>"]/.test(d)) {
      // SVGO sees the path alone: a stroke with round caps keeps the segments that only a stroke
      // shows (zero-length ones), and no closing line becomes `z` (another join where strokes meet).
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" stroke="#000" stroke-linecap="round"><path d="${d}"/></svg>`;
      const {data} = optimize(svg, {plugins: [{name: 'convertPathData', params: {floatPrecision: 2, convertToZ: false}}]});
      const optimized = /<path d="([^"]+)"/.exec(data)?.[1];
      if (optimized && optimized.length < d.length) out = optimized;
    }
    shorter.set(d, out);
  }
  return out;
}

/** The page with each SVG `<path d>` written shorter. @param {string} html */
export function withShorterPaths(html) {
  /** @type {{start: number, end: number, d: string}[]} */
  const paths = [];
  /** @param {HtmlNode} node */
  const visit = (node) => {
    const d = node.nodeName === 'path' ? attr(node, 'd') : undefined;
    const at = node.sourceCodeLocation?.attrs?.d;
    // Only a path that gets shorter is written again (the attribute as it was, otherwise: entities and all).
    if (d !== undefined && at && shorterPath(d) !== d) paths.push({start: at.startOffset, end: at.endOffset, d});
    for (const child of childrenOf(node)) visit(child);
  };
  visit(/** @type {HtmlNode} */ (parse(html, {sourceCodeLocationInfo: true})));
  let out = html;
  // From the end backwards, so that the earlier places stay valid.
  for (const {start, end, d} of paths.reverse()) out = `${out.slice(0, start)}d="${shorterPath(d)}"${out.slice(end)}`;
  return out;
}

/**
 * The page without the `<symbol>`s whose id it never names as `#id` (in an attribute, a
 * `<noscript>`, a script or a style: anywhere), and without a hidden sprite left holding nothing
 * else: an `<svg>` with no id, hidden (`display: none` or `hidden`), that held such symbols and is
 * left with empty `<defs>` and white space only. Anything else byte for byte, but for a line break
 * right after what goes. @param {string} html
 */
export function withoutUnusedSymbols(html) {
  /** @type {Set<HtmlNode>} */
  const goes = new Set();
  /** @param {HtmlNode} node @param {boolean} inSvg */
  const find = (node, inSvg) => {
    const id = node.nodeName === 'symbol' && inSvg ? attr(node, 'id') : undefined;
    // The raw text, so that a name the parser reads as text (a <noscript>, a script) counts too.
    if (id && !html.includes(`#${id}`)) goes.add(node);
    for (const child of childrenOf(node)) find(child, inSvg || node.nodeName === 'svg');
  };
  const document = /** @type {HtmlNode} */ (parse(html, {sourceCodeLocationInfo: true}));
  find(document, false);
  if (goes.size === 0) return html;
  /** Whether nothing would be left of the node: white space, empty <defs>, unused symbols. @param {HtmlNode} n @returns {boolean} */
  const empty = (n) =>
    goes.has(n) ||
    (n.nodeName === '#text' && !/\S/.test(/** @type {{value?: string}} */ (n).value ?? '')) ||
    (n.nodeName === 'defs' && (n.childNodes ?? []).every(empty));
  /** @param {HtmlNode} n @returns {boolean} */
  const holdsUnused = (n) => (n.childNodes ?? []).some((c) => goes.has(c) || holdsUnused(c));
  // A visible <svg>, even an empty one, takes room, and one with an id may be named: those keep their box.
  const hiddenSprite = (/** @type {HtmlNode} */ n) =>
    n.nodeName === 'svg' &&
    attr(n, 'id') === undefined &&
    (attr(n, 'hidden') !== undefined || /display\s*:\s*none/i.test(attr(n, 'style') ?? '')) &&
    holdsUnused(n) &&
    (n.childNodes ?? []).every(empty);
  /** @type {{startOffset: number, endOffset: number}[]} */
  const cuts = [];
  /** @param {HtmlNode} node */
  const cut = (node) => {
    if ((hiddenSprite(node) || goes.has(node)) && node.sourceCodeLocation) cuts.push(node.sourceCodeLocation);
    else for (const child of childrenOf(node)) cut(child);
  };
  cut(document);
  let out = html;
  // From the end backwards, so that the earlier places stay valid.
  for (const {startOffset, endOffset} of cuts.sort((a, b) => b.startOffset - a.startOffset)) {
    const lineBreak = /^\r?\n/.exec(out.slice(endOffset))?.[0].length ?? 0;
    out = `${out.slice(0, startOffset)}${out.slice(endOffset + lineBreak)}`;
  }
  return out;
}

const SVG_URL = /^data:image\/svg\+xml;(?:charset=)?utf-?8,/i;

/**
 * An SVG written into a `data:` URL, optimised by SVGO's default preset at two decimals, keeping
 * the viewBox (the CSS may size the icon otherwise than its width and height), with single quotes
 * inside (the URL is written between double ones) and `#` as `%23` (else it would start a fragment).
 * The SVG as it was when SVGO cannot read it or make it shorter. @param {string} svg
 */
export function shorterSvg(svg) {
  try {
    const {data} = optimize(svg, {
      multipass: true,
      floatPrecision: 2,
      plugins: [{name: 'preset-default', params: {overrides: {removeViewBox: false}}}],
    });
    // A single quote in an attribute value, a backslash (a CSS escape) or a line break (which ends a
    // CSS string) would need escaping: not worth it.
    const out = /['\\\n\r\f]/.test(data) ? undefined : data.replaceAll('"', "'").replaceAll('#', '%23');
    return out !== undefined && out.length < svg.length ? out : svg;
  } catch {
    return svg;
  }
}

/**
 * The CSS with each unencoded SVG `data:` URL (`url("data:image/svg+xml;utf8,<svg …")`) written
 * shorter by `shorterSvg`; anything else byte for byte. @param {string} css
 */
export function withShorterSvgUrls(css) {
  const root = postcss.parse(css);
  root.walkDecls((decl) => {
    if (!/data:image\/svg/i.test(decl.value)) return;
    const value = valueParser(decl.value);
    let changed = false;
    value.walk((node) => {
      if (node.type !== 'function' || node.value.toLowerCase() !== 'url') return;
      const [url] = node.nodes;
      const prefix = url?.type === 'string' || url?.type === 'word' ? SVG_URL.exec(url.value)?.[0] : undefined;
      if (!url || prefix === undefined) return false;
      // In a CSS string, \" is a double quote: the SVG as the browser reads it.
      const svg = url.value.slice(prefix.length).replace(/\\(["'\\])/g, '$1');
      const shorter = shorterSvg(svg);
      if (shorter === svg) return false;
      Object.assign(url, {type: 'string', quote: '"', value: `${prefix}${shorter}`});
      changed = true;
      return false;
    });
    if (changed) decl.value = valueParser.stringify(value.nodes);
  });
  return root.toString();
}

/**
 * Rewrites the paths of every page under `buildDir` and drops its unused symbols; returns how many
 * characters shorter the pages are. @param {string} buildDir
 */
export function shortenSvgPaths(buildDir) {
  let saved = 0;
  for (const file of htmlFilesUnder(buildDir)) {
    const html = readFileSync(file, 'utf8');
    const out = withoutUnusedSymbols(withShorterPaths(html));
    saved += html.length - out.length;
    if (out !== html) writeFileSync(file, out);
  }
  return saved;
}
