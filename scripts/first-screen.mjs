// @ts-check
/**
 * How many bytes of a page's response a phone needs before it can paint its first screen: the
 * gzip size of the HTML up to the end of the last text or leaf element that a phone's first screen
 * shows (Lighthouse's mobile viewport, 412 × 823), plus the response headers. Everything the
 * first paint needs (the head, the inline CSS, the frame, the top of the article) is before that
 * point, so when this is within the first congestion window (about 14 KB), the first screen
 * arrives in one round trip, even when the rest of the page takes another. Used by scripts/bench.mjs.
 */
import {gzipSync} from 'node:zlib';
import {parse} from 'parse5';

/** Lighthouse's mobile emulation (Moto G Power): the viewport of its mobile runs. */
export const PHONE_VIEWPORT = {width: 412, height: 823};

/**
 * @typedef {{nodeName: string, tagName?: string, value?: string, childNodes?: HtmlNode[], sourceCodeLocation?: {endOffset: number} | null}} HtmlNode
 * The parts of a parse5 node read here.
 */

/**
 * The node numbered `index` in the order `lastNodeOnFirstScreen` numbers them (elements and
 * text, in document order, with scripting off): its tag or text, and where it ends in `html`.
 * @param {string} html @param {number} index
 * @returns {{tag?: string, text?: string, end: number}}
 */
export function nodeOfPage(html, index) {
  /** @type {HtmlNode[]} */
  const nodes = [];
  /** @param {HtmlNode} node */
  const visit = (node) => {
    if (node.tagName || node.nodeName === '#text') nodes.push(node);
    // A <template>'s content is not in the document's tree (parse5 keeps it apart, as browsers do).
    for (const child of node.childNodes ?? []) visit(child);
  };
  // Scripting off, as in the browser that numbered them: <noscript> holds elements then.
  visit(/** @type {HtmlNode} */ (parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})));
  const node = nodes[index];
  if (!node) throw new Error(`first-screen: the page has no node ${index} (it has ${nodes.length})`);
  const end = node.sourceCodeLocation?.endOffset;
  if (end === undefined)
    throw new Error(`first-screen: node ${index} (${node.nodeName}) was implied by the parser and has no place in the page`);
  return node.tagName ? {tag: node.tagName, end} : {text: node.value ?? '', end};
}

/** The gzip size of the response up to `end`, as the server compresses it (zlib's default level). @param {string} html @param {number} end */
export const gzipBytesUpTo = (html, end) => gzipSync(Buffer.from(html).subarray(0, Buffer.byteLength(html.slice(0, end)))).length;

/**
 * In a page loaded with JavaScript off (run by page.evaluate): the number of the last node on the
 * first screen, counting elements and text nodes in document order from <html>. A text counts
 * when one of its lines is on the screen, an element when it has no child element and its box is.
 * @returns {{index: number, tag?: string, text?: string}}
 */
export function lastNodeOnFirstScreen() {
  /* global document, innerHeight, innerWidth, NodeFilter, Node -- run by page.evaluate, in the page */
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** @type {Node[]} */
  const nodes = [];
  for (let n = /** @type {Node | null} */ (walker.currentNode); n; n = walker.nextNode()) nodes.push(n);
  const onScreen = (/** @type {DOMRect} */ r) =>
    r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0;
  const range = document.createRange();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node?.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some(onScreen)) return {index: i, text: node.textContent};
    } else if (node instanceof Element && node.childElementCount === 0 && onScreen(node.getBoundingClientRect())) {
      return {index: i, tag: node.localName};
    }
  }
  return {index: 0, tag: 'html'};
}
