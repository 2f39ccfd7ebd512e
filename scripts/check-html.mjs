#!/usr/bin/env node
// @ts-check
/**
 * npm run check:html: the W3C Nu HTML Checker (vnu, from the `vnu-jar` package, run with the
 * system's Java) on every built page of both locales, 404 and search pages included. Fails on any
 * error it reports (but its CSS checker's messages about the newer CSS listed in NEWER_CSS), listing each with its page, line and the markup it points at; warnings are left
 * out. Run after `npm run build`; `--build-dir DIR` for another output folder.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {htmlFilesUnder} from './html-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The checker itself: the `vnu-jar` package is this file (its install step, which downloads a Java, is denied). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * @typedef {{type: string, subType?: string, url: string, lastLine?: number, message: string, extract?: string}} VnuMessage
 * One entry of vnu's `--format json` report.
 */

const {values: args} = parseArgs({options: {'build-dir': {type: 'string', default: 'build'}}});
const buildDir = resolve(ROOT, String(args['build-dir']));
if (!existsSync(buildDir)) {
  console.error(`No ${relative(ROOT, buildDir) || '.'}/ folder: run "npm run build" first.`);
  process.exit(1);
}
const pages = htmlFilesUnder(buildDir);
if (pages.length === 0) {
  console.error(`No HTML page in ${relative(ROOT, buildDir) || '.'}/: run "npm run build" first.`);
  process.exit(1);
}

const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...pages], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error(
    `Could not run Java (${run.error.message}): the HTML checker needs it. On Debian: apt-get install -y default-jre-headless.`,
  );
  process.exit(1);
}
/** @type {{messages: VnuMessage[]}} */
let report;
try {
  /** @type {unknown} typed below: typescript-eslint does not see a JSDoc cast of JSON.parse's `any` */
  const json = JSON.parse(run.stderr);
  report = /** @type {{messages: VnuMessage[]}} */ (json);
} catch {
  console.error(`The HTML checker did not answer with its report (exit code ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}
/**
 * CSS that current browsers support and vnu's CSS checker (an older CSS validator, which reads the
 * pages' inline CSS) does not know yet: its messages about these properties are not faults of the
 * pages. Each entry says where the site uses it; a message about any other CSS still fails.
 */
const NEWER_CSS = {
  'anchor-name': 'CSS Anchor Positioning: the language menu is placed under its button (LocaleDropdownNavbarItem)',
  'position-anchor': 'CSS Anchor Positioning, as above',
  inset: 'with anchor() values, CSS Anchor Positioning, as above',
  'line-clamp': 'CSS Overflow 4, beside -webkit-line-clamp, in the theme’s styles',
};
/** @param {VnuMessage} m */
const isNewerCss = (m) => {
  const property = /^CSS: “([\w-]+)”:/.exec(m.message)?.[1];
  if (property === undefined || !Object.hasOwn(NEWER_CSS, property)) return false;
  // `inset` is known to the checker: only its anchor() values are new to it.
  return property !== 'inset' || /anchor\(/.test(m.extract ?? '');
};
const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
const problems = errors.filter((m) => !isNewerCss(m));
const newerCss = errors.length - problems.length;
for (const m of problems) {
  const page = relative(buildDir, fileURLToPath(m.url.startsWith('file:') ? m.url : pathToFileURL(m.url)));
  console.error(
    `${page}${m.lastLine ? `:${m.lastLine}` : ''}: ${m.message}${m.extract ? `\n  ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`,
  );
}
if (problems.length) {
  console.error(`\nThe W3C HTML checker found ${problems.length} error(s) in the ${pages.length} built pages.`);
  process.exit(1);
}
console.log(
  `[html] the W3C HTML checker (vnu) found no error in the ${pages.length} built pages` +
    (newerCss ? ` (and ${newerCss} messages about CSS it does not know yet: ${Object.keys(NEWER_CSS).join(', ')}).` : '.'),
);
