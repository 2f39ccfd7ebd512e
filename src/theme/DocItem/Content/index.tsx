import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof ContentType>;

/**
 * Marks the article (title and body) as what Pagefind indexes, so that search results hold
 * no navbar, sidebar, breadcrumbs or footer text; pages without it (search page, 404) are not indexed.
 */
export default function ContentWrapper(props: Props): ReactNode {
  return (
    <div data-pagefind-body="">
      <Content {...props} />
    </div>
  );
}
