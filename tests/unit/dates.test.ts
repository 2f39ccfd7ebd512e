// @vitest-environment node
import {formatDate, i18nFor} from '@site/src/i18n';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const long = {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'} as const;
const short = {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'} as const;

describe('formatDate', () => {
  it('writes the first day of a month as an ordinal in French, long or short, and only the first', () => {
    expect(formatDate('fr', day('2026-12-01'), long)).toBe('1er décembre 2026');
    expect(formatDate('fr', day('2026-12-01'), short)).toBe('1er déc. 2026');
    expect(formatDate('fr', day('2026-12-11'), long)).toBe('11 décembre 2026');
    expect(formatDate('fr', day('2026-11-21'), short)).toBe('21 nov. 2026');
  });

  it('leaves English as Intl writes it', () => {
    expect(formatDate('en', day('2026-12-01'), long)).toBe('December 1, 2026');
    expect(formatDate('en', day('2026-12-01'), short)).toBe('Dec 1, 2026');
  });

  it('is what the component texts use for their {{date, datetime}} placeholders', () => {
    const options = {date: day('2025-08-01'), formatParams: {date: {dateStyle: 'long', timeZone: 'UTC'}}} as const;
    expect(i18nFor('fr').t('sources.checked', options)).toMatch(/^Sources vérifiées le 1er août 2025\./);
    expect(i18nFor('en').t('sources.checked', options)).toMatch(/^Sources checked on August 1, 2025\./);
  });
});
