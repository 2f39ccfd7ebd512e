import type {ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import {dateValues} from '@site/src/i18n';
import {sources, type Source, type SourceId} from '@site/src/data/sources';
import {usePageSources} from './page-sources';
import styles from './styles.module.css';

/** The id of a source's entry in the page's list: where a citation mark leads. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`;
}

/**
 * The sources a page rests on, with the date of each version read, and when they were last checked.
 * Each entry is a citation's target (`anchors`), except where one page shows several lists (the
 * list of changes), whose ids would repeat.
 */
export function SourceList({ids, checkedOn, anchors = true}: {ids: readonly SourceId[]; checkedOn: string; anchors?: boolean}): ReactNode {
  const {t, i18n} = useTranslation('components');
  return (
    <>
      <ol className={styles.list} aria-label={t('sources.listLabel')}>
        {ids.map((id) => {
          const {title, publisher, link, date, lang, translation}: Source = sources[id];
          // The language of what we read: the copy's, or else the title's when it is not the page's.
          const note = translation
            ? t(`sources.translation.${translation}`)
            : lang === i18n.language
              ? undefined
              : t(`sources.inLanguage.${lang}`);
          return (
            <li key={id} id={anchors ? sourceAnchor(id) : undefined}>
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
      </ol>
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

/**
 * A citation mark: the source's number in the page's list, linking to its entry. Its accessible
 * name says which source ("Source 2: <title>"); the search index skips it.
 */
export function CitationMark({id, number}: {id: SourceId; number: number}): ReactNode {
  const {t} = useTranslation('components');
  return (
    <sup className={styles.citation} data-pagefind-ignore="">
      <a href={`#${sourceAnchor(id)}`} aria-label={t('sources.citation', {number, title: sources[id].title})}>
        [{number}]
      </a>
    </sup>
  );
}

/**
 * Cites a source where a claim stands: `<Cite id="mabs-setup" />` after the sentence, cell or list
 * item. The mark is the source's number in the page's Sources list and links to its entry; the
 * content checks make sure the page lists every source it cites and cites every source it lists.
 */
export function Cite({id}: {id: SourceId}): ReactNode {
  const number = usePageSources().indexOf(id) + 1;
  if (number === 0) throw new Error(`Cite: the page cites "${id}" but its front matter "sources" does not list it.`);
  return <CitationMark id={id} number={number} />;
}
