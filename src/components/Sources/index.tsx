import type {ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useTranslation} from 'react-i18next';
import {dateValues} from '@site/src/i18n';
import {isSourceId, sources, type Source, type SourceId} from '@site/src/data/sources';
import styles from './styles.module.css';

/** The ids a page cites, checked: the content checks stop the build first, this says which page slipped through. */
function citedSources(ids: unknown, where: string): SourceId[] {
  if (!Array.isArray(ids) || ids.length === 0) throw new Error(`${where}: the front matter needs "sources: [id, …]" (ids of src/data/sources.ts).`);
  return ids.map((id: unknown) => {
    if (typeof id !== 'string' || !isSourceId(id)) throw new Error(`${where}: ${JSON.stringify(id)} is not a source of src/data/sources.ts.`);
    return id;
  });
}

/** The sources a page rests on, with the date of each version read, and when they were last checked. */
export function SourceList({ids, checkedOn}: {ids: readonly SourceId[]; checkedOn: string}): ReactNode {
  const {t, i18n} = useTranslation('components');
  return (
    <>
      <ul className={styles.list} aria-label={t('sources.listLabel')}>
        {ids.map((id) => {
          const {title, publisher, link, date, lang, translation}: Source = sources[id];
          // The language of what we read: the copy's, or else the title's when it is not the page's.
          const note = translation ? t(`sources.translation.${translation}`) : lang === i18n.language ? undefined : t(`sources.inLanguage.${lang}`);
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

/** The page's sources, from its front matter (`sources`, `sources_checked`): put it under the page's last heading, `## Sources {/* #sources *\/}`. */
export default function Sources(): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const extra = frontMatter as {sources?: unknown; sources_checked?: unknown};
  const checked = extra.sources_checked instanceof Date ? extra.sources_checked.toISOString().slice(0, 10) : String(extra.sources_checked);
  return <SourceList ids={citedSources(extra.sources, metadata.source)} checkedOn={checked.slice(0, 10)} />;
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
