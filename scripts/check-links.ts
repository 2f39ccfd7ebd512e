/**
 * `npm run check:links`: requests every external link of the built site (scripts/links.ts) and
 * lists the broken ones, then those that redirect to another site or another page, each with the
 * pages that carry it and the file to fix. Exits with 1 when a link is broken.
 *
 *   npm run check:links                          the links of build/ (run npm run build first)
 *   npm run check:links -- --build other/build   the links of another build folder
 *   npm run check:links -- --url URL [--url URL]  only these addresses
 *   --concurrency N (4), --timeout MS (15000), --retry-delay MS (2000)
 */
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {DEFAULT_OPTIONS, USER_AGENT, checkLinks, collectLinks, filesMentioning, formatReport, whereToFix, type CheckOptions} from './links';

const SITE_DIR = path.join(__dirname, '..');

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} ${JSON.stringify(value)}: give a whole number above 0.`);
  return number;
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      build: {type: 'string'},
      url: {type: 'string', multiple: true},
      concurrency: {type: 'string'},
      timeout: {type: 'string'},
      'retry-delay': {type: 'string'},
    },
  });
  const options: CheckOptions = {
    ...DEFAULT_OPTIONS,
    concurrency: positiveInteger('concurrency', values.concurrency, DEFAULT_OPTIONS.concurrency),
    timeoutMs: positiveInteger('timeout', values.timeout, DEFAULT_OPTIONS.timeoutMs),
    retryDelayMs: positiveInteger('retry-delay', values['retry-delay'], DEFAULT_OPTIONS.retryDelayMs),
  };
  let pagesOf: Map<string, string[]>;
  if (values.url) {
    for (const url of values.url) if (!URL.canParse(url)) throw new Error(`--url ${JSON.stringify(url)} is not an absolute address.`);
    pagesOf = new Map(values.url.map((url) => [url, []]));
  } else {
    const buildDir = path.resolve(values.build ?? path.join(SITE_DIR, 'build'));
    if (!(await stat(buildDir).catch(() => null))?.isDirectory())
      throw new Error(`${buildDir} does not exist: run npm run build first, or give another folder with --build.`);
    pagesOf = await collectLinks(buildDir);
    if (pagesOf.size === 0) throw new Error(`${buildDir} has no HTML page with an external link: is it the site's build?`);
  }
  const urls = [...pagesOf.keys()];
  console.log(`Checking ${urls.length} external links, ${options.concurrency} at a time, as "${USER_AGENT}"…`);
  const [outcomes, mentions] = await Promise.all([checkLinks(urls, options), filesMentioning(SITE_DIR, urls)]);
  const report = formatReport(outcomes, pagesOf, (url) => whereToFix(url, mentions.get(url)));
  console.log(report.text);
  if (report.broken > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`check:links: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
