#!/usr/bin/env node
/**
 * Writes build/staticwebapp.config.json (Azure Static Web Apps) from hosting/staticwebapp.base.json
 * and the build itself:
 * - the Content-Security-Policy allows exactly the inline scripts the build contains, by hash;
 * - every file of the English build gets a route, so that the catch-all `/en/*` that follows
 *   serves the English 404 page only for paths that do not exist (Static Web Apps has one
 *   global 404 override, which serves the French one).
 * Run after `docusaurus build` (npm run build does); `--build-dir DIR` for another output folder.
 */
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const {values: args} = parseArgs({options: {'build-dir': {type: 'string', default: 'build'}}, strict: false});
const BUILD_DIR = join(ROOT, String(args['build-dir']));
const EN = 'en';

function filesUnder(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(BUILD_DIR, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Executable inline scripts (not JSON-LD data blocks) of every page, as CSP hash sources. */
export function inlineScriptHashes(htmlFiles) {
  const hashes = new Set();
  for (const file of htmlFiles) {
    const html = readFileSync(join(BUILD_DIR, file), 'utf8');
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attributes) || /type=["']?application\/(ld\+)?json/.test(attributes)) continue;
      hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** The URL paths a built file answers to: the file itself, and without .html for pages. */
function urlPathsOf(file) {
  const path = `/${file}`;
  if (!path.endsWith('.html')) return [path];
  const clean = path.replace(/(\/index)?\.html$/, '');
  return clean === `/${EN}` ? [path, clean, `${clean}/`] : [path, clean];
}

export function hostingConfig() {
  const base = JSON.parse(readFileSync(join(ROOT, 'hosting/staticwebapp.base.json'), 'utf8'));
  const files = filesUnder(BUILD_DIR);
  const {$comment, ...config} = base;
  const csp = config.globalHeaders['Content-Security-Policy'].replace(
    '{{INLINE_SCRIPT_HASHES}}',
    inlineScriptHashes(files.filter((f) => f.endsWith('.html'))).join(' '),
  );
  const englishFiles = files.filter((f) => f.startsWith(`${EN}/`) && !f.startsWith(`${EN}/assets/`));
  const assetRoutes = base.routes.map((r) => ({...r, route: `/${EN}${r.route}`}));
  return {
    ...config,
    routes: [
      ...base.routes,
      ...assetRoutes,
      ...englishFiles.flatMap(urlPathsOf).map((route) => ({route})),
      {route: `/${EN}/*`, rewrite: `/${EN}/404.html`, statusCode: 404},
    ],
    globalHeaders: {...config.globalHeaders, 'Content-Security-Policy': csp},
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = hostingConfig();
  writeFileSync(join(BUILD_DIR, 'staticwebapp.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  console.log(`[hosting] wrote ${relative(ROOT, BUILD_DIR)}/staticwebapp.config.json (${config.routes.length} routes)`);
}
