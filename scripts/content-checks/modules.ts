/** A site's TypeScript data modules (the partner catalog, the sources), loaded as the checks read them. */
import path from 'node:path';
import {loadFreshModule} from '@docusaurus/utils';

/**
 * The export `name` of a site's module (`file`, from the site's folder), read afresh on every
 * call (no module cache: the development server re-runs the checks after each edit).
 */
export async function loadExport(siteDir: string, file: string, name: string): Promise<unknown> {
  const exports = await loadFreshModule(path.join(siteDir, file));
  return typeof exports === 'object' && exports !== null ? (exports as Record<string, unknown>)[name] : undefined;
}

/**
 * Why a module could not be loaded, for a writer: the loader's own error (its cause), e.g.
 * `line 3, column 2: Unexpected token, expected ","`, without the file's absolute path.
 */
export function loadError(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const message = (cause instanceof Error ? cause.message : String(cause)).replace(/^\w*Error: /, '').trim();
  // jiti (behind loadFreshModule) ends a syntax error with the file's path and position: "… /abs/path/file.ts:3:2".
  const at = /^([\s\S]*?)\s+\S+:(\d+):(\d+)$/.exec(message);
  return at ? `line ${at[2]}, column ${at[3]}: ${at[1]}` : message;
}
