// @vitest-environment node
/** The icons' path data written shorter by the build (scripts/svg-paths.mjs), and nothing else. */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {SvgSpriteDefs} from '@docusaurus/theme-classic/lib/inlineSvgSprites';
import {shorterPath, shorterSvg, withShorterPaths, withShorterSvgUrls, withoutUnusedSymbols} from '../../scripts/svg-paths.mjs';

const SUN =
  'M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9 M2,13l2,0c0.55,0,1-0.45,1-1s-0.45-1-1-1l-2,0c-0.55,0-1,0.45-1,1S1.45,13,2,13z';

describe('shorterPath', () => {
  it('writes the same shape at two decimals, in the shortest commands', () => {
    expect(shorterPath('M0.123456,0L10.987654,0L10.987654,5z')).toBe('M.12 0H11v5z');
    expect(shorterPath(SUN)).toBe(
      'M12 9c1.65 0 3 1.35 3 3s-1.35 3-3 3-3-1.35-3-3 1.35-3 3-3M2 13h2c.55 0 1-.45 1-1s-.45-1-1-1H2c-.55 0-1 .45-1 1s.45 1 1 1z',
    );
  });

  it('keeps what only a stroke shows: zero-length segments, and a closing line that is not a close', () => {
    expect(shorterPath('M5.000,5.000l0,0M10.000,10.000h0.001')).toBe('M5 5h0m5 5h0');
    expect(shorterPath('M2.000,2.000L10.000,2.000L10.000,10.000L2.000,2.000')).toBe('M2 2h8v8L2 2');
  });

  it('leaves a path it cannot read, or make shorter, as it is', () => {
    expect(shorterPath('not a path')).toBe('not a path');
    expect(shorterPath('M1,1"/><script>')).toBe('M1,1"/><script>');
    expect(shorterPath('M1 1h2')).toBe('M1 1h2');
  });
});

describe('withShorterPaths', () => {
  it('rewrites every <path d> of the page, in <template>s too, and nothing else', () => {
    const around = (d: string): string =>
      `<!doctype html><html><head><title>t</title></head><body><p class=x>Texte, 1,50</p><svg viewBox="0 0 24 24" width=24 aria-hidden=true><path fill=currentColor d="${d}" /></svg><template><svg><path d='${d}'/></svg></template></body></html>`;
    expect(withShorterPaths(around(SUN))).toBe(around(shorterPath(SUN)).replace(`d='${shorterPath(SUN)}'`, `d="${shorterPath(SUN)}"`));
  });

  it('leaves a path written with entities, or that it cannot make shorter, byte for byte', () => {
    const page = `<!doctype html><html><head></head><body><svg><path d="M1&#44;1 &quot;x"/><path d='M1 1h2'/></svg></body></html>`;
    expect(withShorterPaths(page)).toBe(page);
  });

  it('leaves a page without icons byte for byte', () => {
    const page = '<!doctype html><html><head></head><body><p data-d="M1,1">d=1</p></body></html>';
    expect(withShorterPaths(page)).toBe(page);
  });
});

/** Infima's breadcrumb separator, as its CSS writes it. */
const SEPARATOR =
  'url("data:image/svg+xml;utf8,<svg xmlns=\\"http://www.w3.org/2000/svg\\" x=\\"0px\\" y=\\"0px\\" viewBox=\\"0 0 256 256\\"><g><g><polygon points=\\"79.093,0 48.907,30.187 146.72,128 48.907,225.813 79.093,256 207.093,128\\"/></g></g><g></g><g></g></svg>")';

describe('withShorterSvgUrls', () => {
  it('writes an SVG data URL shorter, keeping its viewBox, with single quotes inside, and nothing else', () => {
    const css = `.a{color:red}.b:after{background:${SEPARATOR} center;content:" "}`;
    expect(withShorterSvgUrls(css)).toBe(
      `.a{color:red}.b:after{background:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 256 256'><path d='M79.09 0 48.91 30.19 146.72 128l-97.81 97.81L79.09 256l128-128z'/></svg>") center;content:" "}`,
    );
  });

  it('leaves an SVG alone when what SVGO writes has a line break, which would end the CSS string', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text xml:space="preserve">a\nb</text><g></g></svg>';
    expect(shorterSvg(svg)).toBe(svg);
  });

  it("writes # as %23, which would otherwise start the URL's fragment", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><g><rect width="2" height="2" fill="#123456"/></g></svg>';
    expect(shorterSvg(svg)).toBe(
      "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 2 2'><path fill='%23123456' d='M0 0h2v2H0z'/></svg>",
    );
  });

  it('leaves alone what it cannot read or make shorter: other URLs, encoded or base64 SVG, broken SVG, single quotes', () => {
    const css = [
      '.a{background:url(/img/a.svg)}',
      '.b{background:url("data:image/svg+xml;base64,PHN2Zy8+")}',
      '.c{background:url("data:image/svg+xml,%3Csvg%3E%3C/svg%3E")}',
      '.d{background:url("data:image/svg+xml;utf8,<svg><g>")}',
      `.e{background:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' aria-label='it&apos;s'><g></g></svg>")}`,
      '.f{mask:url("data:image/svg+xml;utf8,<svg xmlns=\\"http://www.w3.org/2000/svg\\"/>")}',
      // A backslash in what SVGO writes would be a CSS escape.
      `.g{background:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'><text>a\\\\b</text><g></g></svg>")}`,
    ].join('');
    expect(withShorterSvgUrls(css)).toBe(css);
  });

  it("writes every SVG URL of Infima's stylesheet shorter: an upgrade that changes how it writes them shows here", () => {
    const infima = readFileSync(createRequire(import.meta.url).resolve('infima/dist/css/default/default.min.css'), 'utf8');
    // Quoted either way: Infima writes them between single quotes, and the step between double ones.
    const urls = (css: string): string[] =>
      [...css.matchAll(/url\((["'])data:image\/svg\+xml;utf8,(?:(?!\1)[^\\]|\\.)*\1\)/g)].map((m) => m[0]);
    const before = urls(infima);
    const after = urls(withShorterSvgUrls(infima));
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(after).toHaveLength(before.length);
    after.forEach((url, i) => expect(url.length).toBeLessThan(before[i]?.length ?? 0));
  });
});

describe('withoutUnusedSymbols', () => {
  /** The sprite as the theme injects it at the start of the body (theme-classic's injectHtmlTags). */
  const sprite = `<svg style="display: none;">${SvgSpriteDefs}</svg>`;
  const page = (body: string): string =>
    `<!doctype html><html><head><title>t</title></head><body>${sprite}\n<div id=__docusaurus>${body}</div></body></html>`;

  it("removes the theme's sprite, its line break and its style attribute from a page that uses none of its symbols", () => {
    expect(SvgSpriteDefs).toContain('<symbol id="theme-svg-external-link"');
    expect(withoutUnusedSymbols(page('<p>Texte <a href=#x>lien</a></p>'))).toBe(
      '<!doctype html><html><head><title>t</title></head><body><div id=__docusaurus><p>Texte <a href=#x>lien</a></p></div></body></html>',
    );
  });

  it('keeps it, byte for byte, in a page that names a symbol: href or xlink:href, in a <template>, a <noscript> or a script', () => {
    for (const use of [
      '<svg><use href="#theme-svg-external-link"></use></svg>',
      '<svg><use xlink:href=#theme-svg-external-link /></svg>',
      '<template><svg><use href="#theme-svg-external-link"></use></svg></template>',
      '<noscript><svg><use href="#theme-svg-external-link"></use></svg></noscript>',
      '<script>icon.innerHTML = \'<use href="#theme-svg-external-link">\'</script>',
    ]) {
      expect(withoutUnusedSymbols(page(use))).toBe(page(use));
    }
  });

  it('removes only the unused symbols of a sprite that holds others', () => {
    const two = '<svg hidden><defs><symbol id=a><path d="M0 0"/></symbol><symbol id=b><path d="M1 1"/></symbol></defs></svg>';
    expect(withoutUnusedSymbols(`<body>${two}<svg><use href=#b /></svg></body>`)).toBe(
      '<body><svg hidden><defs><symbol id=b><path d="M1 1"/></symbol></defs></svg><svg><use href=#b /></svg></body>',
    );
    expect(withoutUnusedSymbols('<body><svg><symbol id=a></symbol></svg><i style="fill:url(#a)"></i></body>')).toBe(
      '<body><svg><symbol id=a></symbol></svg><i style="fill:url(#a)"></i></body>',
    );
  });

  it('keeps the box of an <svg> that is not a hidden sprite (shown, or with an id): only its unused symbols go', () => {
    expect(withoutUnusedSymbols('<body><svg><symbol id=a></symbol></svg><svg>\n</svg></body>')).toBe(
      '<body><svg></svg><svg>\n</svg></body>',
    );
    expect(withoutUnusedSymbols('<body><svg><defs><symbol id=a></symbol></defs><circle r=1 /></svg></body>')).toBe(
      '<body><svg><defs></defs><circle r=1 /></svg></body>',
    );
    expect(withoutUnusedSymbols('<body><svg id=icons hidden><symbol id=a></symbol></svg></body>')).toBe(
      '<body><svg id=icons hidden></svg></body>',
    );
  });

  it('leaves a page without symbols byte for byte', () => {
    const html = '<!doctype html><html><head></head><body><svg style="display: none;"></svg><p>x</p></body></html>';
    expect(withoutUnusedSymbols(html)).toBe(html);
  });
});
