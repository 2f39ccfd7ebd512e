/**
 * Fork of @docusaurus/theme-classic's BlogListPage (3.10.2): the list of changes (plugins/changes.ts)
 * gets a heading and a line with its feeds. The original shows the entries' titles as h2 and no h1;
 * a page needs its one h1, and a reader the feeds to subscribe to. tests/unit/forks.test.ts guards
 * the original.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import {PageMetadata, HtmlClassNameProvider, ThemeClassNames} from '@docusaurus/theme-common';
import BlogLayout from '@theme/BlogLayout';
import BlogListPaginator from '@theme/BlogListPaginator';
import SearchMetadata from '@theme/SearchMetadata';
import BlogPostItems from '@theme/BlogPostItems';
import BlogListPageStructuredData from '@theme/BlogListPage/StructuredData';
import type {Props} from '@theme/BlogListPage';

function Feeds({permalink}: {permalink: string}): ReactNode {
  // The plugin writes its feeds beside the list page (whose permalink carries the locale's base URL): …/changes/rss.xml, atom.xml.
  const feed = (file: string): string => `${permalink.replace(/\/$/, '')}/${file}`;
  return (
    <p>
      <Translate
        id="changes.feeds"
        description="The line under the list of changes' heading: {rss} and {atom} are the links to its feeds"
        values={{
          rss: (
            <a href={feed('rss.xml')} type="application/rss+xml">
              <Translate id="changes.feeds.rss" description="The link to the RSS feed of the list of changes">
                flux RSS
              </Translate>
            </a>
          ),
          atom: (
            <a href={feed('atom.xml')} type="application/atom+xml">
              <Translate id="changes.feeds.atom" description="The link to the Atom feed of the list of changes">
                flux Atom
              </Translate>
            </a>
          ),
        }}
      >
        {'Pour suivre ces changements dans votre lecteur de flux : {rss} ou {atom}.'}
      </Translate>
    </p>
  );
}

export default function BlogListPage(props: Props): ReactNode {
  const {metadata, items, sidebar} = props;
  const {blogDescription, blogTitle, permalink} = metadata;
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogListPage)}>
      <PageMetadata title={blogTitle} description={blogDescription} />
      <SearchMetadata tag="blog_posts_list" />
      <BlogListPageStructuredData {...props} />
      <BlogLayout sidebar={sidebar}>
        {/* .markdown: the prose style of the pages (underlined links, WCAG 1.4.1: src/css/custom.css). */}
        <header className="markdown margin-bottom--xl">
          <h1>{blogTitle}</h1>
          <p>{blogDescription}</p>
          <Feeds permalink={permalink} />
        </header>
        <BlogPostItems items={items} />
        <BlogListPaginator metadata={metadata} />
      </BlogLayout>
    </HtmlClassNameProvider>
  );
}
