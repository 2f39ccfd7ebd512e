// @vitest-environment node
/**
 * npm run check:links (scripts/links.ts, scripts/check-links.ts) against two local servers on the
 * loopback interface, never the internet: 200, redirects within a server and to the other one,
 * 404, 410, 500, a request that never gets an answer, a refused connection; the links of a fixture
 * build folder; the report and the exit code of the command.
 */
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {
  USER_AGENT,
  checkLink,
  checkLinks,
  collectLinks,
  failureReason,
  filesMentioning,
  formatReport,
  isExternal,
  pageOf,
  samePage,
  whereToFix,
  type CheckOptions,
} from '../../scripts/links';
import {SITE} from '../site-copy';

/** Short timeouts (yet long enough for a loaded machine): the hang costs two of them (one retry). */
const FAST: CheckOptions = {concurrency: 4, timeoutMs: 1500, retryDelayMs: 10, maxRedirects: 5};

type Route = (request: IncomingMessage, response: ServerResponse) => void;
const redirect =
  (to: () => string, status = 301): Route =>
  (_, response) => {
    response.writeHead(status, {Location: to()}).end();
  };
const status =
  (code: number): Route =>
  (_, response) => {
    response.writeHead(code, {'Content-Type': 'text/html'}).end(`<p>${code}</p>`);
  };

const requests: {path: string; userAgent: string | undefined}[] = [];
let inFlight = 0;
let mostInFlight = 0;
let flakyCalls = 0;

async function serve(routes: Record<string, Route>): Promise<{server: Server; origin: string}> {
  const server = createServer((request, response) => {
    requests.push({path: request.url ?? '', userAgent: request.headers['user-agent']});
    const route = routes[request.url ?? ''];
    if (route) route(request, response);
    else status(404)(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`};
}

let a: {server: Server; origin: string};
let b: {server: Server; origin: string};
let closedPort: number;

beforeAll(async () => {
  b = await serve({'/landing': status(200)});
  a = await serve({
    '/ok': status(200),
    '/moved': redirect(() => '/ok'),
    '/moved-twice': redirect(() => '/moved', 302),
    '/dir': redirect(() => '/dir/'),
    '/dir/': status(200),
    '/docs/page': redirect(() => '/en-us/docs/page'),
    '/en-us/docs/page': status(200),
    '/away': redirect(() => `${b.origin}/landing`),
    '/away-broken': redirect(() => `${b.origin}/nothing`),
    '/missing': status(404),
    '/gone': status(410),
    '/error': status(500),
    '/flaky': (request, response) => status(++flakyCalls === 1 ? 503 : 200)(request, response),
    '/loop': redirect(() => '/loop'),
    '/bad-location': redirect(() => 'http://[not an address'),
    '/hang': () => {
      // never answers
    },
    '/slow': (request, response) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        status(200)(request, response);
      }, 50);
    },
  });
  // A port nobody listens on: bound, then released.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  for (const {server} of [a, b]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const hits = (p: string): number => requests.filter((r) => r.path === p).length;

describe('checkLink', {timeout: 30_000}, () => {
  it('finds a page that answers 200 fine, asking with the User-Agent that says who asks', async () => {
    expect(await checkLink(`${a.origin}/ok`, FAST)).toEqual({kind: 'ok', url: `${a.origin}/ok`});
    expect(requests.find((r) => r.path === '/ok')?.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^avs-backup-guidance-link-check\/1\.0 \(\+https:\/\/\S+; /);
  });

  it('reports a redirect within the site that changes the page, with where it leads and the first status', async () => {
    expect(await checkLink(`${a.origin}/moved-twice`, FAST)).toEqual({
      kind: 'other-page',
      url: `${a.origin}/moved-twice`,
      to: `${a.origin}/ok`,
      status: 302,
    });
  });

  it('takes a redirect that keeps the page (a final slash, a language segment added) as fine', async () => {
    expect((await checkLink(`${a.origin}/dir`, FAST)).kind).toBe('ok');
    expect((await checkLink(`${a.origin}/docs/page`, FAST)).kind).toBe('ok');
  });

  it('reports a redirect to another site (the other server)', async () => {
    expect(await checkLink(`${a.origin}/away`, FAST)).toEqual({
      kind: 'other-site',
      url: `${a.origin}/away`,
      to: `${b.origin}/landing`,
      status: 301,
    });
  });

  it('reports 404, 410 and 500 as broken; retries a 500 once, a 404 never', async () => {
    expect(await checkLink(`${a.origin}/missing`, FAST)).toEqual({kind: 'broken', url: `${a.origin}/missing`, reason: 'HTTP 404'});
    expect(await checkLink(`${a.origin}/gone`, FAST)).toEqual({kind: 'broken', url: `${a.origin}/gone`, reason: 'HTTP 410'});
    expect(await checkLink(`${a.origin}/error`, FAST)).toEqual({kind: 'broken', url: `${a.origin}/error`, reason: 'HTTP 500'});
    expect(hits('/missing')).toBe(1);
    expect(hits('/error')).toBe(2);
  });

  it('passes a link whose first answer fails and whose retry succeeds', async () => {
    expect((await checkLink(`${a.origin}/flaky`, FAST)).kind).toBe('ok');
    expect(hits('/flaky')).toBe(2);
  });

  it('reports a redirect to a malformed address as that link’s problem', async () => {
    expect(await checkLink(`${a.origin}/bad-location`, FAST)).toEqual({
      kind: 'broken',
      url: `${a.origin}/bad-location`,
      reason: 'HTTP 301 to an invalid address "http://[not an address"',
    });
  });

  it('reports a redirect to a missing page as broken, naming where it ended', async () => {
    expect(await checkLink(`${a.origin}/away-broken`, FAST)).toEqual({
      kind: 'broken',
      url: `${a.origin}/away-broken`,
      reason: `HTTP 404, at ${b.origin}/nothing (after a redirect)`,
    });
  });

  it('reports a request that never gets an answer as a timeout, after one retry', async () => {
    expect(await checkLink(`${a.origin}/hang`, FAST)).toEqual({
      kind: 'broken',
      url: `${a.origin}/hang`,
      reason: 'no answer within 1.5 s (timeout)',
    });
    expect(hits('/hang')).toBe(2);
  });

  it('reports a refused connection and a redirect loop as broken', async () => {
    expect(await checkLink(`http://127.0.0.1:${closedPort}/`, FAST)).toEqual({
      kind: 'broken',
      url: `http://127.0.0.1:${closedPort}/`,
      reason: 'the connection was refused',
    });
    expect(await checkLink(`${a.origin}/loop`, FAST)).toEqual({
      kind: 'broken',
      url: `${a.origin}/loop`,
      reason: `more than 5 redirects (a loop?), last at ${a.origin}/loop`,
    });
  });
});

describe('checkLinks', () => {
  it('keeps the order given and never has more requests in flight than asked', async () => {
    const urls = Array.from({length: 6}, () => `${a.origin}/slow`);
    mostInFlight = 0;
    const outcomes = await checkLinks([...urls, `${a.origin}/gone`], {...FAST, concurrency: 2});
    expect(outcomes.map((o) => o.kind)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'broken']);
    expect(mostInFlight).toBe(2);
  });
});

describe('what a failure is called', () => {
  const fetchFailed = (code: string): TypeError => new TypeError('fetch failed', {cause: Object.assign(new Error(code), {code})});
  it('names a DNS failure, a reset and an unknown failure', () => {
    expect(failureReason(fetchFailed('ENOTFOUND'), 1000)).toBe('the host name does not resolve (DNS failure)');
    expect(failureReason(fetchFailed('ECONNRESET'), 1000)).toBe('the connection was reset');
    expect(failureReason(fetchFailed('EPROTO'), 1000)).toBe('the request failed (EPROTO)');
  });
});

describe('the pages and the file to fix', () => {
  let build: string;
  beforeAll(async () => {
    build = await mkdtemp(path.join(tmpdir(), 'links-build-'));
    await mkdir(path.join(build, 'en'));
    await writeFile(
      path.join(build, 'index.html'),
      '<link rel="canonical" href="https://avs-backup.example.org/"><a href="https://partner.example/guide#setup">x</a><a href="/en/">en</a><a href="https://avs-backup.example.org/en/">own</a><a href="mailto:x@example.org">mail</a>',
    );
    await writeFile(
      path.join(build, 'en/backup-partners.html'),
      '<template><a href="https://partner.example/guide">x</a></template><a href="https://www.veeam.com/kb4012">Veeam</a><a href="https://x.example/?a=1&amp;b=2">q</a>',
    );
  });
  afterAll(() => rm(build, {recursive: true, force: true}));

  it('collects the external links of every page, fragments dropped, with the pages that carry each', async () => {
    expect(Object.fromEntries(await collectLinks(build))).toEqual({
      'https://partner.example/guide': ['/', '/en/backup-partners'],
      'https://www.veeam.com/kb4012': ['/en/backup-partners'],
      'https://x.example/?a=1&b=2': ['/en/backup-partners'],
    });
  });

  it('names pages from their files and tells external links from the site’s own', () => {
    expect(pageOf('index.html')).toBe('/');
    expect(pageOf('en/index.html')).toBe('/en/');
    expect(pageOf('en/network-traffic.html')).toBe('/en/network-traffic');
    expect(isExternal('https://learn.microsoft.com/azure/')).toBe(true);
    expect(isExternal('https://avs-backup.example.org/en/')).toBe(false);
    expect(isExternal('/backup-partners')).toBe(false);
    expect(samePage(new URL('https://learn.microsoft.com/azure/x'), new URL('https://learn.microsoft.com/en-us/azure/x/'))).toBe(true);
    expect(samePage(new URL('https://learn.microsoft.com/azure/x'), new URL('https://learn.microsoft.com/azure/y'))).toBe(false);
  });

  it('finds the site files that write a link', async () => {
    const mentions = await filesMentioning(SITE, ['https://www.veeam.com/kb4012', 'https://nowhere.example/']);
    expect(mentions.get('https://www.veeam.com/kb4012')).toEqual(['src/data/partners.ts']);
    expect(mentions.get('https://nowhere.example/')).toEqual([]);
  });

  it('names the catalog entry, the source entry, or the files that write the link', () => {
    expect(whereToFix('https://www.veeam.com/kb4012')).toBe('src/data/partners.ts, partner "veeam" (its "link")');
    expect(whereToFix('https://learn.microsoft.com/azure/azure-vmware/faq')).toBe('src/data/sources.ts, source "avs-faq" (its "link")');
    expect(whereToFix('https://other.example/', ['docs/network-traffic.mdx'])).toBe('docs/network-traffic.mdx');
    expect(whereToFix('https://other.example/')).toMatch(/^the pages named above/);
  });

  it('reports each kind with its pages, the file to fix and what to do, and counts the broken links', () => {
    const report = formatReport(
      [
        {kind: 'ok', url: 'https://ok.example/'},
        {kind: 'broken', url: 'https://www.veeam.com/kb4012', reason: 'HTTP 410'},
        {kind: 'other-site', url: 'https://vrt.as/nb4avs', to: 'https://www.veritas.com/x', status: 301},
        {
          kind: 'other-page',
          url: 'https://learn.microsoft.com/azure/azure-vmware/faq',
          to: 'https://learn.microsoft.com/azure/azure-vmware/new',
          status: 301,
        },
      ],
      new Map([
        ['https://www.veeam.com/kb4012', ['/backup-partners', '/en/backup-partners']],
        ['https://vrt.as/nb4avs', ['/backup-partners']],
      ]),
      (url) => whereToFix(url),
    );
    expect(report.broken).toBe(1);
    expect(report.text).toContain(
      'Links: 4 external links checked: 1 fine, 1 broken, 1 redirected to another site, 1 redirected to another page.\n\nBroken (1):\n\nhttps://www.veeam.com/kb4012\n  Problem: HTTP 410.\n  On: /backup-partners, /en/backup-partners\n  Fix in: src/data/partners.ts, partner "veeam" (its "link")\n  To do: find where the page went',
    );
    expect(report.text).toContain(
      'Redirected to another site (1):\n\nhttps://vrt.as/nb4avs\n  Leads to: https://www.veritas.com/x (HTTP 301).\n  On: /backup-partners\n  Fix in: src/data/partners.ts, partner "veritas" (its "link")',
    );
    expect(report.text).toContain(
      'Redirected to another page (1):\n\nhttps://learn.microsoft.com/azure/azure-vmware/faq\n  Leads to: https://learn.microsoft.com/azure/azure-vmware/new (HTTP 301).\n  On: (the list given)\n  Fix in: src/data/sources.ts, source "avs-faq" (its "link")',
    );
  });
});

/** `npm run check:links -- ARGS`: its exit code and what it printed. */
function checkLinksCommand(args: string[]): Promise<{code: number; output: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(SITE, 'node_modules/tsx/dist/cli.mjs'), path.join(SITE, 'scripts/check-links.ts'), ...args],
      {timeout: 50_000},
      (error, stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}`}),
    );
  });
}

describe('npm run check:links', {timeout: 60_000}, () => {
  const fast = ['--timeout', '1500', '--retry-delay', '10'];
  let build: string;
  beforeAll(async () => {
    build = await mkdtemp(path.join(tmpdir(), 'links-cli-'));
    await writeFile(
      path.join(build, 'backup-partners.html'),
      `<a href="${a.origin}/ok">ok</a><a href="${a.origin}/gone">gone</a><a href="${a.origin}/away">away</a>`,
    );
  });
  afterAll(() => rm(build, {recursive: true, force: true}));

  it('exits with 1 on a broken link of a build folder, naming the page', async () => {
    const {code, output} = await checkLinksCommand(['--build', build, ...fast]);
    expect(code).toBe(1);
    expect(output).toContain(`Checking 3 external links, 4 at a time, as "${USER_AGENT}"…`);
    expect(output).toContain('1 fine, 1 broken, 1 redirected to another site, 0 redirected to another page.');
    expect(output).toContain(`${a.origin}/gone\n  Problem: HTTP 410.\n  On: /backup-partners\n`);
  });

  it('exits with 0 when the links given are fine or only redirect', async () => {
    const {code, output} = await checkLinksCommand(['--url', `${a.origin}/ok`, '--url', `${a.origin}/moved`, ...fast]);
    expect(output).toContain('2 external links checked: 1 fine, 0 broken, 0 redirected to another site, 1 redirected to another page.');
    expect(code).toBe(0);
  });

  it('says what to do with a missing build folder or a bad option', async () => {
    const missing = await checkLinksCommand(['--build', path.join(build, 'nothing')]);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain(
      `check:links: ${path.join(build, 'nothing')} does not exist: run npm run build first, or give another folder with --build.`,
    );
    const bad = await checkLinksCommand(['--url', `${a.origin}/ok`, '--timeout', 'soon']);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('check:links: --timeout "soon": give a whole number above 0.');
  });
});
