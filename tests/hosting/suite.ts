/**
 * The hosting suite, for one server: every row of the hosting table that applies to it; in a
 * browser, each redirect of the table and the 404 page in each language. After each request of the
 * table, and after all of them, a normal request: the server must still answer.
 * Each server starts once for its file; tests run in order (fullyParallel is off for this project).
 */
import {expect, test} from '@playwright/test';
import {expectControlsDefined, expectNotFoundPage, locales, noProblems, pathOf, watchProblems} from '../e2e/site';
import {rows, send, type Row} from './requests';
import type {RunningServer} from './servers';

const title = (row: Row): string =>
  `${row.method ?? 'GET'} ${row.path}${row.requestHeaders ? ` ${JSON.stringify(row.requestHeaders)}` : ''} → ${row.status}` +
  `${row.location ? ` ${row.location}` : ''} (${row.source})${row.localOnly ? ` [local only: ${row.localOnly}]` : ''}`;

export function hostingSuite(name: 'serve.mjs' | 'emulator', start: () => Promise<RunningServer>): void {
  test.describe(name, () => {
    let server: RunningServer;
    test.beforeAll(async () => {
      server = await start();
    });
    test.afterAll(async () => {
      await server?.close();
    });

    for (const row of rows.filter((r) => name === 'serve.mjs' || !r.localOnly)) {
      test(title(row), async () => {
        const reply = await send(server.url, row);
        expect(reply.status, `status of ${row.path}`).toBe(row.status);
        if (row.location !== undefined) {
          const location = new URL(String(reply.headers.location), server.url);
          expect(location.pathname + location.search).toBe(row.location);
        }
        for (const [header, expected] of Object.entries(row.headers ?? {})) {
          const value = reply.headers[header];
          if (expected instanceof RegExp) expect(value, header).toMatch(expected);
          else expect(value, header).toBe(expected);
        }
        if (row.body)
          expect(reply.body.equals(row.body), `body of ${row.path} (${reply.body.length} bytes, expected ${row.body.length})`).toBe(true);
        expect((await send(server.url, {path: '/'})).status, 'then a normal request: the server still answers').toBe(200);
      });
    }

    for (const row of rows.filter((r) => r.location && (name === 'serve.mjs' || !r.localOnly))) {
      test(`${row.path} in a browser: lands on ${row.location}, whose controls start without error`, async ({page}) => {
        const problems = await watchProblems(page, server.url);
        await page.goto(server.url + row.path);
        expect(new URL(page.url()).pathname).toBe(row.location);
        await expectControlsDefined(page);
        expect(problems).toEqual(noProblems);
      });
    }

    for (const locale of locales) {
      const url = pathOf(locale, '/no-such-page/really');
      test(`${url} in a browser: the 404 page, in ${locale} first once its control runs, no CSP violation`, async ({page}) => {
        const problems = await watchProblems(page, server.url);
        expect((await page.goto(server.url + url))?.status()).toBe(404);
        await expectNotFoundPage(page, locale);
        await expectControlsDefined(page);
        expect(problems.cspViolations).toEqual([]);
      });
    }

    test('still answers a normal request after all of these', async () => {
      expect((await send(server.url, {path: '/'})).status).toBe(200);
    });
  });
}
