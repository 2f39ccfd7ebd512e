// @ts-check
/**
 * Cheaper icons: the theme's inline SVG icons carry path data written to many decimals, twice or
 * more per page (the navbar and the phone menu). SVGO's convertPathData rewrites each `d` at two
 * decimals (about a hundredth of a unit of a 24-unit icon: no visible change) and in its shortest
 * form, as `d="…"`; nothing else in the page is touched. Run by scripts/build.mjs before the inline CSS.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {parse} from 'parse5';
import {optimize} from 'svgo';
import {htmlFilesUnder} from './html-files.mjs';

/**
 * @typedef {{nodeName: string, attrs?: {name: string, value: string}[], childNodes?: HtmlNode[], content?: HtmlNode,
 *   sourceCodeLocation?: {attrs?: Record<string, {startOffset: number, endOffset: number}>} | null}} HtmlNode
 * The parts of a parse5 node read here.
 */

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
    const d = node.nodeName === 'path' ? node.attrs?.find((a) => a.name === 'd')?.value : undefined;
    const at = node.sourceCodeLocation?.attrs?.d;
    // Only a path that gets shorter is written again (the attribute as it was, otherwise: entities and all).
    if (d !== undefined && at && shorterPath(d) !== d) paths.push({start: at.startOffset, end: at.endOffset, d});
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) visit(child);
  };
  visit(/** @type {HtmlNode} */ (parse(html, {sourceCodeLocationInfo: true})));
  let out = html;
  // From the end backwards, so that the earlier places stay valid.
  for (const {start, end, d} of paths.reverse()) out = `${out.slice(0, start)}d="${shorterPath(d)}"${out.slice(end)}`;
  return out;
}

/** Rewrites the paths of every page under `buildDir`; returns how many characters shorter the pages are. @param {string} buildDir */
export function shortenSvgPaths(buildDir) {
  let saved = 0;
  for (const file of htmlFilesUnder(buildDir)) {
    const html = readFileSync(file, 'utf8');
    const out = withShorterPaths(html);
    saved += html.length - out.length;
    if (out !== html) writeFileSync(file, out);
  }
  return saved;
}
