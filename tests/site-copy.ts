/** Temporary copies of the site, for tests that inject a fault; each is removed after its test file. */
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

export const SITE = path.resolve(__dirname, '..');
/** The small site the content checks are tested on (tests/fixtures/content-site/README.md). */
export const CONTENT_FIXTURE = path.join(__dirname, 'fixtures/content-site');

const copies: string[] = [];
afterAll(async () => {
  await Promise.all(copies.map((dir) => rm(dir, {recursive: true, force: true})));
});

/** A new temporary folder, holding `parts` of the site (relative paths), or the whole site less what `skip` names. */
export async function copySite(prefix: string, parts: readonly string[] | {skip: ReadonlySet<string>}, site = SITE): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  copies.push(dir);
  if ('skip' in parts) {
    await cp(site, dir, {recursive: true, filter: (source) => source === site || !parts.skip.has(path.basename(source))});
  } else {
    for (const part of parts) await cp(path.join(site, part), path.join(dir, part), {recursive: true});
  }
  return dir;
}

/** Replaces `from` by `to` in a file of the copy; fails if `from` is not there (the fault must really be injected). */
export async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(target, text.replace(from, to));
}

/** A temporary copy of the content checks' fixture site, for a test to inject its fault into. */
export const copyContentFixture = (): Promise<string> => copySite('content-checks-', {skip: new Set()}, CONTENT_FIXTURE);
