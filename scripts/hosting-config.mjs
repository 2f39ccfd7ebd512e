// @ts-check
/**
 * Writes build/staticwebapp.config.json (Azure Static Web Apps) from hosting/staticwebapp.base.json
 * and the build itself:
 * - the Content-Security-Policy allows exactly the inline scripts, <style> elements and style
 *   attributes the built pages contain, by hash (read with an HTML parser, as a browser reads them);
 * - each other locale's hashed assets get the same cache rule as the default locale's;
 * - CSP_REPORT_URL, when set, adds a report-to directive and its Reporting-Endpoints header.
 * The last step of scripts/build.mjs: the CSP hashes what the earlier steps leave inline.
 */
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'parse5';
import {LOCALE_IDS, DEFAULT_LOCALE, baseUrlOf} from '../site-facts.mjs';

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

/** @param {string} dir */
function filesUnder(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

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

/**
 * The configuration for the build in `buildDir`.
 * @param {{buildDir?: string, reportUrl?: string}} options reportUrl: see CSP_REPORT_URL
 */
export function hostingConfig({buildDir = join(ROOT, 'build'), reportUrl = CSP_REPORT_URL} = {}) {
  /** @type {unknown} typed below: typescript-eslint does not see a JSDoc cast of JSON.parse's `any` */
  const json = JSON.parse(readFileSync(join(ROOT, 'hosting/staticwebapp.base.json'), 'utf8'));
  const {$comment, ...base} =
    /** @type {{routes: {route: string}[], globalHeaders: {'Content-Security-Policy': string}, [key: string]: unknown}} */ (json);
  const files = filesUnder(buildDir);
  const hashes = inlineHashes(files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(buildDir, f), 'utf8')));
  const styleSources = [...hashes.styles, ...hashes.styleAttributes];
  const csp = [
    base.globalHeaders['Content-Security-Policy']
      .replace('{{INLINE_SCRIPT_HASHES}}', hashes.scripts.join(' '))
      .replace('{{STYLE_HASHES}}', [...(hashes.styleAttributes.length ? ["'unsafe-hashes'"] : []), ...styleSources].join(' ')),
    ...(reportUrl ? [`report-to ${REPORT_GROUP}`] : []),
  ].join('; ');
  /** @type {{route: string}[]} */
  const routes = base.routes;
  return {
    ...base,
    // The routes are written for the default locale, at the root; each other locale gets them under its base URL.
    routes: [
      ...routes,
      ...LOCALE_IDS.filter((l) => l !== DEFAULT_LOCALE).flatMap((l) =>
        routes.map((r) => ({...r, route: `${baseUrlOf(l).slice(0, -1)}${r.route}`})),
      ),
    ],
    globalHeaders: {
      ...base.globalHeaders,
      'Content-Security-Policy': csp,
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
