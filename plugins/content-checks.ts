/**
 * Runs the content checks (scripts/content-checks/) when Docusaurus loads the site, before it
 * compiles anything: `npm run build` and `npm start` stop with the list of problems to fix.
 *
 * Docusaurus loads the plugins once per locale, so a build of both locales runs the checks
 * twice; they read a few small files (tens of milliseconds). In `npm start`, they run again
 * whenever a checked file changes.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {CHECKED_FILES, formatProblems, runContentChecks} from '../scripts/content-checks';

export default function contentChecksPlugin(context: LoadContext): Plugin {
  return {
    name: 'content-checks',
    async loadContent() {
      const problems = await runContentChecks(context.siteDir);
      if (problems.length > 0) throw new Error(formatProblems(problems));
    },
    getPathsToWatch() {
      return CHECKED_FILES.map((glob) => path.join(context.siteDir, glob));
    },
  };
}
