// @vitest-environment node
import fc from 'fast-check';
import remarkFrenchSpacing from '../../plugins/french-spacing';
import {curlyApostrophes, frenchSpacing, frenchSpacingFaults, mapStrings, straightApostrophes} from '@site/src/typography/french-spacing';
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

  it('calls a fault exactly what the fix changes: a no-break space before ! is one, as the fix makes it narrow', () => {
    expect(frenchSpacing(`oui${NBSP}!`)).toBe(`oui${NNBSP}!`);
    expect(frenchSpacingFaults(`oui${NBSP}!`)).toEqual([`oui${NBSP}!`]);
    expect(frenchSpacingFaults(`oui${NNBSP}!`)).toEqual([]);
  });

  it('finds a fault in any text the fix changes, and none in any text it leaves alone', () => {
    // Texts made of the characters the rules read: letters, digits, punctuation, the four spaces, units.
    const piece = fc.constantFrom(
      'a',
      'é',
      '1',
      '999',
      ' ',
      '\t',
      NBSP,
      NNBSP,
      ';',
      ':',
      '!',
      '?',
      '«',
      '»',
      '.',
      ',',
      'To',
      '%',
      'min',
      '/',
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 16}), (pieces) => {
        const text = pieces.join('');
        expect(frenchSpacingFaults(text).length > 0).toBe(frenchSpacing(text) !== text);
      }),
      {numRuns: 1000},
    );
  });

  it('separates digit groups with U+202F and puts U+00A0 between a number and its unit', () => {
    expect(frenchSpacing('jusqu’à 9 999 points, 1 000 000 de fichiers')).toBe(
      `jusqu’à 9${NNBSP}999 points, 1${NNBSP}000${NNBSP}000 de fichiers`,
    );
    expect(frenchSpacing('120 To, 8 Go, 20 %, 3 h, 10 ms, 5 min, 2 TB')).toBe(
      `120${NBSP}To, 8${NBSP}Go, 20${NBSP}%, 3${NBSP}h, 10${NBSP}ms, 5${NBSP}min, 2${NBSP}TB`,
    );
    expect(frenchSpacing('9 999 To')).toBe(`9${NNBSP}999${NBSP}To`);
  });

  it('leaves years, versions, numbers without a typed space and words after a number alone', () => {
    for (const text of [
      'en 2022, 9999 points',
      'vSphere 8.0 U3',
      'le 17 mars 2021',
      'SQL Server 2014 SP1',
      'les 8 Gorilles',
      '6.5 à 8.0',
      '1 2026',
      'v2 8 hôtes',
    ]) {
      expect(frenchSpacing(text)).toBe(text);
      expect(frenchSpacingFaults(text)).toEqual([]);
    }
  });

  it('finds a plain or no-break space in a number and a plain space before a unit', () => {
    expect(frenchSpacingFaults('9 999 points')).toHaveLength(1);
    expect(frenchSpacingFaults(`9${NBSP}999 points`)).toHaveLength(1);
    expect(frenchSpacingFaults('120 To')).toHaveLength(1);
    expect(frenchSpacingFaults(frenchSpacing('9 999 points, 120 To'))).toEqual([]);
  });

  it('finds straight apostrophes and says what to type', () => {
    expect(straightApostrophes("l'article d'origine")).toHaveLength(2);
    expect(straightApostrophes('l’article')).toEqual([]);
    expect(curlyApostrophes("l'article d'origine")).toBe('l’article d’origine');
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
