import {createContext, useContext} from 'react';
import type {SourceId} from '@site/src/data/sources';

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
