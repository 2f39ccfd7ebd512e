#!/usr/bin/env node
/**
 * Serves the production build (both locales) the way the host will: clean URLs,
 * and the 404 page in the language of the path asked for (/en/... gets the English one).
 * Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1]
 */
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import sirv from 'sirv';

const BUILD_DIR = fileURLToPath(new URL('../build', import.meta.url));

/** The 404 page of the locale a path belongs to. */
function notFoundPageFor(pathname) {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en/404.html' : '404.html';
}

/**
 * Starts the server; resolves once it listens, with its URL and a close function.
 * @param {{port?: number, host?: string}} options port 0 picks a free one
 */
export async function startServer({port = 3000, host = '127.0.0.1'} = {}) {
  const files = sirv(BUILD_DIR, {extensions: ['html'], etag: true});
  const server = createServer((req, res) => {
    files(req, res, () => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      res.writeHead(404, {'Content-Type': 'text/html; charset=utf-8'});
      res.end(readFileSync(`${BUILD_DIR}/${notFoundPageFor(pathname)}`));
    });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {url, close: () => new Promise((resolve) => server.close(resolve))};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {port: {type: 'string', default: '3000'}, host: {type: 'string', default: '127.0.0.1'}}});
  const {url} = await startServer({port: Number(values.port), host: values.host});
  console.log(`Serving build/ (French at ${url}/, English at ${url}/en/). Ctrl+C to stop.`);
}
