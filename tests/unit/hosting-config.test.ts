// @vitest-environment node
import {createHash} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {hostingConfig, inlineHashes} from '../../scripts/hosting-config.mjs';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directive = (csp: string, name: string): string | undefined =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `));

describe('inlineHashes', () => {
  it('hashes what a browser hashes: script text, <style> text, decoded style attributes', () => {
    const html = `<!doctype html><html><head><style>p{color:red}</style>
      <script>boot()</script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script></head>
      <body><svg style="display: none;"></svg><p style=margin:0>x</p><b style="content:'a&amp;b'">y</b>
      <template><i style="color:blue">z</i></template></body></html>`;
    expect(inlineHashes([html, html])).toEqual({
      scripts: [sha256('boot()')],
      styles: [sha256('p{color:red}')],
      styleAttributes: [sha256('display: none;'), sha256('margin:0'), sha256("content:'a&b'"), sha256('color:blue')].sort(),
    });
  });
});

describe('hostingConfig', () => {
  const buildDir = mkdtempSync(path.join(tmpdir(), 'hosting-config-'));
  writeFileSync(path.join(buildDir, 'index.html'), '<html><body><svg style="display: none;"></svg><script>boot()</script></body></html>');
  afterAll(() => rmSync(buildDir, {recursive: true, force: true}));

  it('allows styles by hash only, and keeps base-uri, fonts and manifests shut', () => {
    const csp = hostingConfig({buildDir, reportUrl: ''}).globalHeaders['Content-Security-Policy'];
    expect(directive(csp, 'style-src')).toBe(`style-src 'self' 'unsafe-hashes' ${sha256('display: none;')}`);
    expect(directive(csp, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha256('boot()')}`);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(csp, 'font-src')).toBeUndefined();
    expect(directive(csp, 'manifest-src')).toBeUndefined();
  });

  it('sends violation reports only when a collector is set, with its Reporting-Endpoints entry', () => {
    const off = hostingConfig({buildDir, reportUrl: ''}).globalHeaders;
    expect(directive(off['Content-Security-Policy'], 'report-to')).toBeUndefined();
    expect(off).not.toHaveProperty('Reporting-Endpoints');

    const on = hostingConfig({buildDir, reportUrl: 'https://csp.example.org/report'}).globalHeaders;
    const group = directive(on['Content-Security-Policy'], 'report-to')?.split(' ')[1];
    expect(group).toMatch(/^[\w-]+$/);
    expect(on['Reporting-Endpoints']).toBe(`${group}="https://csp.example.org/report"`);
  });
});
