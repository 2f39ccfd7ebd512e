#!/usr/bin/env node
// @ts-check
/**
 * Builds the site twice into two folders, as two machines would, and checks that every file is
 * byte-identical. Exits 1 and names the files that differ otherwise.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} outDir */
function build(outDir) {
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']});
  // The search index, as `npm run build` writes it (before the hosting config, which hashes inline scripts).
  execFileSync('npx', ['pagefind', '--site', outDir], {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']});
  execFileSync('node', ['scripts/hosting-config.mjs', '--build-dir', relative(ROOT, outDir)], {cwd: ROOT, stdio: 'ignore'});
}

/** relative path → sha256 of every file under dir @param {string} dir */
function fingerprint(dir) {
  return new Map(
    readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
      }),
  );
}

const work = mkdtempSync(join(tmpdir(), 'avs-repro-'));
try {
  /** @param {string} name */
  const buildAndFingerprint = (name) => {
    const dir = join(work, name);
    build(dir);
    return fingerprint(dir);
  };
  const first = buildAndFingerprint('first');
  const second = buildAndFingerprint('second');
  const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differing = paths.filter((p) => first.get(p) !== second.get(p));
  if (differing.length) {
    console.error(`Not reproducible: ${differing.length} of ${paths.length} files differ between two builds of the same commit:`);
    for (const p of differing) console.error(`  ${p}${first.has(p) && second.has(p) ? '' : ' (only in one build)'}`);
    process.exit(1);
  }
  console.log(`Reproducible: two builds gave the same ${paths.length} files, byte for byte.`);
} finally {
  rmSync(work, {recursive: true, force: true});
}
