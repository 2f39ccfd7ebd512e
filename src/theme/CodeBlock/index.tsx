import {lazy, Suspense, type ReactNode} from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

// Wrapped to load the theme's code block, and Prism with it (about 30 KB gzip), only on pages
// that show code: the guide's pages have none. Server rendering waits for it, so the HTML is complete.
const OriginalCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    <Suspense fallback={<pre>{props.children}</pre>}>
      <OriginalCodeBlock {...props} />
    </Suspense>
  );
}
