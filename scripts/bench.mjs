#!/usr/bin/env node
// @ts-check
/**
 * Performance benchmark (a script, not a test): builds the site, serves it on loopback with gzip
 * through scripts/serve.mjs, runs Lighthouse (mobile and desktop) in Debian's Chromium on every
 * page of both locales, prints the figures and the budget verdicts (bench/budget.json), writes
 * bench/results.json and the table between the bench markers of README.md.
 * Usage: npm run bench [-- --no-build]
 */
import {spawn} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';
import {startServer} from './serve.mjs';
import {CHROME_FLAGS, CHROME_PATH} from './chromium.mjs';
import {LOCALE_IDS, baseUrlOf} from '../site-facts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {unknown} typed below: typescript-eslint does not see a JSDoc cast of JSON.parse's `any` */
const budgetJson = JSON.parse(readFileSync(join(ROOT, 'bench/budget.json'), 'utf8'));
const budget = /** @type {{lighthouseMinScore: Record<string, number>, firstLoadJsMaxKB: number, mobileLcpMaxMs: number}} */ (budgetJson);

/**
 * The parts of a Lighthouse result (`import('lighthouse').Result`) that this script reads.
 * @typedef {'first-contentful-paint' | 'largest-contentful-paint' | 'total-blocking-time' | 'cumulative-layout-shift'} MetricId
 * @typedef {{resourceType?: string, transferSize?: number}} NetworkRequest
 * @typedef {{
 *   audits: Record<MetricId, {numericValue?: number, errorMessage?: string}> & {'network-requests': {details: {items: NetworkRequest[]}}},
 *   categories: Record<string, {score: number | null}>,
 * }} LighthouseResult
 * @typedef {ReturnType<typeof summarize>} Summary
 * @typedef {{path: string, mobile: Summary, desktop: Summary, problems: string[]}} Page
 */

/** Runs `npm run build`, timing each locale from Docusaurus's own progress lines. */
async function timedBuild() {
  const started = Date.now();
  /** @type {Record<string, {start: number, end?: number}>} */
  const marks = {};
  /** @type {{start: number, end?: number} | undefined} the mark of the locale being built */
  let current;
  await new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit']});
    child.stdout.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) {
        const start = line.match(/\[INFO\] \[(\w+)\] Creating an optimized production build/);
        if (start?.[1]) marks[start[1]] = current = {start: Date.now()};
        if (current && line.includes('[SUCCESS] Generated static files')) current.end = Date.now();
      }
    });
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`npm run build exited with ${code}`))));
  });
  const perLocale = Object.fromEntries(Object.entries(marks).map(([l, m]) => [l, ((m.end ?? NaN) - m.start) / 1000]));
  return {totalSeconds: (Date.now() - started) / 1000, perLocaleSeconds: perLocale};
}

/** Every page of both locales, from the sitemaps Docusaurus writes. */
function pagePaths() {
  return LOCALE_IDS.map((l) => `${baseUrlOf(l).slice(1)}sitemap.xml`).flatMap((file) =>
    [...readFileSync(join(ROOT, 'build', file), 'utf8').matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map(([, path]) => path || '/'),
  );
}

/** @type {Record<string, 'html' | 'js' | 'css'>} */
const KIND_OF = {Document: 'html', Script: 'js', Stylesheet: 'css'};

/** @param {LighthouseResult} lhr */
function summarize(lhr) {
  const bytes = {html: 0, js: 0, css: 0, other: 0};
  const requests = lhr.audits['network-requests'].details.items;
  for (const r of requests) bytes[KIND_OF[r.resourceType ?? ''] ?? 'other'] += r.transferSize ?? 0;
  // Lighthouse sometimes fails one audit; that run is reported as unmeasured, not as a crash.
  /** @type {string[]} */
  const unmeasured = [];
  /** @param {MetricId} id */
  const metric = (id, digits = 0) => {
    const {numericValue, errorMessage} = lhr.audits[id];
    if (typeof numericValue === 'number') return Number(numericValue.toFixed(digits));
    unmeasured.push(`${id}${errorMessage ? ` (${errorMessage})` : ''}`);
    return null;
  };
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift', 3),
    bytes,
    requests: requests.length,
    unmeasured,
  };
}

/** @param {Pick<Page, 'mobile' | 'desktop'>} page */
function verdicts(page) {
  const problems = [];
  for (const form of /** @type {const} */ (['mobile', 'desktop'])) {
    for (const what of page[form].unmeasured) problems.push(`${form}: Lighthouse could not measure ${what}`);
    for (const [category, min] of Object.entries(budget.lighthouseMinScore)) {
      const score = page[form].scores[category];
      if (score !== undefined && score < min) problems.push(`${form} ${category} ${score} < ${min}`);
    }
  }
  const jsKB = page.mobile.bytes.js / 1024;
  if (jsKB > budget.firstLoadJsMaxKB) problems.push(`first-load JS ${jsKB.toFixed(1)} KB > ${budget.firstLoadJsMaxKB} KB`);
  if (page.mobile.lcpMs !== null && page.mobile.lcpMs > budget.mobileLcpMaxMs)
    problems.push(`mobile LCP ${page.mobile.lcpMs} ms > ${budget.mobileLcpMaxMs} ms`);
  return problems;
}

/**
 * Lighthouse on one page. A run whose trace failed to record (Lighthouse says "run again") is run again, up to twice.
 * @param {string} url
 * @param {number} port Chromium's debugging port
 * @param {import('lighthouse').Config | undefined} config
 */
async function measure(url, port, config) {
  let attempts = 0;
  /** @type {Summary} */
  let summary;
  do {
    const result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES}, config);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    // Lighthouse types `details` as a union of every audit's; these audits have the shape LighthouseResult gives.
    summary = summarize(/** @type {LighthouseResult} */ (/** @type {unknown} */ (result.lhr)));
  } while (summary.unmeasured.length > 0 && ++attempts < 3);
  return summary;
}

const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

/** @param {{date: string, machine: string, build: {totalSeconds: number, perLocaleSeconds: Record<string, number>}, pages: Page[]}} results */
function table(results) {
  const head =
    '| Page | HTML KB | JS KB | CSS KB | Other KB | Requests | Mobile P/A/BP/SEO | Desktop P/A/BP/SEO | Mobile FCP / LCP / TBT / CLS | Budget |';
  const rows = results.pages.map((p) => {
    const s = (/** @type {'mobile' | 'desktop'} */ f) => CATEGORIES.map((c) => p[f].scores[c]).join('/');
    const m = p.mobile;
    return `| \`${p.path}\` | ${kb(m.bytes.html)} | ${kb(m.bytes.js)} | ${kb(m.bytes.css)} | ${kb(m.bytes.other)} | ${m.requests} | ${s('mobile')} | ${s('desktop')} | ${m.fcpMs} ms / ${m.lcpMs} ms / ${m.tbtMs} ms / ${m.cls} | ${p.problems.length ? `fail: ${p.problems.join('; ')}` : 'pass'} |`;
  });
  const buildTime = Number.isNaN(results.build.totalSeconds)
    ? 'Build not timed (--no-build)'
    : `Build of both locales: ${results.build.totalSeconds.toFixed(1)} s (${Object.entries(results.build.perLocaleSeconds)
        .map(([l, s]) => `${l} ${s.toFixed(1)} s`)
        .join(', ')})`;
  const build = `${buildTime}, measured ${results.date} on ${results.machine}. Sizes are gzip transfer sizes of a first load with an empty cache.`;
  return [build, '', head, `|${'---|'.repeat(10)}`, ...rows].join('\n');
}

const skipBuild = process.argv.includes('--no-build');
const build = skipBuild ? {totalSeconds: NaN, perLocaleSeconds: {}} : await timedBuild();
const server = await startServer({port: 0});
const chrome = await chromeLauncher.launch({chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_FLAGS]});
/** @type {Page[]} */
const pages = [];
try {
  for (const path of pagePaths()) {
    const mobile = await measure(`${server.url}${path}`, chrome.port, undefined);
    const desktop = await measure(`${server.url}${path}`, chrome.port, desktopConfig);
    /** @type {Page} */
    const page = {path, mobile, desktop, problems: verdicts({mobile, desktop})};
    pages.push(page);
    console.log(
      `${page.problems.length ? 'FAIL' : 'pass'} ${path}  JS ${kb(page.mobile.bytes.js)} KB, mobile LCP ${page.mobile.lcpMs} ms, scores m ${Object.values(page.mobile.scores).join('/')} d ${Object.values(page.desktop.scores).join('/')}${page.problems.length ? `  (${page.problems.join('; ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${process.platform}, Node ${process.version}, Chromium at ${CHROME_PATH}`,
  budget,
  build,
  pages,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdown = table(results);
console.log(`\n${markdown}`);
const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const markers = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
if (markers.test(readme)) writeFileSync(readmePath, readme.replace(markers, `$1${markdown}$2`));
process.exitCode = pages.some((p) => p.problems.length) ? 1 : 0;
