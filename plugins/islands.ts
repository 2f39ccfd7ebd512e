import {existsSync, readdirSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {build, type BuildOptions} from 'esbuild';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {IslandsData} from '../src/controls/ControlScript';

/** The interactive controls (ARCHITECTURE.md), and the entry that every page loads. */
const CONTROLS = path.resolve(__dirname, '../src/controls');
const ENTRY = path.join(CONTROLS, 'index.ts');
/** Where the bundles go, under each locale's output folder; hashed names, cached for good by the host. */
const OUT = 'assets/islands';

interface Bundle {
  /** Path under the locale's output folder, e.g. assets/islands/index-AB12CD34.js. */
  file: string;
  text: string;
  /** The control whose own script this is (`search-page`), or `index` for every page's entry. */
  entry?: string;
}

/**
 * The controls that load on their own pages only: each `src/controls/<name>/<name>.ts` that the
 * every-page entry does not bundle (read from esbuild's metafile of that entry alone).
 */
async function pageOnlyControls(options: BuildOptions): Promise<Record<string, string>> {
  const {metafile} = await build({...options, entryPoints: [ENTRY], metafile: true, write: false});
  const inEntry = new Set(Object.keys(metafile.inputs).map((input) => path.resolve(options.absWorkingDir!, input)));
  const controls = readdirSync(CONTROLS, {withFileTypes: true})
    .filter((dir) => dir.isDirectory())
    .map((dir) => [dir.name, path.join(CONTROLS, dir.name, `${dir.name}.ts`)] as const)
    .filter(([, file]) => existsSync(file) && !inEntry.has(file));
  return Object.fromEntries(controls);
}

/**
 * Bundles src/controls/ (esbuild: ES modules, minified, split so that code only some pages need
 * loads on demand) and adds the entry to every page of the production build; the controls that
 * only some pages carry become entries of their own, whose URLs the pages' ControlScript reads
 * (global data). `npm start` keeps Docusaurus's React app for live reload: no controls there.
 */
// `Plugin` without its content type: the config's plugin list takes plugins of unknown content.
export default function islands(context: LoadContext): Plugin {
  return {
    name: 'islands',
    async loadContent(): Promise<Bundle[]> {
      if (process.env.NODE_ENV !== 'production') return [];
      const options: BuildOptions = {
        bundle: true,
        format: 'esm',
        splitting: true,
        minify: true,
        // The oldest browsers of package.json's browserslist (Chrome 109, UC Browser 15.5) run ES2020.
        target: 'es2020',
        legalComments: 'none',
        outdir: OUT,
        entryNames: '[name]-[hash]',
        chunkNames: '[name]-[hash]',
        write: false,
        // Pagefind's script exists only once the build is indexed (src/controls/search/search.ts).
        external: ['/pagefind/*'],
        define: {THEME_STORAGE_KEY: JSON.stringify(`theme${context.siteStorage.namespace}`)},
        absWorkingDir: context.siteDir,
        logLevel: 'silent',
      };
      const entryPoints: Record<string, string> = {index: ENTRY, ...(await pageOnlyControls(options))};
      const result = await build({...options, entryPoints, metafile: true});
      return (result.outputFiles ?? []).map((output) => {
        const file = path.relative(context.siteDir, output.path).split(path.sep).join('/');
        const entryPoint = result.metafile.outputs[file]?.entryPoint;
        const entry = Object.keys(entryPoints).find(
          (name) => entryPoint && path.resolve(context.siteDir, entryPoint) === entryPoints[name],
        );
        return {file, text: output.text, entry};
      });
    },
    contentLoaded({content, actions}) {
      const scripts = Object.fromEntries(
        (content as Bundle[]).filter((b) => b.entry && b.entry !== 'index').map((b) => [b.entry!, `${context.baseUrl}${b.file}`]),
      );
      actions.setGlobalData({scripts} satisfies IslandsData);
    },
    injectHtmlTags({content}) {
      const entry = (content as Bundle[]).find((bundle) => bundle.entry === 'index');
      if (!entry) return {};
      // Started a frame after the page's HTML is in: the first paint never waits for the controls,
      // which only make controls respond (rAF does not run in a hidden page: they start when it shows).
      const url = JSON.stringify(`${context.baseUrl}${entry.file}`);
      return {postBodyTags: [{tagName: 'script', innerHTML: `requestAnimationFrame(function(){setTimeout(function(){import(${url})})})`}]};
    },
    async postBuild({content, outDir}) {
      for (const {file, text} of content as Bundle[]) {
        await mkdir(path.dirname(path.join(outDir, file)), {recursive: true});
        await writeFile(path.join(outDir, file), text);
      }
    },
  };
}
