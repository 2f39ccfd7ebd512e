import type {ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {frontMatterDay, isSourceId, type SourceId} from '@site/src/data/sources';
import {SourceList} from './SourceList';

export {SourceLink} from './SourceList';

/** The ids a page (or an entry of the list of changes) cites, checked: the content checks stop the build first, this says which one slipped through. */
export function citedSources(ids: unknown, where: string): SourceId[] {
  if (!Array.isArray(ids) || ids.length === 0)
    throw new Error(`${where}: the front matter needs "sources: [id, …]" (ids of src/data/sources.ts).`);
  return ids.map((id: unknown) => {
    if (typeof id !== 'string' || !isSourceId(id))
      throw new Error(`${where}: ${JSON.stringify(id)} is not a source of src/data/sources.ts.`);
    return id;
  });
}

/** The page's sources, from its front matter (`sources`, `sources_checked`): put it under the page's last heading, `## Sources {/* #sources *\/}`. */
export default function Sources(): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const extra = frontMatter as {sources?: unknown; sources_checked?: unknown};
  return <SourceList ids={citedSources(extra.sources, metadata.source)} checkedOn={frontMatterDay(extra.sources_checked)} />;
}
