// @vitest-environment node
/**
 * The GitHub workflows (.github/): actionlint and our rules pass on them and catch faults in a
 * fixture (scripts/lint-workflows.mjs); the deployment does what the README says; the watch's
 * issue script (scripts/watch-issue.sh) opens, updates and closes its issue, run against a fake
 * `gh` that records its calls.
 */
import {execFile} from 'node:child_process';
import {chmod, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {dependabotProblems, lintWorkflows, policyProblems} from '../../scripts/lint-workflows.mjs';
import {SITE} from '../site-copy';

const workflow = (name: string): Promise<string> => readFile(path.join(SITE, '.github/workflows', name), 'utf8');

describe('npm run lint:workflows', {timeout: 60_000}, () => {
  it('passes on the project’s workflows', async () => {
    const {files, problems} = await lintWorkflows(SITE);
    expect(files).toEqual(['ci.yml', 'deploy.yml', 'watch.yml']);
    expect(problems).toEqual([]);
  });

  it('reports actionlint’s findings and our rules’ on a faulty workflow', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'workflows-'));
    try {
      await mkdir(path.join(dir, '.github/workflows'), {recursive: true});
      await writeFile(
        path.join(dir, '.github/workflows/bad.yml'),
        [
          'on: push',
          'jobs:',
          '  test:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v5',
          '      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903',
          '      - run: echo ${{ github.no_such_thing }}',
          '',
        ].join('\n'),
      );
      await writeFile(path.join(dir, '.github/dependabot.yml'), 'version: 2\nupdates:\n  - package-ecosystem: npm\n');
      const {problems} = await lintWorkflows(dir);
      expect(problems).toEqual([
        expect.stringMatching(
          /^\.github\/workflows\/bad\.yml:8:\d+: property "no_such_thing" is not defined in object type .* \[expression\]$/,
        ),
        '.github/workflows/bad.yml:1:1: the workflow has no top-level "permissions:" (give it the least it needs, e.g. "permissions: {}" or "contents: read") [policy]',
        '.github/workflows/bad.yml:6:1: actions/checkout@v5 is not pinned to a full commit SHA (write owner/repo@<40-hex SHA> # vX.Y.Z) [policy]',
        '.github/workflows/bad.yml:7:1: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 has no version comment (add "# vX.Y.Z" after the SHA) [policy]',
        '.github/workflows/bad.yml:3:1: job "test" has no "permissions:" (give it the least it needs, "permissions: {}" if none) [policy]',
        '.github/dependabot.yml: dependabot.yml does not update "github-actions" (add an entry with package-ecosystem: github-actions) [policy]',
      ]);
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });

  it('accepts local actions, and a job whose permissions come first', () => {
    expect(policyProblems('permissions: {}\njobs:\n  a:\n    permissions: {}\n    steps:\n      - uses: ./.github/actions/x\n')).toEqual(
      [],
    );
    expect(dependabotProblems('  - package-ecosystem: "npm"\n  - package-ecosystem: github-actions\n')).toEqual([]);
  });
});

describe('the workflows', () => {
  it('CI runs, as .ci/run, npm ci without warnings and the README’s test command on Node 24, then the build and unit tests on Node 22', async () => {
    const ci = await workflow('ci.yml');
    expect(ci).toMatch(/^on:\n {2}push:\n {2}pull_request:\n/m);
    expect(ci).toMatch(/node-version: 24\n\s+cache: npm\n/);
    expect(ci).toContain('CHROME_PATH: /usr/bin/google-chrome');
    expect(ci).toMatch(
      /- run: npm ci 2>&1 \| tee "(\$RUNNER_TEMP\/npm-ci\.log)" && ! grep -qi '\^npm warn' "\1"\n\s+shell: bash[^\n]*\n\s+- run: npm test\n/,
    );
    expect(ci).toMatch(/node-version: 22\n\s+cache: npm\n\s+- run: npm ci\n\s+- run: npm run build\n\s+- run: npm run test:unit\n/);
    const readme = await readFile(path.join(SITE, 'README.md'), 'utf8');
    expect(readme).toContain('```sh\nnpm test\n```');
  });

  it('deploys the one build to Azure Static Web Apps without building again, one deployment at a time', async () => {
    const deploy = await workflow('deploy.yml');
    expect(deploy.match(/run: npm run build/g)).toHaveLength(1);
    expect(deploy).toMatch(/app_location: build\n[\s\S]*skip_app_build: true/);
    expect(deploy.match(/azure_static_web_apps_api_token: \$\{\{ secrets\.AZURE_STATIC_WEB_APPS_API_TOKEN \}\}/g)).toHaveLength(2);
    expect(deploy).toMatch(/action: close/);
    expect(deploy).toMatch(/workflow_run:\n\s+workflows: \[CI\]\n\s+types: \[completed\]\n\s+branches: \[main\]/);
    expect(deploy).toContain("github.event.workflow_run.conclusion == 'success'");
    // On the deploy job, so that a run with every job skipped never takes a pending deployment's place.
    expect(deploy).toMatch(
      /\n {2}deploy:\n {4}needs: build\n( {4}#[^\n]*\n)* {4}concurrency:\n {6}group: deploy-\$\{\{ github\.event\.pull_request\.number \|\| 'production' \}\}/,
    );
    expect(deploy).not.toMatch(/^concurrency:/m);
    // Dependabot's pull requests get no secrets, hence no preview.
    expect(deploy.match(/github\.actor != 'dependabot\[bot\]'/g)).toHaveLength(2);
  });
});

/** scripts/watch-issue.sh with a fake gh on PATH: the gh calls it made. */
async function watchIssue(options: {
  open: string;
  linksExit: number;
  freshnessExit: number;
  links: string;
  freshness: string;
}): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'watch-issue-'));
  try {
    const log = path.join(dir, 'calls.log');
    // The fake gh logs its arguments (and the body file's first line), and answers `issue list` with the open issue's number.
    await writeFile(
      path.join(dir, 'gh'),
      `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> "${log}"\nif [ "$1 $2" = "issue list" ]; then printf '%s\\n' "${options.open}"; fi\nfor a in "$@"; do if [ -f "$a" ]; then head -n 3 "$a" | tail -n 1 >> "${log}"; fi; done\n`,
    );
    await chmod(path.join(dir, 'gh'), 0o755);
    await writeFile(path.join(dir, 'links.txt'), options.links);
    await writeFile(path.join(dir, 'freshness.txt'), options.freshness);
    await new Promise<void>((resolve, reject) =>
      execFile(
        'bash',
        [path.join(SITE, 'scripts/watch-issue.sh'), path.join(dir, 'links.txt'), path.join(dir, 'freshness.txt')],
        {
          env: {
            PATH: `${dir}:${process.env.PATH}`,
            LINKS_EXIT: String(options.linksExit),
            FRESHNESS_EXIT: String(options.freshnessExit),
            RUN_URL: 'https://runs.example/1',
            TITLE: 'Site watch',
            LABEL: 'site-watch',
          },
        },
        (error) => (error ? reject(new Error(`watch-issue.sh failed: ${error.message}`)) : resolve()),
      ),
    );
    return (await readFile(log, 'utf8').catch(() => '')).trimEnd().split('\n');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

describe('the watch’s issue', {timeout: 60_000}, () => {
  const clean = {links: 'Links: 3 external links checked: 3 fine, 0 broken.\n', freshness: 'Freshness (2026-12-01): every page…\n'};

  it('is opened, labelled, with both reports, when a link is broken', async () => {
    const calls = await watchIssue({...clean, open: '', linksExit: 1, freshnessExit: 0, links: 'Links: 1 broken.\n\nBroken (1):\n'});
    expect(calls[0]).toBe('issue list --label site-watch --state open --json number --jq .[0].number // empty');
    expect(calls[1]).toMatch(/^label create site-watch /);
    expect(calls[2]).toMatch(/^issue create --title Site watch --label site-watch --body-file \/\S+$/);
    expect(calls[3]).toBe('## Links (npm run check:links, exit 1)');
    expect(calls).toHaveLength(4);
  });

  it('is updated, with a comment, while something is found; a freshness warning is enough', async () => {
    const calls = await watchIssue({
      ...clean,
      open: '12',
      linksExit: 0,
      freshnessExit: 0,
      freshness: 'Freshness: 0 errors, 1 warning.\n\nWarning: src/data/sources.ts › source "caf-bcdr"\n',
    });
    expect(calls[1]).toMatch(/^issue edit 12 --body-file /);
    expect(calls[3]).toMatch(/^issue comment 12 --body Still found on \d{4}-\d{2}-\d{2}: https:\/\/runs\.example\/1/);
  });

  it('is closed, with a comment, once both checks are clean; nothing is opened then', async () => {
    const calls = await watchIssue({...clean, open: '12', linksExit: 0, freshnessExit: 0});
    expect(calls.slice(1)).toEqual([expect.stringMatching(/^issue comment 12 --body All links fine/), 'issue close 12']);
    expect(await watchIssue({...clean, open: '', linksExit: 0, freshnessExit: 0})).toHaveLength(1);
  });
});
