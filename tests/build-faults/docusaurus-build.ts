/** `docusaurus build` on a temporary copy of the whole site (node_modules linked, not copied), for the build-fault tests. */
import {execFile} from 'node:child_process';
import {symlink} from 'node:fs/promises';
import path from 'node:path';
import {SITE, copySite} from '../site-copy';

const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report', 'screenshots']);

/** A temporary copy of the whole site, its node_modules linked. */
export async function copyWholeSite(): Promise<string> {
  const dir = await copySite('build-faults-', {skip: SKIP});
  await symlink(path.join(SITE, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** What `docusaurus build` prints, and its exit code; `env` adds to the environment. */
export function build(dir: string, env: NodeJS.ProcessEnv = {}): Promise<{code: number; output: string}> {
  const cli = path.join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'build'],
      {cwd: dir, env: {...process.env, ...env}, timeout: 170_000, maxBuffer: 16 * 1024 * 1024},
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        // Line ends trimmed: Docusaurus indents the error's blank lines with spaces.
        const output = `${stdout}\n${stderr}`
          .split('\n')
          .map((line) => line.trimEnd())
          .join('\n');
        resolve({code, output});
      },
    );
  });
}
