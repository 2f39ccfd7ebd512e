// @vitest-environment node
/** Where a page's first screen ends in its response (scripts/first-screen.mjs, read by the bench). */
import {gzipSync} from 'node:zlib';
import {gzipBytesUpTo, nodeOfPage} from '../../scripts/first-screen.mjs';

const PAGE =
  '<!doctype html><html><head><title>t</title></head><body><noscript><p>sans JS</p></noscript><template><b>copie</b></template><main><p>un <a href=/>lien</a> puis la suite</p></main><footer>fin</footer></body></html>';

describe('nodeOfPage', () => {
  it('numbers elements and texts as a browser with scripting off does: <noscript> holds elements, <template> content is apart', () => {
    // html, head, title, "t", body, noscript, p, "sans JS", template, main, p, "un ", a, "lien", " puis la suite", footer, "fin"
    const upTo = (index: number): string => PAGE.slice(0, nodeOfPage(PAGE, index).end);
    expect(nodeOfPage(PAGE, 7)).toMatchObject({text: 'sans JS'});
    expect(upTo(7).endsWith('<p>sans JS')).toBe(true);
    expect(nodeOfPage(PAGE, 9)).toMatchObject({tag: 'main'});
    expect(nodeOfPage(PAGE, 12)).toMatchObject({tag: 'a'});
    // The text after a link is a node of its own: the first screen does not end at the link.
    expect(nodeOfPage(PAGE, 14)).toMatchObject({text: ' puis la suite'});
    expect(upTo(14).endsWith('</a> puis la suite')).toBe(true);
    expect(nodeOfPage(PAGE, 16)).toMatchObject({text: 'fin'});
  });

  it('says so when the page has fewer nodes than the browser counted, or the node has no place in the page', () => {
    expect(() => nodeOfPage(PAGE, 17)).toThrow(/no node 17 \(it has 17\)/);
    expect(() => nodeOfPage('<table><tr><td>x</td></tr></table>', 4)).toThrow(/node 4 \(tbody\) was implied by the parser/);
  });
});

describe('gzipBytesUpTo', () => {
  it('compresses the bytes before the place, counting UTF-8 characters as the server sends them', () => {
    const {end} = nodeOfPage(PAGE, 14);
    expect(gzipBytesUpTo(PAGE, end)).toBe(gzipSync(Buffer.from(PAGE.slice(0, end))).length);
    expect(gzipBytesUpTo(PAGE, end)).toBeLessThan(gzipBytesUpTo(PAGE, PAGE.length));
  });
});
