#!/usr/bin/env node
// @ts-check
/**
 * The production build, the one pipeline that `npm run build`, the benchmark (scripts/bench.mjs)
 * and the reproducibility check (scripts/check-reproducible.mjs) all run, in this order:
 * Docusaurus, Pagefind (the search index), the prune (what no page loads), the icons' paths
 * written shorter and their unused sprites dropped, the inline CSS (only
 * the CSS the site uses, in each page), then the hosting config (whose CSP hashes the inline
 * scripts and styles, so it comes last).
 * Usage: node scripts/build.mjs [--out-dir DIR] (default build/).
 */
import {execFileSync} from 'node:child_process';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {writeHostingConfig} from './hosting-config.mjs';
import {inlineCss} from './inline-css.mjs';
import {pruneBuild} from './prune-build.mjs';
import {shortenSvgPaths} from './svg-paths.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (/** @type {string} */ name) => join(ROOT, 'node_modules/.bin', name);

/**
 * @param {string} outDir absolute, or relative to the project
 * @param {{quiet?: boolean}} options quiet: the tools' output is not shown (errors still are)
 */
export async function buildSite(outDir, {quiet = false} = {}) {
  const dir = resolve(ROOT, outDir);
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'];
  const log = (/** @type {string} */ line) => quiet || console.log(line);
  execFileSync(bin('docusaurus'), ['build', '--out-dir', dir], {cwd: ROOT, stdio});
  execFileSync(bin('pagefind'), ['--site', dir], {cwd: ROOT, stdio});
  const removed = pruneBuild(dir);
  log(`[prune] removed what no page loads: ${removed.join(', ') || 'nothing'}`);
  log(`[svg-paths] icons: ${shortenSvgPaths(dir)} characters fewer (path data, unused sprite symbols)`);
  for (const s of await inlineCss(dir)) {
    log(
      `[inline-css] ${s.stylesheet}: ${s.bytesBefore} → ${s.bytesAfter} bytes, inlined in ${s.pages} ${s.pages === 1 ? 'page' : 'pages'} (${s.kind || 'no plugin class'})`,
    );
  }
  const bytes = writeHostingConfig(dir);
  log(`[hosting] wrote ${relative(ROOT, dir)}/staticwebapp.config.json (${bytes} bytes)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values: args} = parseArgs({options: {'out-dir': {type: 'string', default: 'build'}}});
  await buildSite(String(args['out-dir']));
}
