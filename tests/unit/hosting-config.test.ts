// @vitest-environment node
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
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
  const page = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(buildDir, file)), {recursive: true});
    writeFileSync(path.join(buildDir, file), html);
  };
  page('index.html', '<html><body><svg style="display: none;"></svg><script>boot()</script></body></html>');
  page('404.html', '<html><head><style>.lost{}</style></head><body><script>boot()</script></body></html>');
  // The pages of the routes with a policy of their own (hosting/staticwebapp.base.json): the list of changes and the search page.
  page('changes.html', '<html><head><style>.changes{}</style></head><body><script>boot()</script></body></html>');
  page('changes/entry.html', '<html><head><style>.changes{}</style></head><body><script>entry()</script></body></html>');
  page('search.html', '<html><head><style>.search{}</style></head><body></body></html>');
  page('en/changes.html', '<html><head><style>.en-changes{}</style></head><body></body></html>');
  page('en/search.html', '<html><head><style>.en-search{}</style></head><body></body></html>');
  page('en/index.html', '<html><head><style>.en{}</style></head><body><script>boot()</script></body></html>');
  /** Runs `check` with `file` gone from the build, then puts it back as it was. */
  const without = (file: string, check: () => void) => {
    const html = readFileSync(path.join(buildDir, file), 'utf8');
    rmSync(path.join(buildDir, file));
    try {
      check();
    } finally {
      page(file, html);
    }
  };
  const routeCsp = (config: ReturnType<typeof hostingConfig>, route: string) =>
    config.routes.find((r) => r.route === route)?.headers?.['Content-Security-Policy'] ?? '';
  afterAll(() => rmSync(buildDir, {recursive: true, force: true}));

  it("gives a route whose CSP is {{CSP}} the hashes of its own pages and of the 404 page, and the global policy the others'", () => {
    const config = hostingConfig({buildDir, reportUrl: ''});
    const styles = (route: string) => directive(routeCsp(config, route), 'style-src');
    const lost = sha256('.lost{}');
    expect(styles('/changes*')).toBe(`style-src 'self' ${[lost, sha256('.changes{}')].sort().join(' ')}`);
    expect(directive(routeCsp(config, '/changes*'), 'script-src')).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${[sha256('boot()'), sha256('entry()')].sort().join(' ')}`,
    );
    expect(styles('/en/search*')).toBe(`style-src 'self' ${[lost, sha256('.en-search{}')].sort().join(' ')}`);
    // The routes of /en come first: /* does not take the English pages.
    expect(styles('/en/*')).toBe(`style-src 'self' ${[lost, sha256('.en{}')].sort().join(' ')}`);
    expect(styles('/*')).toBe(`style-src 'self' 'unsafe-hashes' ${[sha256('display: none;'), lost].sort().join(' ')}`);
    // The global policy, for what no such route serves: a 404.
    expect(directive(config.globalHeaders['Content-Security-Policy'], 'style-src')).toBe(`style-src 'self' ${lost}`);
  });

  it('stops when the 404 override names no page of the build, since every policy must allow that page', () => {
    without('404.html', () =>
      expect(() => hostingConfig({buildDir, reportUrl: ''})).toThrow(
        'the 404 override rewrites to /404.html, which is no page of the build',
      ),
    );
  });

  it('stops when a route with a policy of its own serves no page, naming it', () => {
    without('en/search.html', () =>
      expect(() => hostingConfig({buildDir, reportUrl: ''})).toThrow(
        'the route /en/search* has its own CSP but serves no page of the build',
      ),
    );
  });

  it('allows styles by hash only, and keeps base-uri, fonts and manifests shut', () => {
    const csp = routeCsp(hostingConfig({buildDir, reportUrl: ''}), '/*');
    expect(directive(csp, 'style-src')).toBe(
      `style-src 'self' 'unsafe-hashes' ${[sha256('display: none;'), sha256('.lost{}')].sort().join(' ')}`,
    );
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

    const config = hostingConfig({buildDir, reportUrl: 'https://csp.example.org/report'});
    const on = config.globalHeaders;
    const group = directive(on['Content-Security-Policy'], 'report-to')?.split(' ')[1];
    for (const route of ['/*', '/en/changes*']) expect(directive(routeCsp(config, route), 'report-to')).toBe(`report-to ${group}`);
    expect(group).toMatch(/^[\w-]+$/);
    expect(on['Reporting-Endpoints']).toBe(`${group}="https://csp.example.org/report"`);
  });
});
