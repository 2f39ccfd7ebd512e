/**
 * Random requests against `npm run serve` (fast-check): a few thousand paths, methods, headers and
 * ranges, on a loopback port, one at a time, each followed by a normal request. Every answer must
 * carry a status the hosting table (requests.ts) documents, any other method than GET and HEAD is
 * refused, a 200 to a GET is the bytes of a file of build/ (so nothing outside it is served), and
 * the server must still answer afterwards. A failure prints fast-check's seed and the smallest
 * request it found that fails; `fc.assert(…, {seed, path})` replays it.
 * Not asked of the emulator: malformed percent-encoding stops it (see the table).
 */
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {brotliDecompressSync, gunzipSync, inflateSync} from 'node:zlib';
import {expect, test} from '@playwright/test';
import fc from 'fast-check';
import {rows, send} from './requests';
import {serveMjsForTheseTests} from './servers';

const RUNS = 3_000;
/** Bounds: a request (and the normal one after it) that takes longer fails the run; the whole test has three minutes. */
const RUN_TIMEOUT_MS = 5_000;
const TEST_TIMEOUT_MS = 180_000;

const BUILD = path.resolve(__dirname, '../../build');
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const files = readdirSync(BUILD, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(entry.parentPath, entry.name));
const builtFiles = new Set(files.map((file) => sha256(readFileSync(file))));
/** Every file of build/ as a URL path, and every page also without ".html". */
const builtPaths = files
  .map((file) => `/${path.relative(BUILD, file).split(path.sep).join('/')}`)
  .flatMap((url) => (url.endsWith('.html') ? [url, url.slice(0, -'.html'.length)] : [url]));
const documentedStatuses = [...new Set(rows.map((row) => row.status))].sort();

/** What a request line may carry as it is (Node's client refuses the rest); `?` starts the query. */
const PATH_CHARS = [...Array(0x7f - 0x21).keys()].map((i) => String.fromCharCode(0x21 + i)).filter((c) => c !== '?');
/** What file names here are made of. */
const NAME_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789-_.'];
/** Printable ASCII, what a header value may hold. */
const VALUE_CHARS = [...Array(0x7f - 0x20).keys()].map((i) => String.fromCharCode(0x20 + i));
const TOKEN_CHARS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!#$%&'*+^`|~"];

/** Mostly names that exist (so that many requests reach a file), then what is around them. */
const segment = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'en',
      'index.html',
      'search',
      'search.html',
      'backup-partners',
      'backup-partners.html',
      'network-traffic',
      '404.html',
      'img',
      'favicon.svg',
      'sitemap.xml',
      'assets',
      'css',
      'islands',
      'pagefind',
      'pagefind.js',
    ),
  },
  // The configuration, files outside build/, and the usual ways out of a folder or of the decoding.
  fc.constantFrom(
    'staticwebapp.config.json',
    'package.json',
    'node_modules',
    '',
    '.',
    '..',
    '%2e%2e',
    '%2E.',
    '..%2f',
    '%2f',
    '%5c..',
    '\\..',
    '%00',
    '%',
    '%ZZ',
    '%C0%AF',
    '~',
  ),
  {weight: 2, arbitrary: fc.string({unit: fc.constantFrom(...NAME_CHARS), maxLength: 24})},
  fc.string({unit: fc.constantFrom(...PATH_CHARS), maxLength: 24}),
  // Around the file system's 255-byte name limit, in one- and two-byte characters.
  fc.integer({min: 240, max: 300}).map((n) => 'a'.repeat(n)),
  fc.integer({min: 120, max: 150}).map((n) => '%C3%A9'.repeat(n)),
  fc
    .array(fc.integer({min: 0, max: 255}), {minLength: 1, maxLength: 6})
    .map((bytes) => bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
);

/** A file of build/, as it is or with something after it. */
const nearFile = fc
  .tuple(fc.constantFrom(...builtPaths), fc.constantFrom('', '', '', '/', '/x', '.html', '/index.html', '%2F..%2F..', '//'))
  .map(([url, suffix]) => url + suffix);

const randomPath = fc
  .tuple(
    fc.array(segment, {minLength: 1, maxLength: 5}),
    fc.boolean(),
    fc.option(fc.string({unit: fc.constantFrom(...PATH_CHARS, '?'), maxLength: 24}), {nil: undefined}),
  )
  .map(([segments, trailingSlash, query]) => `/${segments.join('/')}${trailingSlash ? '/' : ''}${query === undefined ? '' : `?${query}`}`);

const requestPath = fc.oneof({weight: 2, arbitrary: nearFile}, {weight: 3, arbitrary: randomPath});

const byteRange = fc.oneof(
  fc.tuple(fc.nat(20_000), fc.nat(20_000)).map(([a, b]) => `${a}-${b}`),
  fc.nat(20_000).map((n) => `-${n}`),
  fc.nat(20_000).map((n) => `${n}-`),
);
const range = fc.oneof(
  byteRange.map((r) => `bytes=${r}`),
  fc.array(byteRange, {minLength: 2, maxLength: 4}).map((rs) => `bytes=${rs.join(',')}`),
  fc.string({unit: fc.constantFrom(...VALUE_CHARS), maxLength: 30}),
);
const httpDate = fc.date({min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true}).map((d) => d.toUTCString());
const headerValue = fc.string({unit: fc.constantFrom(...VALUE_CHARS), maxLength: 40}).map((v) => v.trim());

/** Up to three of these, each at most once: most requests carry none or one. */
const headers = fc
  .uniqueArray(
    fc.oneof(
      range.map((v) => ['range', v] as const),
      fc.oneof(fc.constant('*'), headerValue).map((v) => ['if-none-match', v] as const),
      fc.oneof(fc.constant('*'), headerValue).map((v) => ['if-match', v] as const),
      fc.oneof(httpDate, headerValue).map((v) => ['if-modified-since', v] as const),
      fc.oneof(httpDate, headerValue).map((v) => ['if-unmodified-since', v] as const),
      fc.constantFrom('gzip', 'identity', 'br, gzip;q=0.5', '*', 'gzip;q=0', '').map((v) => ['accept-encoding', v] as const),
      headerValue.map((v) => ['x-anything', v] as const),
    ),
    {maxLength: 3, selector: ([name]) => name},
  )
  .map((entries): Record<string, string> => Object.fromEntries(entries));

const method = fc.oneof(
  {weight: 8, arbitrary: fc.constantFrom('GET', 'HEAD')},
  {weight: 2, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND')},
  fc.string({unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 10}),
);

test.describe('serve.mjs, random requests', () => {
  const server = serveMjsForTheseTests();

  test(`${RUNS} random requests: documented statuses only (${documentedStatuses.join(', ')}), files of build/ only, the server keeps answering`, async () => {
    test.setTimeout(TEST_TIMEOUT_MS);
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(method, requestPath, headers, async (method, path, requestHeaders) => {
        const reply = await send(server().url, {method, path, requestHeaders});
        seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
        expect(documentedStatuses, `status ${reply.status} of ${method} ${path}`).toContain(reply.status);
        if (method !== 'GET' && method !== 'HEAD') expect([400, 405], `${method} ${path}`).toContain(reply.status);
        if (method === 'GET' && reply.status === 200) {
          const decode = {gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync}[String(reply.headers['content-encoding'])];
          const body = decode ? decode(reply.body) : reply.body;
          expect(builtFiles.has(sha256(body)), `the body of GET ${path} is a file of build/`).toBe(true);
        }
        expect((await send(server().url, {path: '/'})).status, `GET / after ${method} ${path}`).toBe(200);
      }),
      {numRuns: RUNS, timeout: RUN_TIMEOUT_MS},
    );
    console.log(
      `[random requests] ${RUNS} answered; statuses: ${[...seen]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s} ×${n}`)
        .join(', ')}`,
    );
  });
});
