#!/usr/bin/env node
// @ts-check
/**
 * Serves the production build (both locales) as Azure Static Web Apps does, from the same
 * build/staticwebapp.config.json: route and global headers, MIME types, the 404 override and the
 * `trailingSlash: "auto"` redirects, with gzip as a CDN would (gzip only: the budgets of
 * bench/budget.json are in gzip bytes, the compression any host offers). It implements only the parts of that
 * format the config uses and refuses a config with others. What no host would serve gets a clean
 * answer: 400 for a malformed path, 405 for methods other than GET and HEAD, 416 for an
 * unsatisfiable Range (files, ranges and conditional requests are `send`'s, as in Express).
 * tests/hosting/ sends the same requests to it and to Microsoft's emulator.
 * Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1]
 */
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import compression from 'compression';
import Negotiator from 'negotiator';
import send from 'send';
import {routeMatches} from './route-patterns.mjs';

const BUILD_DIR = fileURLToPath(new URL('../build', import.meta.url));
const CONFIG_FILE = join(BUILD_DIR, 'staticwebapp.config.json');
/** The site is static: every other method is answered 405. */
export const ALLOWED_METHODS = 'GET, HEAD';

/**
 * @typedef {{route: string, headers?: Record<string, string>}} Route
 * @typedef {{trailingSlash: 'auto', routes: Route[], mimeTypes: Record<string, string>,
 *   responseOverrides: {404: {rewrite: string}}, globalHeaders: Record<string, string>}} Config
 */

/** @returns {Config} the hosting configuration, if it uses only what this server implements */
function loadConfig() {
  if (!existsSync(CONFIG_FILE)) {
    throw new Error(`${CONFIG_FILE} is missing: run "npm run build" first (it writes the hosting configuration).`);
  }
  /** @type {unknown} typed below: typescript-eslint does not see a JSDoc cast of JSON.parse's `any` */
  const json = JSON.parse(readFileSync(CONFIG_FILE, 'utf8'));
  const config = /** @type {Config} */ (json);
  const unsupported = [
    ...Object.keys(config).filter((key) => !['trailingSlash', 'routes', 'mimeTypes', 'responseOverrides', 'globalHeaders'].includes(key)),
    ...(config.trailingSlash === 'auto' ? [] : [`trailingSlash "${String(config.trailingSlash)}"`]),
    ...config.routes
      .filter(
        (/** @type {Route} */ r) => !/^\/[^*{}]*\*?$/.test(r.route) || Object.keys(r).some((key) => key !== 'route' && key !== 'headers'),
      )
      .map((/** @type {Route} */ r) => `the route ${JSON.stringify(r)}`),
    ...Object.keys(config.responseOverrides)
      .filter((status) => status !== '404')
      .map((status) => `responseOverrides.${status}`),
  ];
  if (unsupported.length) {
    throw new Error(`${CONFIG_FILE} uses what scripts/serve.mjs does not implement: ${unsupported.join(', ')}.`);
  }
  return config;
}

/**
 * The compression of a host, as the budgets count it (bench/budget.json): gzip for a client that
 * accepts it, else none. Left to itself, the middleware picks Brotli for a browser that accepts it,
 * at its quality 4, which sends more bytes than gzip for our pages. A partial response (206) is never
 * compressed: its Content-Range counts the file's own bytes. Also used for the bench's peers.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function gzipCompression() {
  // The middleware needs only Node's request and response; its types ask for Express's.
  const middleware =
    /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} */ (
      /** @type {unknown} */ (compression({filter: (req, res) => !req.headers.range && compression.filter(req, res)}))
    );
  return (req, res, next) => {
    req.headers['accept-encoding'] = new Negotiator(req).encoding(['gzip', 'identity']) === 'gzip' ? 'gzip' : 'identity';
    middleware(req, res, next);
  };
}

/**
 * The decoded URL path, or undefined when it cannot name a file: not a path, malformed
 * percent-encoding, a NUL byte or a dot segment.
 * @param {string} raw the path as the request line has it
 */
function decodePath(raw) {
  if (!raw.startsWith('/')) return undefined;
  try {
    const path = decodeURIComponent(raw);
    return path.includes('\0') || path.split('/').some((s) => s === '.' || s === '..') ? undefined : path;
  } catch {
    return undefined;
  }
}

/**
 * Whether build/ has a file at this decoded path. Any file-system error (ENOTDIR for `/index.html/x`,
 * ENAMETOOLONG for a long segment, EACCES…) means there is none to serve; nothing outside build/ is looked at.
 * @param {string} path
 */
function isFile(path) {
  const file = join(BUILD_DIR, path);
  if (!file.startsWith(BUILD_DIR + sep)) return false;
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * What Static Web Apps does with a path under `trailingSlash: "auto"` (its configuration docs,
 * "Trailing slash"): a page is served at its name without ".html", a folder at its name with a
 * slash, and every other spelling of them is redirected there. Another file followed by a slash
 * (`/sitemap.xml/`) is nothing, as in the emulator: the docs' table redirects pages and folders only.
 * @param {string} path decoded, without empty or dot segments
 * @returns {{file: string} | {redirect: string} | undefined} undefined: nothing there
 */
function resolve(path) {
  if (path.endsWith('/')) {
    if (isFile(`${path}index.html`)) return {file: `${path}index.html`};
    const withoutSlash = path.length > 1 ? resolve(path.slice(0, -1)) : undefined;
    return withoutSlash && 'file' in withoutSlash && withoutSlash.file.endsWith('.html') ? {redirect: path.slice(0, -1)} : undefined;
  }
  if (path.endsWith('/index.html') && isFile(path)) return {redirect: path.slice(0, -'index.html'.length)};
  if (path.endsWith('.html') && isFile(path)) return {redirect: path.slice(0, -'.html'.length)};
  if (isFile(path)) return {file: path};
  if (isFile(`${path}.html`)) return {file: `${path}.html`};
  if (isFile(`${path}/index.html`)) return {redirect: `${path}/`};
  return undefined;
}

/**
 * Starts the server; resolves once it listens, with its URL and a close function.
 * @param {{port?: number, host?: string}} options port 0 picks a free one
 */
export async function startServer({port = 3000, host = '127.0.0.1'} = {}) {
  const config = loadConfig();
  const notFoundPage = readFileSync(join(BUILD_DIR, config.responseOverrides['404'].rewrite));
  const gzip = gzipCompression();

  const server = createServer((req, res) => {
    gzip(req, res, () => {
      try {
        for (const [name, value] of Object.entries(config.globalHeaders)) res.setHeader(name, value);
        /** @type {(status: number, message: string, headers?: Record<string, string>) => void} */
        const refuse = (status, message, headers = {}) => {
          res.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8', ...headers});
          res.end(`${message}\n`);
        };
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          return refuse(405, `${req.method} is not allowed: this site is static.`, {Allow: ALLOWED_METHODS});
        }
        const url = req.url ?? '';
        const queryStart = url.includes('?') ? url.indexOf('?') : url.length;
        const path = decodePath(url.slice(0, queryStart));
        if (path === undefined) return refuse(400, 'Malformed request path.');
        // An empty segment (`//en/nope`) names no file; Static Web Apps never serves its configuration.
        const target = path.includes('//') || path === '/staticwebapp.config.json' ? undefined : resolve(path);
        if (!target) {
          res.writeHead(404, {'Content-Type': 'text/html; charset=utf-8'});
          return res.end(notFoundPage);
        }
        if ('redirect' in target) {
          res.writeHead(301, {Location: encodeURI(target.redirect) + url.slice(queryStart)});
          return res.end();
        }
        const rule = config.routes.find((r) => routeMatches(r.route, path));
        for (const [name, value] of Object.entries(rule?.headers ?? {})) res.setHeader(name, value);
        const mimeType = config.mimeTypes[extname(target.file)];
        if (mimeType) res.setHeader('Content-Type', mimeType);
        send(req, encodeURI(target.file), {root: BUILD_DIR, index: false, cacheControl: false})
          .on('error', (/** @type {{status?: number, message: string, headers?: Record<string, string>}} */ error) => {
            if (res.headersSent) return res.destroy();
            refuse(error.status ?? 500, error.message, error.headers);
          })
          .pipe(res);
      } catch (error) {
        // A bug of ours, not the request's fault: the server says so and keeps serving (the hosting suite fails on any 500).
        console.error(error);
        if (res.headersSent) return res.destroy();
        res.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'});
        res.end('Internal server error.\n');
      }
    });
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {url, close: () => new Promise((resolve) => server.close(resolve))};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {port: {type: 'string', default: '3000'}, host: {type: 'string', default: '127.0.0.1'}}});
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
    process.exit(1);
  }
  const {url} = await startServer({port, host: values.host});
  console.log(`Serving build/ (French at ${url}/, English at ${url}/en/). Ctrl+C to stop.`);
}
