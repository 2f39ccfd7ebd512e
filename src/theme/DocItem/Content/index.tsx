import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {PageSources, citedSources} from '@site/src/components/Sources/page-sources';

type Props = WrapperProps<typeof ContentType>;

/**
 * Marks the article (title and body) as what Pagefind indexes, so that search results hold
 * no navbar, sidebar, breadcrumbs or footer text; pages without it (search page, 404) are not indexed.
 * Gives the page's citations and Sources list its sources, in front-matter order (their numbers).
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const ids = citedSources((frontMatter as {sources?: unknown}).sources, metadata.source);
  return (
    <PageSources value={ids}>
      <div data-pagefind-body="">
        <Content {...props} />
      </div>
    </PageSources>
  );
}
