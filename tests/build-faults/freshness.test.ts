/**
 * The freshness plugin (plugins/freshness.ts) in a real `docusaurus build` of a copy of the site,
 * with the clock moved by FRESHNESS_TODAY: the build prints the findings once and still succeeds;
 * a malformed FRESHNESS_TODAY stops it before it compiles, with the command's message.
 */
import {build, copyWholeSite} from './docusaurus-build';

describe('docusaurus build and the freshness findings', () => {
  it('prints them once, errors included, and still builds', async () => {
    const dir = await copyWholeSite();
    const {code, output} = await build(dir, {FRESHNESS_TODAY: '2030-01-01'});
    expect(output).toMatch(
      /\[freshness\] Freshness \(2030-01-01\): \d+ errors, 1 warning\.\n\nError: docs\/\S+ › front matter "sources_checked"/,
    );
    expect(output.match(/\[freshness\]/g)).toHaveLength(1);
    expect(output).toContain('Warning: src/data/sources.ts › source "caf-bcdr"');
    expect(output).toContain('[SUCCESS]');
    expect(code).toBe(0);
  });

  it('stops, before compiling, on a malformed FRESHNESS_TODAY', async () => {
    const dir = await copyWholeSite();
    const {code, output} = await build(dir, {FRESHNESS_TODAY: '01/01/2030'});
    expect(code).not.toBe(0);
    expect(output).toContain('FRESHNESS_TODAY="01/01/2030" is not a day: write it as YYYY-MM-DD');
    expect(output).toMatch(/\bat (?:Object\.)?loadContent \(\S*plugins\/freshness\.ts:\d+/);
    expect(output).not.toContain('[SUCCESS]');
  });
});
