import type {ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {frontMatterDay, isSourceId, sources, type SourceId} from '@site/src/data/sources';
import {dateValues} from '@site/src/i18n';
import {Cite, SourceList} from './SourceList';
import {usePageSources} from './page-sources';

export {Cite, SourceLink} from './SourceList';

/**
 * The date of the version a fact comes from, and, where the publisher announced the page's removal,
 * that notice, both cited: `<SourceDate id="caf-bcdr" />` where a fact from that source stands.
 * The dates come from src/data/sources.ts, so they change in one place.
 */
export function SourceDate({id}: {id: SourceId}): ReactNode {
  const {t} = useTranslation('components');
  const {date, removal} = sources[id] as {date: string; removal?: {date: string; notice: string}};
  if (!removal)
    return (
      <>
        {t('sources.versionOf', dateValues(date))}
        <Cite id={id} />
      </>
    );
  const {notice} = removal;
  if (!isSourceId(notice)) throw new Error(`src/data/sources.ts: the removal notice of "${id}" is "${notice}", which is not a source.`);
  const removalDay = dateValues(removal.date);
  return (
    <>
      {t('sources.versionOfRemoved', {
        ...dateValues(date),
        removal: removalDay.date,
        formatParams: {...dateValues(date).formatParams, removal: removalDay.formatParams.date},
      })}
      <Cite id={id} />
      <Cite id={notice} />
    </>
  );
}

/** The page's sources, from its front matter (`sources`, `sources_checked`): put it under the page's last heading, `## Sources {/* #sources *\/}`. */
export default function Sources(): ReactNode {
  const ids = usePageSources();
  const {frontMatter} = useDoc();
  return <SourceList ids={ids} checkedOn={frontMatterDay((frontMatter as {sources_checked?: unknown}).sources_checked)} />;
}
