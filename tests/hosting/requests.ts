/**
 * The hosting table: requests and the answer Azure Static Web Apps gives them, each with where that
 * answer comes from. tests/hosting/*.spec.ts sends every row to `npm run serve` and, unless the row
 * is marked local only, to Microsoft's emulator. Paths and expected bodies are read from build/.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {request} from 'node:http';
import path from 'node:path';

const BUILD = path.resolve(__dirname, '../../build');
const built = (file: string): Buffer => readFileSync(path.join(BUILD, file));
/** The one file of a build folder whose name matches (hashed names change with every build). */
const builtFile = (dir: string, pattern: RegExp): string => {
  const names = readdirSync(path.join(BUILD, dir)).filter((name) => pattern.test(name));
  if (names.length !== 1)
    throw new Error(`expected one file matching ${pattern} in build/${dir}, found ${names.length}: run \`npm run build\``);
  return `/${dir}/${names[0]}`;
};

const config = JSON.parse(built('staticwebapp.config.json').toString()) as {
  globalHeaders: Record<string, string>;
  routes: {route: string; headers?: Record<string, string>}[];
};
const CSP = config.globalHeaders['Content-Security-Policy']!;
/** The policy of a route that has its own (scripts/hosting-config.mjs). */
const routeCsp = (route: string): string => {
  const csp = config.routes.find((r) => r.route === route)?.headers?.['Content-Security-Policy'];
  if (!csp) throw new Error(`build/staticwebapp.config.json has no route ${route} with its own CSP: run \`npm run build\``);
  return csp;
};
const NOT_FOUND_PAGE = built('404.html');
const SITEMAP = built('sitemap.xml');
const HTML = /^text\/html\b/;

const DOCS = 'Static Web Apps docs, "Configure Azure Static Web Apps"';
const MEASURED = 'measured on Azure Static Web Apps (slorber/trailing-slash-guide, no trailingSlash setting)';
const EMULATOR = 'the emulator, @azure/static-web-apps-cli 2.0.10';
const NO_TRAILING_SLASH = 'the emulator does not implement trailingSlash';
const NO_ALLOW = 'the emulator sends no Allow header with its 405';
const GZIP_ONLY = "serve.mjs stands in for a host's compression with gzip only; the emulator's is not the cloud's";
const EMULATOR_STOPS = 'one such request stops the emulator: the decodeURIComponent of its file lookup throws, unhandled';

export interface Row {
  method?: string;
  /** Sent as is: no normalisation, no percent-encoding. */
  path: string;
  requestHeaders?: Record<string, string>;
  status: number;
  /** Where a redirect leads (path and query). */
  location?: string;
  /** Response headers (lower case) and their exact value or pattern. */
  headers?: Record<string, string | RegExp>;
  /** The exact body (identity encoding). */
  body?: Buffer;
  /** Where the expected answer comes from. */
  source: string;
  /** Asked of `npm run serve` only, and why the emulator is not asked. */
  localOnly?: string;
}

export const rows: Row[] = [
  // Pages: the global headers on every response, the canonical URLs, the trailingSlash "auto" redirects.
  {
    path: '/',
    status: 200,
    headers: {'content-type': HTML, 'content-security-policy': routeCsp('/*'), 'cache-control': 'no-cache'},
    source: `${DOCS}, Global headers, and a route's header overrides the global one`,
  },
  {
    path: '/en/',
    status: 200,
    headers: {'content-type': HTML, 'content-security-policy': routeCsp('/en/*')},
    source: `${DOCS}, Routes: the first route that matches applies`,
  },
  {
    path: '/backup-partners',
    status: 200,
    headers: {'content-type': HTML},
    source: `${MEASURED}: /file 200`,
    localOnly: 'the emulator answers 404 to a page named without ".html"',
  },
  {
    path: '/en/backup-partners',
    status: 200,
    headers: {'content-type': HTML},
    source: `${MEASURED}: /file 200`,
    localOnly: 'the emulator answers 404 to a page named without ".html"',
  },
  // Routes with a policy of their own: the list of changes and the search page carry CSS of their own.
  ...(
    [
      ['/changes', '/changes*'],
      ['/en/changes', '/en/changes*'],
      ['/search', '/search*'],
      ['/en/search', '/en/search*'],
    ] as const satisfies readonly (readonly [string, string])[]
  ).map(([path, route]): Row => ({
    path,
    status: 200,
    headers: {'content-type': HTML, 'content-security-policy': routeCsp(route)},
    source: `${DOCS}, Global headers: a route's header overrides the global one`,
    localOnly: 'the emulator answers 404 to a page named without ".html"',
  })),
  {
    path: '/backup-partners/',
    status: 301,
    location: '/backup-partners',
    source: `${DOCS}, Trailing slash, auto: /contact/ 301 /contact`,
    localOnly: NO_TRAILING_SLASH,
  },
  {
    path: '/backup-partners.html',
    status: 301,
    location: '/backup-partners',
    source: `${DOCS}, Trailing slash, auto: /contact.html 301 /contact`,
    localOnly: NO_TRAILING_SLASH,
  },
  {
    path: '/index.html',
    status: 301,
    location: '/',
    source: `${DOCS}, Trailing slash, auto: /about/index.html 301 /about/`,
    localOnly: NO_TRAILING_SLASH,
  },
  {
    path: '/en/index.html',
    status: 301,
    location: '/en/',
    source: `${DOCS}, Trailing slash, auto: /about/index.html 301 /about/`,
    localOnly: NO_TRAILING_SLASH,
  },
  {path: '/en', status: 301, location: '/en/', source: `${DOCS}, Trailing slash, auto: /about 301 /about/`},
  // Unknown paths: one 404 page for the whole site, whatever the language of the path.
  {path: '/no-such-page', status: 404, headers: {'content-type': HTML}, body: NOT_FOUND_PAGE, source: `${DOCS}, Response overrides`},
  {
    path: '/en/no-such-page/really',
    status: 404,
    headers: {'content-type': HTML},
    body: NOT_FOUND_PAGE,
    source: `${DOCS}, Response overrides (one 404 override per site: Azure/static-web-apps#528)`,
  },
  {
    path: '/en/no-such-page',
    status: 404,
    headers: {'content-security-policy': CSP, 'cache-control': 'no-cache'},
    source: `${DOCS}, Global headers ("applied to each response")`,
    localOnly: 'the emulator sends its 404 page without the global headers',
  },
  {path: '/staticwebapp.config.json', status: 404, body: NOT_FOUND_PAGE, source: EMULATOR},
  {path: '//en/nope', status: 404, body: NOT_FOUND_PAGE, source: 'RFC 9112 §3.2.1: an origin-form target is a path, never a host'},
  // Something after a file, a name too long for the file system, a path too long for it: nothing is there
  // (scripts/serve.mjs once stopped on each, with ENOTDIR or ENAMETOOLONG).
  ...[
    '/index.html/x',
    '/img/favicon.svg/x',
    '/sitemap.xml/',
    '/en/search.html/',
    `/${'a'.repeat(251)}`,
    `/en/${'é'.repeat(200)}`.replace(/é/g, '%C3%A9'),
    '/abcdefghi'.repeat(1_000),
  ].map((path): Row => ({
    path,
    status: 404,
    headers: {'content-type': HTML},
    body: NOT_FOUND_PAGE,
    source: `${DOCS}, Response overrides: no file has this path (the emulator answers 404 too)`,
  })),
  // Files: route headers and MIME types from the configuration.
  {
    path: builtFile('assets/islands', /^index-.*\.js$/),
    status: 200,
    headers: {'content-type': /^(text|application)\/javascript\b/, 'cache-control': 'public, max-age=31536000, immutable'},
    source: `${DOCS}, Routes (headers)`,
  },
  {
    path: builtFile('en/assets/islands', /^index-.*\.js$/),
    status: 200,
    headers: {'content-type': /^(text|application)\/javascript\b/, 'cache-control': 'public, max-age=31536000, immutable'},
    source: `${DOCS}, Routes (headers)`,
  },
  {
    path: builtFile('pagefind', /^pagefind\.fr-fr_.*\.pf_meta$/),
    status: 200,
    headers: {'content-type': 'application/octet-stream'},
    source: `${DOCS}, Example configuration file (mimeTypes)`,
  },
  {
    path: '/pagefind/wasm.fr-fr.pagefind',
    status: 200,
    headers: {'content-type': 'application/octet-stream'},
    source: `${DOCS}, Example configuration file (mimeTypes)`,
  },
  // Methods: a static site answers GET and HEAD.
  {method: 'HEAD', path: '/', status: 200, headers: {'content-type': HTML}, body: Buffer.alloc(0), source: 'RFC 9110 §9.3.2'},
  {method: 'POST', path: '/', status: 405, source: EMULATOR},
  ...['PUT', 'DELETE', 'TRACE', 'OPTIONS'].map((method): Row => ({
    method,
    path: '/',
    status: 405,
    headers: {allow: 'GET, HEAD'},
    source: 'RFC 9110 §15.5.6: a 405 lists the allowed methods',
    localOnly: method === 'OPTIONS' ? 'the emulator answers OPTIONS with 204 (the cloud is not measured)' : NO_ALLOW,
  })),
  // Compression: gzip, the unit of the budgets, whatever else the client accepts; none when it takes no gzip.
  ...['gzip', 'br, gzip', 'br;q=1, gzip;q=0.5, zstd', '*'].map((acceptEncoding): Row => ({
    path: '/',
    requestHeaders: {'accept-encoding': acceptEncoding},
    status: 200,
    headers: {'content-encoding': 'gzip'},
    source: 'bench/budget.json: sizes are gzip, as a host sends them',
    localOnly: GZIP_ONLY,
  })),
  ...['br', 'identity', 'gzip;q=0'].map((acceptEncoding): Row => ({
    path: '/',
    requestHeaders: {'accept-encoding': acceptEncoding},
    status: 200,
    body: built('index.html'),
    source: 'RFC 9110 §12.5.3: identity is acceptable unless refused',
    localOnly: GZIP_ONLY,
  })),
  // Ranges: a partial file, or 416 when no part of it is asked.
  {
    path: '/sitemap.xml',
    requestHeaders: {range: 'bytes=-100'},
    status: 206,
    headers: {'content-range': `bytes ${SITEMAP.length - 100}-${SITEMAP.length - 1}/${SITEMAP.length}`},
    body: SITEMAP.subarray(-100),
    source: 'RFC 9110 §14.1.2: the last 100 bytes',
  },
  {
    path: '/sitemap.xml',
    requestHeaders: {range: 'bytes=5-2'},
    status: 416,
    headers: {'content-range': `bytes */${SITEMAP.length}`},
    source: 'RFC 9110 §15.5.17 (an inverted range is invalid)',
  },
  {
    path: '/sitemap.xml',
    requestHeaders: {range: `bytes=${SITEMAP.length}-`},
    status: 416,
    headers: {'content-range': `bytes */${SITEMAP.length}`},
    source: 'RFC 9110 §15.5.17 (nothing of the file is asked)',
  },
  // Conditional requests: the file is there (If-None-Match: *), it is not the one asked for (If-Match).
  {
    path: '/sitemap.xml',
    requestHeaders: {'if-none-match': '*'},
    status: 304,
    source: 'RFC 9110 §13.1.2: "*" matches the current file, so a GET is answered 304',
  },
  {
    path: '/sitemap.xml',
    requestHeaders: {'if-match': '"no-such-version"'},
    status: 412,
    source: 'RFC 9110 §13.1.1: no current version has that entity tag',
  },
  // Malformed paths: a clean 400.
  ...['/%', '/%ZZ', '/%C0%AF', '/%E0%A4%A'].map((path): Row => ({
    path,
    status: 400,
    source: 'RFC 3986 §2.1 and RFC 3629: not a percent-encoded UTF-8 path',
    localOnly: EMULATOR_STOPS,
  })),
];

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Sends one request exactly as written (Node's fetch would normalise the path or refuse some methods). */
export function send(base: string, row: Pick<Row, 'method' | 'path' | 'requestHeaders'>): Promise<Reply> {
  const {hostname, port} = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {host: hostname, port, method: row.method ?? 'GET', path: row.path, headers: row.requestHeaders, agent: false},
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
