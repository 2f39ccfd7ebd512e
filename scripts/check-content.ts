/**
 * `npm run check:content`: runs every content check on the site and lists what to fix.
 * Exits with 1 when there is anything to fix. Optional argument: another site folder.
 */
import path from 'node:path';
import {formatProblems, runContentChecks} from './content-checks';

async function main(): Promise<void> {
  const siteDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const started = performance.now();
  const problems = await runContentChecks(siteDir);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exitCode = 1;
  } else {
    console.log(
      `Content checks passed: partner catalog, page parity, sources, UI strings, French spacing, no browser-only code in pages, every locale's files (${Math.round(performance.now() - started)} ms).`,
    );
  }
}

void main();
