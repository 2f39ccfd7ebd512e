#!/usr/bin/env node
// @ts-check
/**
 * Builds the site twice into two folders with the production pipeline (scripts/build.mjs), as two machines would, and checks that every file is
 * byte-identical. Exits 1 and names the files that differ otherwise.
 */
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {buildSite} from './build.mjs';

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
  const buildAndFingerprint = async (name) => {
    const dir = join(work, name);
    await buildSite(dir, {quiet: true});
    return fingerprint(dir);
  };
  const first = await buildAndFingerprint('first');
  const second = await buildAndFingerprint('second');
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
