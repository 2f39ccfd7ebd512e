// @vitest-environment node
/** Adding a locale to site-facts.mjs: the content checks list the files it needs (scripts/content-checks/locales.ts). */
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {SITE, copySite} from '../site-copy';
import {checkLocaleFiles, formatProblem} from '../../scripts/content-checks';
import {requiredLocaleFiles} from '../../scripts/content-checks/locales';
import {LOCALE_IDS, docsDirOf} from '../../site-facts.mjs';

describe('locale files', () => {
  it('are all there for the locales of site-facts.mjs', async () => {
    expect(await checkLocaleFiles(SITE)).toEqual([]);
  });

  it('are listed, every one, for a locale added to the table', async () => {
    const required = (await requiredLocaleFiles(SITE, 'de')).map(({file}) => file);
    // A twin of each page and each string file of the default locale.
    expect(required).toContain(`${docsDirOf('de')}/backup-partners.mdx`);
    expect(required).toContain('i18n/de/code.json');
    expect(required).toContain('i18n/de/partners.json');
    const problems = await checkLocaleFiles(SITE, [...LOCALE_IDS, 'de']);
    expect(problems.map((p) => p.file)).toEqual(required);
    expect(formatProblem(problems.find((p) => p.file === 'i18n/de/code.json')!)).toBe(
      'i18n/de/code.json › the whole file\n  Problem: site-facts.mjs lists the locale "de", but this file is missing.\n  Fix: copy i18n/fr/code.json here and translate it into the language of "de".',
    );
  });

  it('names a missing English page with its French original', async () => {
    const dir = await copySite('locales-', ['docs', 'i18n']);
    await rm(path.join(dir, docsDirOf('en'), 'network-traffic.mdx'));
    expect((await checkLocaleFiles(dir)).map(formatProblem)).toEqual([
      `${docsDirOf('en')}/network-traffic.mdx › the whole file\n  Problem: site-facts.mjs lists the locale "en", but this file is missing.\n  Fix: copy docs/network-traffic.mdx here and translate it into English.`,
    ]);
  });
});
