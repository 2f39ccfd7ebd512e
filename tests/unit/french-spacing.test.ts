// @vitest-environment node
import remarkFrenchSpacing from '../../plugins/french-spacing';
import {frenchSpacing, frenchSpacingFaults, mapStrings} from '@site/src/typography/french-spacing';
import {dateValues, i18nFor} from '@site/src/i18n';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French spacing', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before : and inside « »', () => {
    expect(frenchSpacing('Vous devez les protéger ? Voici : un « test » ; oui !')).toBe(
      `Vous devez les protéger${NNBSP}? Voici${NBSP}: un «${NBSP}test${NBSP}»${NNBSP}; oui${NNBSP}!`,
    );
    expect(frenchSpacing('«sans espace»')).toBe(`«${NBSP}sans espace${NBSP}»`);
  });

  it('leaves addresses, times and text already right as they are', () => {
    for (const text of ['https://learn.microsoft.com/?q=1', '10:30', `déjà bon${NNBSP}? et${NBSP}: «${NBSP}ok${NBSP}»`]) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  it('finds the faults it would fix, and none once fixed', () => {
    const text = 'Voici : « test » ; oui';
    expect(frenchSpacingFaults(text)).not.toEqual([]);
    expect(frenchSpacingFaults(frenchSpacing(text))).toEqual([]);
  });

  it('spaces every string of a resource tree', () => {
    expect(mapStrings({a: 'oui !', b: ['non ?'], c: 3}, frenchSpacing)).toEqual({a: `oui${NNBSP}!`, b: [`non${NNBSP}?`], c: 3});
  });

  it('spaces the text of a page, not its code', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'heading',
          children: [
            {type: 'text', value: 'Pourquoi ? '},
            {type: 'mdxTextExpression', value: '/* #why */'},
          ],
        },
        {type: 'paragraph', children: [{type: 'inlineCode', value: 'a ? b : c'}]},
        {type: 'code', value: 'x : y'},
        {type: 'mdxJsxFlowElement', name: 'Card', children: [{type: 'text', value: 'Note : ceci'}]},
      ],
    };
    remarkFrenchSpacing()(tree);
    const text = JSON.stringify(tree);
    expect(text).toContain(`Pourquoi${NNBSP}? `);
    expect(text).toContain('"a ? b : c"');
    expect(text).toContain('"x : y"');
    expect(text).toContain(`Note${NBSP}: ceci`);
  });

  it('is applied to the French component strings and not to the English ones', () => {
    expect(i18nFor('fr').t('sources.translation.pt')).toBe('copie traduite en portugais');
    expect(
      i18nFor('fr').t('partnerCard.listedSince', {
        date: new Date('2021-03-17T00:00:00Z'),
        formatParams: {date: {dateStyle: 'long', timeZone: 'UTC'}},
      }),
    ).toBe('Dans la liste de Microsoft depuis au moins sa version du 17 mars 2021');
    // The first of a month is an ordinal in French.
    expect(i18nFor('fr').t('sources.checked', dateValues('2026-12-01'))).toMatch(/^Sources vérifiées le 1er décembre 2026\./);
    expect(i18nFor('en').t('sources.checked', dateValues('2026-12-01'))).toMatch(/^Sources checked on December 1, 2026\./);
    const frenchWithColon = Object.values(i18nFor('fr').getResourceBundle('fr', 'components') as Record<string, unknown>);
    expect(frenchSpacingFaults(JSON.stringify(frenchWithColon))).toEqual([]);
  });
});
