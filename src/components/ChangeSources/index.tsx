import type {ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {frontMatterDay} from '@site/src/data/sources';
import {citedSources} from '@site/src/components/Sources/page-sources';
import {SourceList} from '@site/src/components/Sources/SourceList';

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
      <SourceList ids={citedSources(extra.sources, metadata.source)} checkedOn={frontMatterDay(extra.sources_checked)} anchors={false} />
    </section>
  );
}
