/**
 * The external links of the built site, and what became of them (npm run check:links,
 * scripts/check-links.ts): every `<a href>` to another site in the HTML under build/, requested
 * with a few at a time, a timeout, one retry and a User-Agent that says who asks. A link is
 * broken (4xx, 5xx, timeout, DNS or connection failure, a redirect loop), redirected to another
 * site, or redirected to another page of its site; each result names the pages that carry the
 * link and the file to fix.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parse} from 'parse5';
import {partners} from '../src/data/partners';
import {sources} from '../src/data/sources';
import {listFiles} from './content-checks/files';
import {PRODUCTION_URL} from '../site-facts.mjs';

export const USER_AGENT = `avs-backup-guidance-link-check/1.0 (+${PRODUCTION_URL}; checks the guide's external links once a week)`;

export interface CheckOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Milliseconds before a request counts as hung. */
  timeoutMs: number;
  /** Milliseconds before the one retry of a failed request. */
  retryDelayMs: number;
  /** Redirects followed before a link counts as a loop. */
  maxRedirects: number;
}
export const DEFAULT_OPTIONS: CheckOptions = {concurrency: 4, timeoutMs: 15_000, retryDelayMs: 2_000, maxRedirects: 5};

export type Outcome =
  | {kind: 'ok'; url: string}
  | {kind: 'broken'; url: string; reason: string}
  /** Moved to another site, or to another page of the same site: `to` is the last address, `status` the first redirect's. */
  | {kind: 'other-site'; url: string; to: string; status: number}
  | {kind: 'other-page'; url: string; to: string; status: number};

/** A page's address on the site, from its file under build/: `en/backup-partners.html` → `/en/backup-partners`, `index.html` → `/`. */
export function pageOf(file: string): string {
  const page = `/${file}`.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1');
  return page === '' ? '/' : page;
}

type Node = {nodeName: string; attrs?: {name: string; value: string}[]; childNodes?: Node[]; content?: Node};

function hrefs(node: Node, into: string[]): void {
  if (node.nodeName === 'a') {
    const href = node.attrs?.find((attr) => attr.name === 'href')?.value;
    if (href !== undefined) into.push(href);
  }
  for (const child of node.childNodes ?? []) hrefs(child, into);
  if (node.content) hrefs(node.content, into);
}

/** Whether `href` leads off the site: an http(s) address on another host than the production URL's. */
export function isExternal(href: string, site: string = PRODUCTION_URL): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false; // relative: a page of the site, which the build's own link check covers
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.host !== new URL(site).host;
}

/** Every external link of the HTML files under `buildDir`, each with the pages (sorted) that carry it. */
export async function collectLinks(buildDir: string): Promise<Map<string, string[]>> {
  const links = new Map<string, Set<string>>();
  for (const file of await listFiles(buildDir, (name) => name.endsWith('.html'))) {
    const found: string[] = [];
    hrefs(parse(await readFile(path.join(buildDir, file), 'utf8')), found);
    for (const href of found.filter((h) => isExternal(h))) {
      const url = href.replace(/#.*$/, ''); // the fragment is not sent
      links.set(url, (links.get(url) ?? new Set()).add(pageOf(file)));
    }
  }
  return new Map([...links].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => [url, [...pages].sort()]));
}

/** A host without its `www.`: www.veeam.com and veeam.com are one site. */
const site = (url: URL): string => url.host.replace(/^www\./, '');

/**
 * Whether a redirect kept the page: same site and the same path, give or take case, a final
 * slash and a language segment that the site adds or changes (learn.microsoft.com/azure/x →
 * learn.microsoft.com/en-us/azure/x); the query string and http → https do not count.
 */
export function samePage(from: URL, to: URL): boolean {
  const key = (url: URL): string =>
    url.pathname
      .toLowerCase()
      .replace(/^\/[a-z]{2}(?:-[a-z]{2,4})?(?=\/)/, '')
      .replace(/\/+$/, '');
  return site(from) === site(to) && key(from) === key(to);
}

/** Why a request failed, in a reader's words, from fetch's error (its `cause` carries the system code). */
export function failureReason(error: unknown, timeoutMs: number): string {
  const err = error as {name?: string; cause?: {code?: string; name?: string}} | undefined;
  if (err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError' || err?.cause?.code === 'UND_ERR_HEADERS_TIMEOUT')
    return `no answer within ${timeoutMs / 1000} s (timeout)`;
  const code = err?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve (DNS failure)';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code !== undefined && /^(CERT_|ERR_TLS|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code))
    return `the TLS certificate was refused (${code})`;
  return `the request failed (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

type Hop = {status: number; location: string | null} | {failed: string};

/** One request, no redirect followed; the body is not read. */
async function request(url: string, options: CheckOptions): Promise<Hop> {
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: {'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml,*/*;q=0.8'},
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.body?.cancel();
    return {status: response.status, location: response.headers.get('location')};
  } catch (error) {
    return {failed: failureReason(error, options.timeoutMs)};
  }
}

/** Worth one more try: a failure or answer that may pass (timeouts, connection errors, 5xx, 429). */
const transient = (hop: Hop): boolean => 'failed' in hop || hop.status >= 500 || hop.status === 429;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What became of one link: its redirects followed (each hop retried once if it failed in a way that may pass). */
export async function checkLink(url: string, options: CheckOptions = DEFAULT_OPTIONS): Promise<Outcome> {
  let current = new URL(url);
  let firstStatus = 0;
  for (let hops = 0; hops <= options.maxRedirects; hops++) {
    let hop = await request(current.href, options);
    if (transient(hop)) {
      await sleep(options.retryDelayMs);
      hop = await request(current.href, options);
    }
    if ('failed' in hop)
      return {kind: 'broken', url, reason: hops === 0 ? hop.failed : `${hop.failed}, at ${current.href} (after a redirect)`};
    const {status, location} = hop;
    if (status >= 300 && status < 400 && location !== null) {
      if (hops === 0) firstStatus = status;
      // A malformed Location is that link's problem, not the whole report's.
      if (!URL.canParse(location, current))
        return {kind: 'broken', url, reason: `HTTP ${status} to an invalid address ${JSON.stringify(location)}`};
      current = new URL(location, current);
      continue;
    }
    if (status >= 400) {
      const where = hops === 0 ? '' : `, at ${current.href} (after a redirect)`;
      return {kind: 'broken', url, reason: `HTTP ${status}${where}`};
    }
    if (hops === 0) return {kind: 'ok', url};
    const from = new URL(url);
    if (site(from) !== site(current)) return {kind: 'other-site', url, to: current.href, status: firstStatus};
    return samePage(from, current) ? {kind: 'ok', url} : {kind: 'other-page', url, to: current.href, status: firstStatus};
  }
  return {kind: 'broken', url, reason: `more than ${options.maxRedirects} redirects (a loop?), last at ${current.href}`};
}

/** Each link checked, `concurrency` at a time, in the order given. */
export async function checkLinks(urls: readonly string[], options: CheckOptions = DEFAULT_OPTIONS): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array<Outcome>(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const index = next++;
      outcomes[index] = await checkLink(urls[index]!, options);
    }
  };
  await Promise.all(Array.from({length: Math.min(options.concurrency, urls.length)}, worker));
  return outcomes;
}

/**
 * The file to fix for a link: the partner or source entry that holds it, else the site's
 * files whose text contains it (`mentions`, from `filesMentioning`), else the pages' sources.
 */
export function whereToFix(url: string, mentions: readonly string[] = []): string {
  const partner = partners.find((p) => p.link === url);
  if (partner) return `src/data/partners.ts, partner "${partner.id}" (its "link")`;
  const source = Object.entries(sources).find(([, s]) => s.link === url);
  if (source) return `src/data/sources.ts, source "${source[0]}" (its "link")`;
  if (mentions.length > 0) return mentions.join(', ');
  return 'the pages named above (their Markdown, or the component or theme file that renders the link)';
}

/** The site's source files (pages, translations, components, config) whose text contains `url` as written or with `&` escaped. */
export async function filesMentioning(siteDir: string, urls: readonly string[]): Promise<Map<string, string[]>> {
  const folders = ['docs', 'i18n', 'src'];
  const files = [
    'docusaurus.config.ts',
    ...(
      await Promise.all(
        folders.map(async (dir) =>
          (await listFiles(path.join(siteDir, dir), (n) => /\.(mdx?|tsx?|json)$/.test(n))).map((f) => `${dir}/${f}`),
        ),
      )
    ).flat(),
  ];
  const texts = await Promise.all(
    files.map(async (file) => [file, await readFile(path.join(siteDir, file), 'utf8').catch(() => '')] as const),
  );
  return new Map(
    urls.map((url) => [
      url,
      texts.filter(([, text]) => text.includes(url) || text.includes(url.replace(/&/g, '&amp;'))).map(([file]) => file),
    ]),
  );
}

export interface Report {
  text: string;
  broken: number;
}

/** Each kind of finding as the report lists it: its heading, what happened to the link, what to do. */
const SECTIONS = [
  {
    kind: 'broken',
    title: 'Broken',
    what: (o: Outcome) => (o.kind === 'broken' ? `Problem: ${o.reason}.` : ''),
    todo: "find where the page went (the site's search, or the source's current version) and write its new address; if it is gone, say so on the pages or remove the link. A 403 or 429 may be a site that refuses automated requests: open the link in a browser first",
  },
  {
    kind: 'other-site',
    title: 'Redirected to another site',
    what: (o: Outcome) => ('to' in o ? `Leads to: ${o.to} (HTTP ${o.status}).` : ''),
    todo: 'check that the new site is the page meant (a short link is meant to redirect); if so, write the new address where the link is written',
  },
  {
    kind: 'other-page',
    title: 'Redirected to another page',
    what: (o: Outcome) => ('to' in o ? `Leads to: ${o.to} (HTTP ${o.status}).` : ''),
    todo: 'check that the new page says what the site relies on; if so, write its address where the link is written',
  },
] as const;

/** The outcomes as the check prints them: broken links first, then the redirects, each with its pages and the file to fix. */
export function formatReport(
  outcomes: readonly Outcome[],
  pagesOf: ReadonlyMap<string, readonly string[]>,
  fixOf: (url: string) => string,
): Report {
  const count = (kind: Outcome['kind']): number => outcomes.filter((o) => o.kind === kind).length;
  const sections = SECTIONS.filter(({kind}) => count(kind) > 0).map(({kind, title, what, todo}) => {
    const blocks = outcomes
      .filter((o) => o.kind === kind)
      .map((o) => {
        const pages = pagesOf.get(o.url) ?? [];
        return `${o.url}\n  ${what(o)}\n  On: ${pages.length > 0 ? pages.join(', ') : '(the list given)'}\n  Fix in: ${fixOf(o.url)}\n  To do: ${todo}.`;
      });
    return `${title} (${blocks.length}):\n\n${blocks.join('\n\n')}`;
  });
  const heading = `Links: ${outcomes.length} external links checked: ${count('ok')} fine, ${count('broken')} broken, ${count('other-site')} redirected to another site, ${count('other-page')} redirected to another page.`;
  return {text: [heading, ...sections].join('\n\n') + '\n', broken: count('broken')};
}
