import type {ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {frontMatterDay, isSourceId, type SourceId} from '@site/src/data/sources';
import {SourceList} from '@site/src/components/Sources/SourceList';

/** The ids an entry cites, checked: the content checks stop the build first, this says which entry slipped through. */
function citedSources(ids: unknown, where: string): SourceId[] {
  if (!Array.isArray(ids) || ids.length === 0)
    throw new Error(`${where}: the front matter needs "sources: [id, …]" (ids of src/data/sources.ts).`);
  return ids.map((id: unknown) => {
    if (typeof id !== 'string' || !isSourceId(id))
      throw new Error(`${where}: ${JSON.stringify(id)} is not a source of src/data/sources.ts.`);
    return id;
  });
}

/**
 * The sources of an entry of the list of changes (changes/), from its front matter (`sources`,
 * `sources_checked`), under a label rather than a heading: the list page shows every entry, and
 * a heading per entry would repeat one ID.
 */
export default function ChangeSources(): ReactNode {
  const {t} = useTranslation('components');
  const {frontMatter, metadata} = useBlogPost();
  const extra = frontMatter as {sources?: unknown; sources_checked?: unknown};
  return (
    <section aria-label={t('changes.sourcesLabel', {title: metadata.title})}>
      <p>
        <strong>{t('changes.sources')}</strong>
      </p>
      <SourceList ids={citedSources(extra.sources, metadata.source)} checkedOn={frontMatterDay(extra.sources_checked)} />
    </section>
  );
}
