// @vitest-environment node
import {i18nFor} from '@site/src/i18n';

describe('i18next set-up', () => {
  it('gives one ready instance per locale, in that locale', () => {
    for (const locale of ['fr', 'en'] as const) {
      const i18n = i18nFor(locale);
      expect(i18n.isInitialized).toBe(true);
      expect(i18n.language).toBe(locale);
      expect(i18nFor(locale)).toBe(i18n);
    }
    expect(i18nFor('fr')).not.toBe(i18nFor('en'));
  });

  it('translates synchronously, right after creation', () => {
    expect(i18nFor('fr').t('partnerList.label')).toBe('Partenaires de sauvegarde');
    expect(i18nFor('en').t('partnerList.label')).toBe('Backup partners');
    expect(i18nFor('en').t('veeam.linkText', {ns: 'partners', name: 'Veeam'})).toBe('Read the Veeam article KB4012');
  });

  it('holds only its own locale, so a missing text never shows in the other language', () => {
    const en = i18nFor('en');
    expect(en.hasResourceBundle('fr', 'partners')).toBe(false);
    // The assertion is needed (tsc refuses an unknown key); the rule misreads t()'s overloads.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    expect(en.t('partnerCard.noSuchKey' as 'partnerCard.leavesSite')).toBe('partnerCard.noSuchKey');
  });

  it('refuses a locale it has no texts for, saying what to add', () => {
    expect(() => i18nFor('de')).toThrow(/i18n\/de\/components\.json/);
  });
});
