import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The islands' entry (ARCHITECTURE.md). */
const ENTRY = path.resolve(__dirname, '../src/islands/index.ts');
/** Where the bundles go, under each locale's output folder; hashed names, cached for good by the host. */
const OUT = 'assets/islands';

interface Bundle {
  /** Path under the locale's output folder, e.g. assets/islands/index-AB12CD34.js. */
  file: string;
  text: string;
}

/**
 * Bundles src/islands/ (esbuild: ES modules, minified, split so that code only some pages need
 * loads on demand) and adds the entry to every page of the production build, as the only script
 * the pages load. `npm start` keeps Docusaurus's React app for live reload: no islands there.
 */
// `Plugin` without its content type: the config's plugin list takes plugins of unknown content.
export default function islands(context: LoadContext): Plugin {
  return {
    name: 'islands',
    async loadContent(): Promise<Bundle[]> {
      if (process.env.NODE_ENV !== 'production') return [];
      const result = await build({
        entryPoints: [ENTRY],
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
        // Pagefind's script exists only once the build is indexed (src/search/pagefind.ts).
        external: ['/pagefind/*'],
        define: {THEME_STORAGE_KEY: JSON.stringify(`theme${context.siteStorage.namespace}`)},
        absWorkingDir: context.siteDir,
        logLevel: 'silent',
      });
      return result.outputFiles.map((output) => ({
        file: path.relative(context.siteDir, output.path).split(path.sep).join('/'),
        text: output.text,
      }));
    },
    injectHtmlTags({content}) {
      const entry = (content as Bundle[]).find((bundle) => path.basename(bundle.file).startsWith('index-'));
      if (!entry) return {};
      // Started a frame after the page's HTML is in: the first paint never waits for the islands,
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
