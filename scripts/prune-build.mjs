// @ts-check
/**
 * Removes from build/ what no page loads (ARCHITECTURE.md):
 * - assets/js/ of each locale: Docusaurus's React bundles, which the page template leaves out
 *   (src/ssr-template.ts); the controls' scripts live in assets/islands/;
 * - Pagefind's ready-made interfaces and the index of pages without a language: the site uses
 *   Pagefind's API (src/controls/search/search.ts) and every page has its `lang`.
 * A step of scripts/build.mjs, after Docusaurus and Pagefind.
 */
import {existsSync, readdirSync, rmSync} from 'node:fs';
import {join, relative} from 'node:path';

const PAGEFIND_UNUSED = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^wasm\.unknown\.pagefind$/;

/** The paths removed, relative to buildDir. @param {string} buildDir */
export function pruneBuild(buildDir) {
  const locales = [
    '.',
    ...readdirSync(buildDir, {withFileTypes: true})
      .filter((e) => e.isDirectory() && existsSync(join(buildDir, e.name, 'assets/js')))
      .map((e) => e.name),
  ];
  const bundles = locales.map((dir) => join(buildDir, dir, 'assets/js')).filter((dir) => existsSync(dir));
  const pagefind = join(buildDir, 'pagefind');
  const unused = existsSync(pagefind)
    ? readdirSync(pagefind)
        .filter((f) => PAGEFIND_UNUSED.test(f))
        .map((f) => join(pagefind, f))
    : [];
  const removed = [...bundles, ...unused];
  for (const target of removed) rmSync(target, {recursive: true});
  return removed.map((target) => relative(buildDir, target));
}
