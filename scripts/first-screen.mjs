// @ts-check
/**
 * How many bytes of a page's response a phone needs before it can paint its first screen: the
 * gzip size of the HTML up to the end of the last element that a phone's first screen shows
 * (Lighthouse's mobile viewport, 412 × 823), plus the response headers. Everything the first
 * paint needs (the head, the inline CSS, the frame, the top of the article) is before that point,
 * so when this is within the first congestion window (about 14 KB), the first screen arrives in
 * one round trip, even when the rest of the page takes another. Used by scripts/bench.mjs.
 */
import {gzipSync} from 'node:zlib';
import {parse} from 'parse5';

/** Lighthouse's mobile emulation (Moto G Power): the viewport of its mobile runs. */
export const PHONE_VIEWPORT = {width: 412, height: 823};

/**
 * @typedef {{nodeName: string, tagName?: string, childNodes?: HtmlNode[], sourceCodeLocation?: {endOffset: number} | null}} HtmlNode
 * The parts of a parse5 node read here.
 */

/**
 * The place in `html` where the element numbered `index` (in document order, as
 * `document.querySelectorAll('*')` numbers them with scripting off) ends.
 * @param {string} html @param {number} index
 */
export function endOfElement(html, index) {
  /** @type {HtmlNode[]} */
  const elements = [];
  /** @param {HtmlNode} node */
  const visit = (node) => {
    if (node.tagName) elements.push(node);
    // A <template>'s content is not in the document's tree (parse5 keeps it apart, as browsers do).
    for (const child of node.childNodes ?? []) visit(child);
  };
  // Scripting off, as in the browser that numbered the elements: <noscript> holds elements then.
  visit(/** @type {HtmlNode} */ (parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})));
  const end = elements[index]?.sourceCodeLocation?.endOffset;
  if (end === undefined) throw new Error(`first-screen: the page has no element ${index} (it has ${elements.length})`);
  return end;
}

/** The gzip size of the response up to `end`, as the server compresses it (zlib's default level). @param {string} html @param {number} end */
export const gzipBytesUpTo = (html, end) => gzipSync(Buffer.from(html).subarray(0, Buffer.byteLength(html.slice(0, end)))).length;

/**
 * The number (in document order) of the last element a phone's first screen shows, in a
 * Playwright page that has the page loaded with JavaScript off. Runs in the browser.
 * @returns {number}
 */
export function lastElementOnFirstScreen() {
  /* global document, innerHeight, innerWidth -- run by page.evaluate, in the page */
  const all = [...document.querySelectorAll('*')];
  for (let i = all.length - 1; i >= 0; i--) {
    const box = all[i]?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0 && box.left < innerWidth && box.right > 0)
      return i;
  }
  return all.length - 1;
}
