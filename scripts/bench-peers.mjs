// @ts-check
/**
 * The peers of `npm run bench -- --peers` (ARCHITECTURE.md, Performance): the project's own pages built
 * with Astro Starlight and with a default Docusaurus site, in a temporary folder, their packages
 * installed there from the npm registry at bench time (nothing of theirs is in package.json).
 * The pages are the same Markdown without our components (partner cards, source lists, diagram),
 * which only makes the peers' pages lighter than ours. Starlight needs Node 22 or later: PEERS_NODE,
 * else this Node when it is recent enough.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import matter from '@11ty/gray-matter';
import send from 'send';
import {DEFAULT_LOCALE, LOCALES, LOCALE_IDS, docsDirOf} from '../site-facts.mjs';
import {gzipCompression} from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Exact versions, so that two sittings measure the same peers. */
const STARLIGHT = {astro: '7.3.5', '@astrojs/starlight': '0.42.4'};
const DOCUSAURUS = {
  '@docusaurus/core': '3.10.2',
  '@docusaurus/preset-classic': '3.10.2',
  '@mdx-js/react': '3.1.1',
  clsx: '2.1.1',
  'prism-react-renderer': '2.4.1',
  react: '19.3.1',
  'react-dom': '19.3.1',
};
const SITE_TITLE = 'Sauvegarde AVS';

/** A Node of version 22 or later for Starlight: PEERS_NODE, or this one. */
export function peersNode() {
  const node = process.env.PEERS_NODE ?? process.execPath;
  const version = execFileSync(node, ['--version'], {encoding: 'utf8'}).trim();
  if (Number(/^v(\d+)/.exec(version)?.[1] ?? 0) < 22) {
    throw new Error(`Astro Starlight needs Node 22 or later; ${node} is ${version}. Set PEERS_NODE to a newer node binary.`);
  }
  return node;
}

/**
 * One page as plain Markdown/MDX that any site can build: front matter reduced to title and
 * description, our imports and components left out, on their own lines or within a line (a
 * citation mark, <Cite id="…" />), and a <SourceLink> keeps its text.
 * @param {string} source
 */
export function portablePage(source) {
  const {data, content} = matter(source);
  const body = content
    .replace(/^(import|export) .*$/gm, '')
    .replace(/^\s*<\/?[A-Z]\w*[^>]*>\s*$/gm, '')
    .replace(/<SourceLink[^>]*>([\s\S]*?)<\/SourceLink>/g, '$1')
    .replace(/<[A-Z]\w*(?:\s[^<>]*)?\/>/g, '');
  const title = String(data.title ?? '');
  const description = String(data.description ?? '');
  return {slug: String(data.slug ?? ''), title, description, body};
}

/**
 * @param {string} dir @param {Record<string, string>} dependencies @param {string} node
 * @param {Record<string, string>} fields more package.json fields, as each tool's starter project has them
 */
function install(dir, dependencies, node, fields = {}) {
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({private: true, ...fields, dependencies}, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: dir, stdio: 'inherit', env: withNode(node)});
}

/** The environment with `node`'s folder first on PATH, for the tools' own child processes. @param {string} node */
const withNode = (node) => ({...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}`});

/** Every page of every locale. */
function pages() {
  return LOCALE_IDS.flatMap((locale) => {
    const dir = join(ROOT, docsDirOf(locale));
    return readdirSync(dir)
      .filter((f) => /\.mdx?$/.test(f))
      .map((file) => ({locale, file, ...portablePage(readFileSync(join(dir, file), 'utf8'))}));
  });
}

/** @param {string} file @param {string} text */
function write(file, text) {
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, text);
}

/** Starlight, French at the root and English under /en/. @param {string} dir @param {string} node */
function buildStarlight(dir, node) {
  mkdirSync(dir, {recursive: true});
  install(dir, STARLIGHT, node, {type: 'module'});
  const locales = Object.fromEntries(
    LOCALE_IDS.map((l) => [l === DEFAULT_LOCALE ? 'root' : l, {label: LOCALES[l].label, lang: LOCALES[l].htmlLang}]),
  );
  write(
    join(dir, 'astro.config.mjs'),
    `import {defineConfig} from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({integrations: [starlight(${JSON.stringify({title: SITE_TITLE, defaultLocale: 'root', locales})})]});\n`,
  );
  write(
    join(dir, 'src/content.config.ts'),
    `import {defineCollection} from 'astro:content';\nimport {docsLoader} from '@astrojs/starlight/loaders';\nimport {docsSchema} from '@astrojs/starlight/schema';\nexport const collections = {docs: defineCollection({loader: docsLoader(), schema: docsSchema()})};\n`,
  );
  for (const page of pages()) {
    const name = page.slug === '/' ? 'index' : page.slug.slice(1);
    const prefix = page.locale === DEFAULT_LOCALE ? '' : `${page.locale}/`;
    const front = `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\n---\n`;
    write(join(dir, `src/content/docs/${prefix}${name}.mdx`), `${front}${page.body}`);
  }
  execFileSync(node, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {cwd: dir, stdio: 'inherit', env: withNode(node)});
  return join(dir, 'dist');
}

/** Docusaurus 3.10 with its classic preset and defaults, the docs at the root, both locales. @param {string} dir @param {string} node */
function buildDocusaurus(dir, node) {
  mkdirSync(dir, {recursive: true});
  install(dir, DOCUSAURUS, node);
  const config = {
    title: SITE_TITLE,
    url: 'https://avs-backup.example.org',
    baseUrl: '/',
    i18n: {defaultLocale: DEFAULT_LOCALE, locales: LOCALE_IDS},
    presets: [['classic', {docs: {routeBasePath: '/'}, blog: false}]],
    themeConfig: {navbar: {title: SITE_TITLE}},
  };
  write(join(dir, 'docusaurus.config.mjs'), `export default ${JSON.stringify(config, null, 2)};\n`);
  // The pages keep their file names, so that their relative links resolve as in our build.
  for (const page of pages()) {
    const front = `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\nslug: ${JSON.stringify(page.slug)}\n---\n`;
    // The same layout as ours: a default Docusaurus site puts its locales' pages where site-facts.mjs says.
    write(join(dir, docsDirOf(page.locale), page.file), `${front}${page.body}`);
  }
  execFileSync(node, [join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
    cwd: dir,
    stdio: 'inherit',
    env: withNode(node),
  });
  return join(dir, 'build');
}

/**
 * Builds both peers under `workDir`; returns their names, output folders, and whether their page
 * URLs end with a slash (each site links its own form).
 * @param {string} workDir @param {string} node
 */
export function buildPeers(workDir, node) {
  return [
    {
      name: `Astro Starlight ${STARLIGHT['@astrojs/starlight']}`,
      dir: buildStarlight(join(workDir, 'starlight'), node),
      trailingSlash: true,
    },
    {
      name: `default Docusaurus ${DOCUSAURUS['@docusaurus/core']}`,
      dir: buildDocusaurus(join(workDir, 'docusaurus'), node),
      trailingSlash: false,
    },
  ];
}

/**
 * A static server for a peer's output on loopback, gzip as for our site: `/a` and `/a/` are
 * a.html or a/index.html. Returns its URL and a close function.
 * @param {string} dir
 */
export async function servePeer(dir) {
  const gzip = gzipCompression();
  const fileOf = (/** @type {string} */ path) => {
    const clean = decodeURIComponent(path.split('?')[0] ?? '/').replace(/\/+$/, '');
    const candidates = [clean, `${clean}.html`, `${clean}/index.html`].map((c) => join(dir, c));
    return candidates.find((c) => c.startsWith(dir) && existsSync(c) && statSync(c).isFile());
  };
  const server = createServer((req, res) =>
    gzip(req, res, () => {
      const file = fileOf(req.url ?? '/');
      if (!file) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      send(req, file, {dotfiles: 'allow'}).pipe(res);
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve(undefined)))};
}
