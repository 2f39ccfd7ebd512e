import type {ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import {dateValues} from '@site/src/i18n';
import {sources, type Source, type SourceId} from '@site/src/data/sources';
import styles from './styles.module.css';

/** The sources a page rests on, with the date of each version read, and when they were last checked. */
export function SourceList({ids, checkedOn}: {ids: readonly SourceId[]; checkedOn: string}): ReactNode {
  const {t, i18n} = useTranslation('components');
  return (
    <>
      <ul className={styles.list} aria-label={t('sources.listLabel')}>
        {ids.map((id) => {
          const {title, publisher, link, date, lang, translation}: Source = sources[id];
          // The language of what we read: the copy's, or else the title's when it is not the page's.
          const note = translation
            ? t(`sources.translation.${translation}`)
            : lang === i18n.language
              ? undefined
              : t(`sources.inLanguage.${lang}`);
          return (
            <li key={id}>
              <a href={link} hrefLang={lang} lang={lang === i18n.language ? undefined : lang}>
                {title}
              </a>
              <span className={styles.version}>
                {t('sources.version', {publisher, ...dateValues(date)})}
                {note && ` (${note})`}
              </span>
            </li>
          );
        })}
      </ul>
      <p className={styles.checked}>{t('sources.checked', dateValues(checkedOn))}</p>
    </>
  );
}

/** A link to one source, for the text of a page: the address stays in src/data/sources.ts. */
export function SourceLink({id, children}: {id: SourceId; children: ReactNode}): ReactNode {
  const {link, lang} = sources[id];
  return (
    <a href={link} hrefLang={lang}>
      {children}
    </a>
  );
}
