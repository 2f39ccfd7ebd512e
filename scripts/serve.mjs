#!/usr/bin/env node
/**
 * Serves the production build (both locales) as Azure Static Web Apps will, from the same
 * build/staticwebapp.config.json: its route rules, headers and 404 overrides, clean URLs, and
 * gzip as a CDN would. It reads only the parts of that format the config uses.
 * Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1]
 */
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import compression from 'compression';
import sirv from 'sirv';

const BUILD_DIR = fileURLToPath(new URL('../build', import.meta.url));
const CONFIG_FILE = join(BUILD_DIR, 'staticwebapp.config.json');

/** Static Web Apps route patterns: exact, or a prefix ending with `*`. */
function matches(pattern, pathname) {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

function loadConfig() {
  if (!existsSync(CONFIG_FILE)) {
    throw new Error(`${CONFIG_FILE} is missing: run "npm run build" first (it writes the hosting configuration).`);
  }
  return JSON.parse(readFileSync(CONFIG_FILE, 'utf8'));
}

/**
 * Starts the server; resolves once it listens, with its URL and a close function.
 * @param {{port?: number, host?: string}} options port 0 picks a free one
 */
export async function startServer({port = 3000, host = '127.0.0.1'} = {}) {
  const config = loadConfig();
  const files = sirv(BUILD_DIR, {extensions: ['html'], etag: true});
  const gzip = compression();

  /** Answers with a file of the build under another status, as a rewrite does. */
  function sendFile(res, file, statusCode) {
    res.writeHead(statusCode, {'Content-Type': 'text/html; charset=utf-8'});
    res.end(readFileSync(join(BUILD_DIR, file)));
  }

  const server = createServer((req, res) => {
    gzip(req, res, () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const rule = config.routes.find((r) => matches(r.route, pathname));
      for (const [name, value] of Object.entries({...config.globalHeaders, ...rule?.headers})) {
        res.setHeader(name, value);
      }
      if (rule?.rewrite) return sendFile(res, rule.rewrite, rule.statusCode ?? 200);
      files(req, res, () => sendFile(res, config.responseOverrides['404'].rewrite, 404));
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
