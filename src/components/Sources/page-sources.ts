import {createContext, useContext} from 'react';
import {isSourceId, type SourceId} from '@site/src/data/sources';

/**
 * The sources of the page being rendered, in the order of its front matter: a citation's number is
 * its place here. src/theme/DocItem/Content provides it for every doc page.
 */
export const PageSources = createContext<readonly SourceId[] | null>(null);

export function usePageSources(): readonly SourceId[] {
  const ids = useContext(PageSources);
  if (!ids) throw new Error('A citation is outside a doc page: <Cite /> and <Sources /> need the page’s front matter "sources".');
  return ids;
}

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
