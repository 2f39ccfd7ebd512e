#!/usr/bin/env node
// @ts-check
/**
 * Performance benchmark (a script, not a test): builds the site (scripts/build.mjs, through
 * `npm run build`), serves it on loopback with gzip through scripts/serve.mjs, runs Lighthouse
 * (mobile and desktop) in Debian's Chromium on every page of both locales, prints the figures and
 * the budget verdicts (bench/budget.json), writes bench/results.json and the table between the
 * bench markers of bench/HISTORY.md. With --peers, it also builds the same pages with Astro Starlight and
 * a default Docusaurus site (scripts/bench-peers.mjs), measures them in the same run and writes the
 * comparison into the Performance section of README.md.
 * Mobile runs slow the CPU as Lighthouse's calibration says for this machine (scripts/cpu-slowdown.mjs),
 * or as --cpu-slowdown=N asks (4: Lighthouse's default). Lighthouse runs N times on each page and
 * form (--runs=N, 3 by default), and the figures are those of the median run (scripts/bench-runs.mjs).
 * Usage: npm run bench [-- --no-build] [-- --peers] [-- --cpu-slowdown=N] [-- --runs=N]
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {chromium} from '@playwright/test';
import {startServer} from './serve.mjs';
import {PHONE_VIEWPORT, gzipBytesUpTo, lastNodeOnFirstScreen, nodeOfPage} from './first-screen.mjs';
import {buildPeers, peersNode, servePeer} from './bench-peers.mjs';
import {DEFAULT_RUNS, medianRun, runsArgument} from './bench-runs.mjs';
import {cpuSlowdownArgument, cpuSlowdownFor, lighthouseSettings} from './cpu-slowdown.mjs';
import {CHROME_FLAGS, CHROME_PATH} from './chromium.mjs';
import {LOCALE_IDS, baseUrlOf} from '../site-facts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {unknown} typed below: typescript-eslint does not see a JSDoc cast of JSON.parse's `any` */
const budgetJson = JSON.parse(readFileSync(join(ROOT, 'bench/budget.json'), 'utf8'));
const budget =
  /** @type {{lighthouseMinScore: Record<string, number>, firstLoadJsMaxKB: number, htmlMaxKB: number, renderBlockingMax: number, mobileLcpMaxMs: number}} */ (
    budgetJson
  );
/** The pages measured on the peers too: those of the comparison in issue 21. */
const PEER_PATHS = ['/backup-partners', '/en/choose-a-solution'];

/**
 * The parts of a Lighthouse result (`import('lighthouse').Result`) that this script reads.
 * @typedef {'first-contentful-paint' | 'largest-contentful-paint' | 'total-blocking-time' | 'cumulative-layout-shift'} MetricId
 * @typedef {{resourceType?: string, transferSize?: number}} NetworkRequest
 * @typedef {{
 *   audits: Record<MetricId, {numericValue?: number, errorMessage?: string}> & {
 *     'network-requests': {details: {items: NetworkRequest[]}},
 *     'render-blocking-insight'?: {details?: {items?: {url?: string}[]}},
 *     'render-blocking-resources'?: {details?: {items?: {url?: string}[]}},
 *   },
 *   categories: Record<string, {score: number | null}>,
 *   environment: {benchmarkIndex: number},
 * }} LighthouseResult
 * @typedef {ReturnType<typeof summarize> & {performanceOfRuns: number[]}} Summary the median run's figures, and every run's performance score
 * @typedef {{path: string, inlineCssBytes: number, firstScreenBytes: number, mobile: Summary, desktop: Summary, problems: string[]}} Page
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
  // Both of Lighthouse's views of what held the first paint: the trace's insight and the older audit.
  const blocking = new Set(
    [lhr.audits['render-blocking-insight'], lhr.audits['render-blocking-resources']]
      .flatMap((a) => a?.details?.items ?? [])
      .map((i) => i.url),
  );
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
    totalBytes: bytes.html + bytes.js + bytes.css + bytes.other,
    requests: requests.length,
    renderBlocking: blocking.size,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    unmeasured,
  };
}

/** The gzip size of the CSS a page carries inline (its <style> elements), as the page's server sends it. @param {string} url */
async function inlineCssBytes(url) {
  const html = await (await fetch(url)).text();
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return css ? gzipSync(css).length : 0;
}

/**
 * The bytes of the page's response that a phone needs for its first screen (scripts/first-screen.mjs):
 * Lighthouse's transfer size of the HTML (headers included), less the gzip bytes after the end of the
 * last text or element on the first screen.
 * @param {import('@playwright/test').Browser} browser @param {string} url @param {number} htmlTransferBytes
 */
async function firstScreenBytes(browser, url, htmlTransferBytes) {
  const html = await (await fetch(url)).text();
  const context = await browser.newContext({viewport: PHONE_VIEWPORT, javaScriptEnabled: false});
  try {
    const page = await context.newPage();
    await page.goto(url);
    const {end} = nodeOfPage(html, (await page.evaluate(lastNodeOnFirstScreen)).index);
    return htmlTransferBytes - gzipBytesUpTo(html, html.length) + gzipBytesUpTo(html, end);
  } finally {
    await context.close();
  }
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
  const htmlKB = page.mobile.bytes.html / 1024;
  if (htmlKB > budget.htmlMaxKB) problems.push(`HTML response ${htmlKB.toFixed(1)} KB > ${budget.htmlMaxKB} KB`);
  const blocking = Math.max(page.mobile.renderBlocking, page.desktop.renderBlocking);
  if (blocking > budget.renderBlockingMax) problems.push(`${blocking} render-blocking requests > ${budget.renderBlockingMax}`);
  if (page.mobile.lcpMs !== null && page.mobile.lcpMs > budget.mobileLcpMaxMs)
    problems.push(`mobile LCP ${page.mobile.lcpMs} ms > ${budget.mobileLcpMaxMs} ms`);
  return problems;
}

/**
 * One Lighthouse run. Lighthouse types `details` as a union of every audit's; the audits read here
 * have the shape LighthouseResult gives.
 * @param {string} url @param {import('lighthouse').Flags} flags @param {import('lighthouse').Config | undefined} config
 */
async function lighthouseRun(url, flags, config) {
  const result = await lighthouse(url, {output: 'json', logLevel: 'error', ...flags}, config);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  return /** @type {LighthouseResult} */ (/** @type {unknown} */ (result.lhr));
}

/**
 * Lighthouse on one page, `runs` times, and the median run's figures (scripts/bench-runs.mjs). A run
 * whose trace failed to record (Lighthouse says "run again") is run again, up to twice.
 * @param {string} url
 * @param {number} port Chromium's debugging port
 * @param {'mobile' | 'desktop'} form @param {number} slowdown this run's mobile CPU slowdown (cpuOfThisRun)
 * @param {number} runs how many times (--runs)
 */
async function measure(url, port, form, slowdown, runs) {
  const {flags, config} = lighthouseSettings(form, slowdown);
  /** @type {{result: LighthouseResult, summary: ReturnType<typeof summarize>}[]} each run, summarized once */
  const done = [];
  for (let run = 0; run < runs; run++) {
    let attempts = 0;
    /** @type {(typeof done)[number]} */
    let one;
    do {
      const result = await lighthouseRun(url, {port, onlyCategories: CATEGORIES, ...flags}, config);
      one = {result, summary: summarize(result)};
    } while (one.summary.unmeasured.length > 0 && ++attempts < 3);
    done.push(one);
  }
  // The median among the runs that measured everything, if any did (Lighthouse's own looks at FCP and TTI only).
  const complete = done.filter((d) => d.summary.unmeasured.length === 0);
  const median = medianRun((complete.length ? complete : done).map((d) => d.result));
  return {
    // medianRun gives back one of the results it was given, so its summary is already there.
    ...(done.find((d) => d.result === median)?.summary ?? summarize(median)),
    performanceOfRuns: done.flatMap(({result}) => {
      const score = result.categories.performance?.score;
      return typeof score === 'number' ? [Math.round(score * 100)] : [];
    }),
  };
}

/**
 * The mobile CPU slowdown of this run: the one asked for (--cpu-slowdown=N), else the one that
 * Lighthouse's calibration gives for this machine (scripts/cpu-slowdown.mjs), from the median
 * BenchmarkIndex of three runs on the home page, measured before any page is.
 * @param {string} url @param {number} port @param {number | undefined} asked
 */
async function cpuOfThisRun(url, port, asked) {
  const indexes = [];
  for (let run = 0; run < 3; run++)
    indexes.push((await lighthouseRun(url, {port, onlyCategories: ['performance']}, undefined)).environment.benchmarkIndex);
  const benchmarkIndex = Math.round(median(indexes));
  return asked === undefined
    ? {benchmarkIndex, slowdown: cpuSlowdownFor(benchmarkIndex), chosenBy: 'calibration'}
    : {benchmarkIndex, slowdown: asked, chosenBy: '--cpu-slowdown'};
}

const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

/** @param {{date: string, machine: string, cpu: {benchmarkIndex: number, slowdown: number, chosenBy: string}, runs: number, build: {totalSeconds: number, perLocaleSeconds: Record<string, number>}, pages: Page[], peers: {name: string, pages: Page[]}[]}} results */
function table(results) {
  const head =
    '| Page | Total KB | HTML KB | of which inline CSS | to the first screen’s end | JS KB | CSS KB | Other KB | Requests | Blocking | Mobile P/A/BP/SEO | Desktop P/A/BP/SEO | Mobile FCP / LCP / TBT / CLS | Budget |';
  const rows = results.pages.map((p) => {
    // The scores of the median run, then the range of the performance scores of all the runs.
    const s = (/** @type {'mobile' | 'desktop'} */ f) => {
      const all = p[f].performanceOfRuns;
      const range = Math.min(...all) === Math.max(...all) ? `${all[0] ?? ''}` : `${Math.min(...all)}–${Math.max(...all)}`;
      return `${CATEGORIES.map((c) => p[f].scores[c]).join('/')}${all.length > 1 ? ` (P ${range})` : ''}`;
    };
    const m = p.mobile;
    return `| \`${p.path}\` | ${kb(m.totalBytes)} | ${kb(m.bytes.html)} | ${kb(p.inlineCssBytes)} | ${kb(p.firstScreenBytes)} | ${kb(m.bytes.js)} | ${kb(m.bytes.css)} | ${kb(m.bytes.other)} | ${m.requests} | ${m.renderBlocking} | ${s('mobile')} | ${s('desktop')} | ${m.fcpMs} ms / ${m.lcpMs} ms / ${m.tbtMs} ms / ${m.cls} | ${p.problems.length ? `fail: ${p.problems.join('; ')}` : 'pass'} |`;
  });
  const buildTime = Number.isNaN(results.build.totalSeconds)
    ? 'Build not timed (--no-build)'
    : `Build of both locales: ${results.build.totalSeconds.toFixed(1)} s (${Object.entries(results.build.perLocaleSeconds)
        .map(([l, s]) => `${l} ${s.toFixed(1)} s`)
        .join(', ')})`;
  const build = `${buildTime}, measured ${results.date} on ${results.machine}. Sizes are gzip transfer sizes of a first load with an empty cache (the HTML's include the response headers; its inline CSS is gzipped alone; "to the first screen’s end": the part of the HTML response, headers included, up to the end of the last text or element a phone's first screen shows); Blocking: render-blocking requests besides the page. ${results.runs === 1 ? "Lighthouse's figures are those of one run per page and form" : `Lighthouse's figures are those of the median run of ${results.runs} per page and form (Lighthouse's computeMedianRun: the run nearest the medians of FCP and time to interactive); "P" after the scores: the performance scores of all ${results.runs} runs`}. Mobile runs slow the CPU ${results.cpu.slowdown}× (${results.cpu.chosenBy === 'calibration' ? `Lighthouse's calibration for this machine's BenchmarkIndex, ${results.cpu.benchmarkIndex}; its default, 4×, assumes a desktop with a BenchmarkIndex of 1500 to 2000` : `asked with --cpu-slowdown; this machine's BenchmarkIndex: ${results.cpu.benchmarkIndex}`}).`;
  return [build, '', head, `|${'---|'.repeat(14)}`, ...rows, ...(results.peers.length ? ['', peerTable(results)] : [])].join('\n');
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/**
 * This site against its peers: medians over PEER_PATHS, mobile, and each peer's ratio to this site.
 * @param {{pages: Page[], peers: {name: string, pages: Page[]}[]}} results
 */
function peerTable(results) {
  /** @type {[string, (p: Page) => number | null, (n: number) => string][]} */
  const columns = [
    ['total KB', (p) => p.mobile.totalBytes, kb],
    ['HTML KB', (p) => p.mobile.bytes.html, kb],
    ['CSS KB (files + inline)', (p) => p.mobile.bytes.css + p.inlineCssBytes, kb],
    ['JS KB', (p) => p.mobile.bytes.js, kb],
    ['requests', (p) => p.mobile.requests, String],
    ['mobile FCP ms', (p) => p.mobile.fcpMs, (n) => n.toFixed(0)],
    ['mobile LCP ms', (p) => p.mobile.lcpMs, (n) => n.toFixed(0)],
    ['desktop LCP ms', (p) => p.desktop.lcpMs, (n) => n.toFixed(0)],
  ];
  const ours = results.pages.filter((p) => PEER_PATHS.includes(p.path));
  const medians = (/** @type {Page[]} */ pages) =>
    columns.map(([, get]) =>
      median(
        pages
          .map(get)
          .filter((v) => v !== null)
          .map(Number),
      ),
    );
  const base = medians(ours);
  const line = (/** @type {string} */ name, /** @type {number[]} */ values, ratio = false) =>
    `| ${name} | ${values.map((v, i) => `${columns[i]?.[2](v)}${ratio ? ` (×${(v / (base[i] ?? NaN)).toFixed(1)})` : ''}`).join(' | ')} |`;
  return [
    `Peers, the same pages (medians of ${PEER_PATHS.map((p) => `\`${p}\``).join(' and ')}, mobile unless said; × is the ratio to this site):`,
    '',
    `| Site | ${columns.map(([name]) => name).join(' | ')} |`,
    `|${'---|'.repeat(columns.length + 1)}`,
    line('this site', base),
    ...results.peers.map((peer) => line(peer.name, medians(peer.pages), true)),
  ].join('\n');
}

/**
 * Lighthouse, mobile and desktop, on one page.
 * @param {string} origin @param {string} path @param {number} port Chromium's debugging port
 * @param {number} slowdown this run's mobile CPU slowdown @param {number} runs Lighthouse runs per form
 * @returns {Promise<Page>}
 */
async function measurePage(origin, path, port, slowdown, runs) {
  const mobile = await measure(`${origin}${path}`, port, 'mobile', slowdown, runs);
  const desktop = await measure(`${origin}${path}`, port, 'desktop', slowdown, runs);
  return {
    path,
    inlineCssBytes: await inlineCssBytes(`${origin}${path}`),
    firstScreenBytes: await firstScreenBytes(phone, `${origin}${path}`, mobile.bytes.html),
    mobile,
    desktop,
    problems: verdicts({mobile, desktop}),
  };
}

const skipBuild = process.argv.includes('--no-build');
const withPeers = process.argv.includes('--peers');
/**
 * A refusal of the bench's (a bad --cpu-slowdown, a machine too slow to calibrate): one line, exit 2.
 * @param {unknown} error @returns {never}
 */
const refuse = (error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
};
/** @type {number | undefined} */
let askedSlowdown;
let runs = DEFAULT_RUNS;
try {
  askedSlowdown = cpuSlowdownArgument(process.argv);
  runs = runsArgument(process.argv);
} catch (error) {
  refuse(error);
}
// Before anything is built: a missing Node 22 is said at once.
const node = withPeers ? peersNode() : '';
const build = skipBuild ? {totalSeconds: NaN, perLocaleSeconds: {}} : await timedBuild();
const peersDir = withPeers ? mkdtempSync(join(tmpdir(), 'avs-bench-peers-')) : '';
const peerBuilds = withPeers ? buildPeers(peersDir, node) : [];
const server = await startServer({port: 0});
const chrome = await chromeLauncher.launch({chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_FLAGS]});
const cpu = await cpuOfThisRun(`${server.url}/`, chrome.port, askedSlowdown).catch(async (error) => {
  chrome.kill();
  await server.close();
  if (peersDir) rmSync(peersDir, {recursive: true, force: true});
  return refuse(error);
});
console.log(`mobile CPU slowdown ${cpu.slowdown}× (${cpu.chosenBy}; this machine's BenchmarkIndex: ${cpu.benchmarkIndex})`);
// A second Chromium, driven by Playwright, finds where each page's first screen ends (firstScreenBytes).
const phone = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_FLAGS});
/** @type {Page[]} */
const pages = [];
/** @type {{name: string, pages: Page[]}[]} */
const peers = [];
try {
  for (const path of pagePaths()) {
    const page = await measurePage(server.url, path, chrome.port, cpu.slowdown, runs);
    pages.push(page);
    console.log(
      `${page.problems.length ? 'FAIL' : 'pass'} ${path}  JS ${kb(page.mobile.bytes.js)} KB, mobile LCP ${page.mobile.lcpMs} ms, scores m ${Object.values(page.mobile.scores).join('/')} d ${Object.values(page.desktop.scores).join('/')}${page.problems.length ? `  (${page.problems.join('; ')})` : ''}`,
    );
  }
  for (const peer of peerBuilds) {
    const peerServer = await servePeer(peer.dir);
    try {
      const measured = [];
      for (const path of PEER_PATHS)
        measured.push(await measurePage(peerServer.url, `${path}${peer.trailingSlash ? '/' : ''}`, chrome.port, cpu.slowdown, runs));
      peers.push({name: peer.name, pages: measured});
      console.log(
        `peer ${peer.name}: ${measured.map((p) => `${p.path} mobile LCP ${p.mobile.lcpMs} ms, ${kb(p.mobile.totalBytes)} KB`).join('; ')}`,
      );
    } finally {
      await peerServer.close();
    }
  }
} finally {
  chrome.kill();
  await phone.close();
  await server.close();
  if (peersDir) rmSync(peersDir, {recursive: true, force: true});
}

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${process.platform}, Node ${process.version}, Chromium at ${CHROME_PATH}`,
  cpu,
  runs,
  budget,
  build,
  pages,
  peers,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdown = table(results);
console.log(`\n${markdown}`);
/**
 * Writes `text` between the file's `<!-- name:start -->` and `<!-- name:end -->` lines, if it has them.
 * @param {string} file relative to the project @param {string} name @param {string} text
 */
const writeBetweenMarkers = (file, name, text) => {
  const path = join(ROOT, file);
  const markers = new RegExp(`(<!-- ${name}:start -->\n)[\\s\\S]*?(\n<!-- ${name}:end -->)`);
  const before = readFileSync(path, 'utf8');
  if (markers.test(before))
    writeFileSync(
      path,
      before.replace(markers, (/** @type {string} */ _, /** @type {string} */ start, /** @type {string} */ end) => `${start}${text}${end}`),
    );
};
writeBetweenMarkers('bench/HISTORY.md', 'bench', markdown);
// The README's performance table: this site against its peers, from a run that measured them.
if (peers.length) {
  const runsSaid = runs === 1 ? 'one Lighthouse run' : `the median run of ${runs} Lighthouse runs`;
  writeBetweenMarkers(
    'README.md',
    'bench:peers',
    `Measured ${results.date} on ${results.machine}; mobile CPU slowdown ${cpu.slowdown}×, ${runsSaid} per page and form.\n\n${peerTable(results)}`,
  );
}
process.exitCode = pages.some((p) => p.problems.length) ? 1 : 0;
