/**
 * The MDN HTTP Observatory's scoring (@mdn/mdn-http-observatory, the scanner of
 * developer.mozilla.org/observatory) of what `npm run serve` sends, on a loopback port: every test
 * must pass but the two that need HTTPS (the redirect from HTTP, and HSTS, which browsers ignore
 * over HTTP), which must fail for that reason only. It prints the local score, and the score the
 * same headers get once those two pass, as they should on Azure over HTTPS.
 */
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {serveMjsForTheseTests} from './servers';

/** The tests that need HTTPS: their result over plain HTTP, and the one they should get on Azure. */
const NEEDS_HTTPS: Record<string, {overHttp: string; onAzure: string}> = {
  redirection: {overHttp: 'redirection-missing', onAzure: 'redirection-to-https'},
  'strict-transport-security': {overHttp: 'hsts-not-implemented-no-https', onAzure: 'hsts-implemented-max-age-at-least-six-months'},
};

/**
 * The package's install step (denied in package.json) downloads Chromium's HSTS preload list into
 * its conf/ folder, and the scanner reads it. A loopback address is in no preload list, so an empty
 * one gives the same answer here.
 */
function ensurePreloadList(): void {
  const file = path.join(path.dirname(require.resolve('@mdn/mdn-http-observatory/package.json')), 'conf/hsts-preload.json');
  if (!existsSync(file)) writeFileSync(file, '{}\n');
}

test.describe('serve.mjs, MDN HTTP Observatory', () => {
  const server = serveMjsForTheseTests();

  test('every test passes that does not need HTTPS; the score shown, and the one expected over HTTPS', async () => {
    ensurePreloadList();
    const {scan} = await import('@mdn/mdn-http-observatory');
    const {getGradeForScore, getScoreModifier} = await import('@mdn/mdn-http-observatory/src/grader/grader.js');
    const {MINIMUM_SCORE_FOR_EXTRA_CREDIT} = await import('@mdn/mdn-http-observatory/src/grader/charts.js');
    const result = await scan(new URL(server().url).host);

    const outcomes = Object.entries(result.tests).map(
      ([name, t]) => `${name}: ${t.pass ? 'pass' : 'FAIL'} (${t.result}, ${t.scoreModifier})`,
    );
    console.log(
      `[observatory] ${server().url}: ${result.scan.grade}, ${result.scan.score}/100, ${result.scan.testsPassed} of ${result.scan.testsQuantity} tests passed\n  ${outcomes.join('\n  ')}`,
    );
    expect(Object.keys(result.tests).length, 'the scanner ran its tests').toBe(result.scan.testsQuantity);
    for (const [name, t] of Object.entries(result.tests)) {
      if (NEEDS_HTTPS[name]) expect(t.result, `${name}: fails only for want of HTTPS`).toBe(NEEDS_HTTPS[name].overHttp);
      else expect(t.pass, `${name}: ${t.result} (${t.scoreDescription})`).toBe(true);
    }
    expect(result.tests['cross-origin-resource-policy']?.result).toBe('corp-implemented-with-same-origin');

    // The scanner's own scoring (src/scanner/index.js), with the two HTTPS tests passing as on Azure.
    const modifiers = Object.entries(result.tests).map(([name, t]) => getScoreModifier(NEEDS_HTTPS[name]?.onAzure ?? t.result));
    const withoutBonuses = 100 + modifiers.filter((m) => m < 0).reduce((a, b) => a + b, 0);
    const withBonuses = 100 + modifiers.reduce((a, b) => a + b, 0);
    const overHttps = getGradeForScore(withoutBonuses >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonuses : withoutBonuses);
    console.log(`[observatory] over HTTPS, with the redirect and HSTS: ${overHttps.grade}, ${overHttps.score}/100`);
    expect(overHttps.grade).toBe('A+');
  });
});
