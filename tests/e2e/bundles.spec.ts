/**
 * Bundle boundaries (plugins/islands.ts, src/controls/): which scripts each kind of page loads,
 * read from the production build, then checked against what a browser requests. Every page: the
 * controls' entry, alone (no chunk); the results page: its own script too; the 404 page: its own;
 * the search code, the Pagefind engine and its index: only once the reader searches. Each control
 * is identified in the bundles by its `customElements.define` call, so a module that lands in
 * the wrong chunk (results-page code in the every-page entry) fails here.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {expect, type Page} from '@playwright/test';
import {expectControlsDefined, locales, pathOf, sitePages, test, themeText, watchScripts, type Locale} from './site';

const BUILD = path.resolve(__dirname, '../../build');

/** The built file of a site path (`/en/assets/islands/x.js`). */
const builtFile = (sitePath: string): string => path.join(BUILD, sitePath);

/** The scripts a built page starts: the inline loader's import (the every-page entry), then its module scripts. */
function pageScripts(htmlFile: string): {entry: string | undefined; own: string[]} {
  const html = readFileSync(htmlFile, 'utf8');
  const entry = /import\("([^"]+)"\)/.exec(html)?.[1];
  const own = [...html.matchAll(/<script type=module src=([^\s>]+)>/g)].map((m) => m[1]!.replace(/^"|"$/g, ''));
  return {entry, own};
}

/** The files a module imports: statically (loaded with it) and dynamically (loaded on demand), as site paths. */
function importsOf(script: string): {static: string[]; dynamic: string[]} {
  const code = readFileSync(builtFile(script), 'utf8');
  const resolve = (specifier: string) => path.posix.join(path.posix.dirname(script), specifier);
  return {
    static: [...code.matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g)].map((m) => resolve(m[1]!)),
    dynamic: [...code.matchAll(/import\("(\.\/[^"]+)"\)/g)].map((m) => resolve(m[1]!)),
  };
}

/** A script and every file it imports statically: what the browser loads with it. */
function staticClosure(script: string): string[] {
  const seen = new Set<string>([script]);
  for (const file of seen) for (const next of importsOf(file).static) seen.add(next);
  return [...seen];
}

/** The custom elements a set of files defines (each control's element is defined where its module is bundled). */
const definedIn = (files: string[]): string[] =>
  files
    .flatMap((file) => [...readFileSync(builtFile(file), 'utf8').matchAll(/customElements\.define\("([^"]+)"/g)].map((m) => m[1]!))
    .sort();

/** Whether a set of files names the Pagefind engine (only the search code may). */
const namesPagefind = (files: string[]): boolean => files.some((file) => readFileSync(builtFile(file), 'utf8').includes('/pagefind/'));

const FRAME_CONTROLS = ['color-mode-toggle', 'search-box', 'twin-link'];

/**
 * The built page of each kind, per locale, and the file a browser gets at `url`: the host serves
 * the French build's 404 page for every unknown path (ARCHITECTURE.md, Hosting and security).
 */
function kinds(locale: Locale): {name: string; file: string; url: string; served: string; own: string[]}[] {
  const file = (url: string) => builtFile(url === pathOf(locale, '/') ? `${url}index.html` : `${url}.html`);
  return [
    ...sitePages.map(({slug}) => ({name: `page ${slug}`, url: pathOf(locale, slug), file: file(pathOf(locale, slug)), own: []})),
    {name: 'results page', url: pathOf(locale, '/search'), file: file(pathOf(locale, '/search')), own: ['search-page']},
    {name: '404 page', url: pathOf(locale, '/no-such-page'), file: file(pathOf(locale, '/404')), own: ['not-found-languages']},
  ].map((kind) => ({...kind, served: kind.own.includes('not-found-languages') ? builtFile('/404.html') : kind.file}));
}

/** Every HTML file of the build (the list of changes and its entries included). */
const allPages = (dir = BUILD): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === 'pagefind'
        ? []
        : allPages(path.join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [path.join(dir, entry.name)]
        : [],
  );

test.describe('bundle boundaries in the build', () => {
  test('every page loads the controls’ entry, alone: it defines the frame’s controls and no other, and names no search engine', () => {
    const entries = new Set<string>();
    for (const file of allPages()) {
      const {entry} = pageScripts(file);
      expect(entry, `${path.relative(BUILD, file)}: the controls' entry`).toMatch(/^\/(en\/)?assets\/islands\/index-\w+\.js$/);
      entries.add(entry!);
    }
    expect(entries.size, 'one entry per locale').toBe(locales.length);
    for (const entry of entries) {
      expect(staticClosure(entry), `${entry} loads no chunk with it`).toEqual([entry]);
      expect(definedIn([entry])).toEqual(FRAME_CONTROLS);
      expect(namesPagefind([entry]), `${entry} names /pagefind/`).toBe(false);
    }
  });

  for (const locale of locales) {
    for (const kind of kinds(locale)) {
      test(`${locale} ${kind.name}: its own scripts define ${kind.own.join(', ') || 'nothing'}; the search code only on demand`, () => {
        const {entry, own} = pageScripts(kind.file);
        const loaded = [entry!, ...own].flatMap(staticClosure);
        expect(definedIn(own.flatMap(staticClosure))).toEqual(kind.own);
        expect(definedIn(loaded)).toEqual([...FRAME_CONTROLS, ...kind.own].sort());
        expect(namesPagefind(loaded), 'the page loads no search engine before a search').toBe(false);
        const onDemand = loaded.flatMap((file) => importsOf(file).dynamic).flatMap(staticClosure);
        expect(namesPagefind(onDemand), 'the search code, loaded on demand, names the engine').toBe(true);
      });
    }
  }

  test('every bundle of the build is loaded by some page', () => {
    const reached = new Set<string>();
    for (const file of allPages()) {
      const {entry, own} = pageScripts(file);
      const loaded = [entry!, ...own].flatMap(staticClosure);
      for (const script of [...loaded, ...loaded.flatMap((f) => importsOf(f).dynamic).flatMap(staticClosure)]) reached.add(script);
    }
    for (const locale of locales) {
      const dir = path.join(BUILD, pathOf(locale, '/'), 'assets/islands');
      const files = readdirSync(dir).map((name) => `${pathOf(locale, '/')}assets/islands/${name}`);
      expect(files.filter((file) => !reached.has(file))).toEqual([]);
    }
  });
});

/** Waits until the page is idle, then returns the scripts it requested, without Pagefind's. */
async function scriptsOnceIdle(page: Page, scripts: string[]): Promise<string[]> {
  await expectControlsDefined(page);
  await page.waitForLoadState('networkidle');
  return [...new Set(scripts)].sort();
}

for (const locale of locales) {
  test.describe(`what a browser loads, ${locale}`, () => {
    for (const kind of kinds(locale)) {
      test(`${kind.name}: the scripts its HTML names, and the chunks they import, nothing else`, async ({page}) => {
        const scripts = watchScripts(page);
        await page.goto(kind.url);
        const {entry, own} = pageScripts(kind.served);
        const expected = [entry!, ...own].flatMap(staticClosure);
        // The results page searches the URL's query at once: with none, it loads its search code all the same.
        const searchCode = kind.own.includes('search-page') ? own.flatMap((f) => importsOf(f).dynamic).flatMap(staticClosure) : [];
        expect(await scriptsOnceIdle(page, scripts)).toEqual([...new Set([...expected, ...searchCode])].sort());
      });
    }

    test('the search code and the engine load on first focus of the box, not before', async ({page}) => {
      const scripts = watchScripts(page);
      await page.goto(pathOf(locale, '/backup-principle'));
      const before = await scriptsOnceIdle(page, scripts);
      expect(before.filter((s) => s.startsWith('/pagefind/'))).toEqual([]);
      await page.getByRole('combobox', {name: themeText(locale, 'theme.SearchBar.label')}).focus();
      await expect.poll(() => scripts.includes('/pagefind/pagefind.js'), {message: 'Pagefind loads on focus'}).toBe(true);
      const {entry} = pageScripts(kinds(locale)[0]!.file);
      const searchCode = importsOf(entry!).dynamic.flatMap(staticClosure);
      for (const chunk of searchCode) expect(scripts).toContain(chunk);
    });
  });
}
