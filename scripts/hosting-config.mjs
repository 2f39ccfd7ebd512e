// @ts-check
/**
 * Writes build/staticwebapp.config.json (Azure Static Web Apps) from hosting/staticwebapp.base.json
 * and the build itself:
 * - the Content-Security-Policy allows exactly the inline scripts, <style> elements and style
 *   attributes the built pages contain, by hash (read with an HTML parser, as a browser reads them):
 *   a route whose CSP is "{{CSP}}" gets the hashes of the pages it serves, the global one those of
 *   the pages no such route serves, and each of them those of the 404 page, which any path can get;
 * - each other locale's hashed assets get the same cache rule as the default locale's;
 * - CSP_REPORT_URL, when set, adds a report-to directive and its Reporting-Endpoints header.
 * The last step of scripts/build.mjs: the CSP hashes what the earlier steps leave inline.
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'parse5';
import {LOCALE_IDS, DEFAULT_LOCALE, baseUrlOf} from '../site-facts.mjs';
import {htmlFilesUnder} from './html-files.mjs';
import {routeMatches} from './route-patterns.mjs';

/**
 * The collector of Content-Security-Policy violation reports (Reporting API), for example
 * 'https://csp-reports.example.org/avs-backup'. Empty: neither report-to nor Reporting-Endpoints is sent.
 */
export const CSP_REPORT_URL = '';
/** The name that links the report-to directive to its Reporting-Endpoints entry. */
const REPORT_GROUP = 'csp';
/** Static Web Apps rejects a larger staticwebapp.config.json (Configure Azure Static Web Apps, Restrictions). */
const MAX_CONFIG_BYTES = 20 * 1024;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} text the exact text a browser hashes */
const hashSource = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * @typedef {{nodeName: string, attrs?: {name: string, value: string}[], childNodes?: HtmlNode[], content?: HtmlNode, value?: string}} HtmlNode
 * The parts of a parse5 node read here.
 */

/**
 * What the pages run or style inline, as CSP hash sources: executable inline scripts (not JSON
 * data blocks), <style> elements, and style attributes (allowed only with 'unsafe-hashes').
 * @param {string[]} htmlTexts
 */
export function inlineHashes(htmlTexts) {
  /** @type {Record<'scripts' | 'styles' | 'styleAttributes', Set<string>>} */
  const found = {scripts: new Set(), styles: new Set(), styleAttributes: new Set()};
  /** @param {HtmlNode} node */
  const visit = (node) => {
    const attr = (/** @type {string} */ name) => node.attrs?.find((a) => a.name === name)?.value;
    const text = () => (node.childNodes ?? []).map((child) => child.value ?? '').join('');
    if (node.nodeName === 'script' && attr('src') === undefined && !/^application\/(ld\+)?json$/.test(attr('type') ?? '')) {
      found.scripts.add(hashSource(text()));
    }
    if (node.nodeName === 'style') found.styles.add(hashSource(text()));
    const style = attr('style');
    if (style !== undefined) found.styleAttributes.add(hashSource(style));
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) visit(child);
  };
  for (const html of htmlTexts) visit(/** @type {HtmlNode} */ (parse(html)));
  const sorted = (/** @type {Set<string>} */ set) => [...set].sort();
  return {scripts: sorted(found.scripts), styles: sorted(found.styles), styleAttributes: sorted(found.styleAttributes)};
}

/** The path a built HTML file is served at (`trailingSlash: "auto"`): `en/index.html` at `/en/`, `changes.html` at `/changes`. @param {string} file */
const servedAt = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;

/** The placeholder of a route's Content-Security-Policy that the build fills in. */
const ROUTE_CSP = '{{CSP}}';

/**
 * @typedef {{route: string, headers?: Record<string, string>}} Route
 */

/**
 * The configuration for the build in `buildDir`.
 * @param {{buildDir?: string, reportUrl?: string}} options reportUrl: see CSP_REPORT_URL
 */
export function hostingConfig({buildDir = join(ROOT, 'build'), reportUrl = CSP_REPORT_URL} = {}) {
  /** @type {unknown} typed below: typescript-eslint does not see a JSDoc cast of JSON.parse's `any` */
  const json = JSON.parse(readFileSync(join(ROOT, 'hosting/staticwebapp.base.json'), 'utf8'));
  const {$comment, ...base} =
    /** @type {{routes: Route[], globalHeaders: {'Content-Security-Policy': string}, responseOverrides: {404: {rewrite: string}}, [key: string]: unknown}} */ (
      json
    );
  const pages = htmlFilesUnder(buildDir).map((file) => ({
    path: servedAt(relative(buildDir, file).split(sep).join('/')),
    html: readFileSync(file, 'utf8'),
  }));
  const notFound = pages.find((p) => `${p.path}.html` === base.responseOverrides['404'].rewrite);
  if (!notFound)
    throw new Error(`hosting: the 404 override rewrites to ${base.responseOverrides['404'].rewrite}, which is no page of the build`);
  /** The policy that allows what these pages and the 404 page run and style inline. @param {typeof pages} served */
  const policy = (served) => {
    const hashes = inlineHashes([...served, notFound].map((p) => p.html));
    const styleSources = [...hashes.styles, ...hashes.styleAttributes];
    return [
      base.globalHeaders['Content-Security-Policy']
        .replace('{{INLINE_SCRIPT_HASHES}}', hashes.scripts.join(' '))
        .replace('{{STYLE_HASHES}}', [...(hashes.styleAttributes.length ? ["'unsafe-hashes'"] : []), ...styleSources].join(' ')),
      ...(reportUrl ? [`report-to ${REPORT_GROUP}`] : []),
    ].join('; ');
  };
  // The routes are written for the default locale, at the root; each other locale gets them under
  // its base URL, first, so that a route of the root (`/*`) does not take that locale's paths.
  const routes = [
    ...LOCALE_IDS.filter((l) => l !== DEFAULT_LOCALE).flatMap((l) =>
      base.routes.map((r) => ({...r, route: `${baseUrlOf(l).slice(0, -1)}${r.route}`})),
    ),
    ...base.routes,
  ];
  const withOwnCsp = routes.filter((r) => r.headers?.['Content-Security-Policy'] === ROUTE_CSP);
  // Static Web Apps applies the first route that matches: a page belongs to that one.
  const ownCspRoute = (/** @type {{path: string}} */ page) => {
    const route = routes.find((r) => routeMatches(r.route, page.path));
    return route && withOwnCsp.includes(route) ? route : undefined;
  };
  return {
    ...base,
    routes: routes.map((r) => {
      if (!withOwnCsp.includes(r)) return r;
      const served = pages.filter((p) => ownCspRoute(p) === r);
      if (served.length === 0) throw new Error(`hosting: the route ${r.route} has its own CSP but serves no page of the build`);
      return {...r, headers: {...r.headers, 'Content-Security-Policy': policy(served)}};
    }),
    globalHeaders: {
      ...base.globalHeaders,
      'Content-Security-Policy': policy(pages.filter((p) => !ownCspRoute(p))),
      ...(reportUrl ? {'Reporting-Endpoints': `${REPORT_GROUP}="${reportUrl}"`} : {}),
    },
  };
}

/**
 * Writes buildDir/staticwebapp.config.json; returns its size in bytes.
 * @param {string} buildDir
 */
export function writeHostingConfig(buildDir) {
  const text = `${JSON.stringify(hostingConfig({buildDir}), null, 2)}\n`;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_CONFIG_BYTES) {
    throw new Error(`staticwebapp.config.json would be ${bytes} bytes; Azure Static Web Apps accepts at most ${MAX_CONFIG_BYTES}.`);
  }
  writeFileSync(join(buildDir, 'staticwebapp.config.json'), text);
  return bytes;
}
