// @vitest-environment node
/** Where a page's first screen ends in its response (scripts/first-screen.mjs, read by the bench). */
import {gzipSync} from 'node:zlib';
import {endOfElement, gzipBytesUpTo} from '../../scripts/first-screen.mjs';

const PAGE =
  '<!doctype html><html><head><title>t</title></head><body><noscript><p>sans JS</p></noscript><template><b>copie</b></template><main><h1>Titre</h1><p>Premier écran</p></main><footer>fin</footer></body></html>';

describe('endOfElement', () => {
  it('numbers the elements as a browser with scripting off does: <noscript> holds elements, <template> content is apart', () => {
    // html, head, title, body, noscript, p, template, main, h1, p, footer
    expect(PAGE.slice(0, endOfElement(PAGE, 5)).endsWith('<p>sans JS</p>')).toBe(true);
    expect(PAGE.slice(0, endOfElement(PAGE, 7)).endsWith('</main>')).toBe(true);
    expect(PAGE.slice(0, endOfElement(PAGE, 9)).endsWith('<p>Premier écran</p>')).toBe(true);
  });

  it('says so when the page has fewer elements than the browser counted', () => {
    expect(() => endOfElement(PAGE, 11)).toThrow(/no element 11 \(it has 11\)/);
  });
});

describe('gzipBytesUpTo', () => {
  it('compresses the bytes before the place, counting UTF-8 characters as the server sends them', () => {
    const end = endOfElement(PAGE, 9);
    expect(gzipBytesUpTo(PAGE, end)).toBe(gzipSync(Buffer.from(PAGE.slice(0, end))).length);
    expect(gzipBytesUpTo(PAGE, end)).toBeLessThan(gzipBytesUpTo(PAGE, PAGE.length));
  });
});
