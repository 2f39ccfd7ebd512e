import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {searchPages, type SearchHit} from '@site/src/search/pagefind';
import * as texts from '@site/src/search/texts';
import styles from './styles.module.css';

/** The site has a handful of pages: the results page shows them all. */
const PAGE_LIMIT = 50;

/** The full search: a labelled field, the number of results, and every matching page of the locale. */
export default function SearchPage(): ReactNode {
  const {selectMessage} = usePluralForm();
  const {i18n} = useDocusaurusContext();
  const location = useLocation();
  const history = useHistory();
  const id = useId();
  const latestQuery = useRef('');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [failed, setFailed] = useState(false);

  async function search(value: string): Promise<void> {
    latestQuery.current = value;
    setQuery(value);
    setFailed(false);
    setHits(null);
    history.replace({search: value.trim() ? `?q=${encodeURIComponent(value.trim())}` : ''});
    if (!value.trim()) return;
    try {
      const result = await searchPages(value, {limit: PAGE_LIMIT, locale: i18n.currentLocale, defaultLocale: i18n.defaultLocale});
      if (result && latestQuery.current === value) setHits(result.hits);
    } catch {
      if (latestQuery.current === value) setFailed(true);
    }
  }

  // The query comes from the URL (the navbar box's "all results" option), read after hydration.
  useEffect(() => {
    const fromUrl = new URLSearchParams(location.search).get('q') ?? '';
    if (fromUrl !== latestQuery.current.trim()) void search(fromUrl);
    // Only when the URL changes from outside (a new search from the navbar box).
  }, [location.search]);

  const trimmed = query.trim();
  const status = texts.statusText({query: trimmed, failed, count: hits ? hits.length : null}, selectMessage);

  return (
    <Layout title={texts.pageTitle()} description={texts.pageDescription()}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <h1>{trimmed ? texts.pageHeading(trimmed) : texts.pageTitle()}</h1>
        <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${id}-query`}>{texts.pageLabel()}</label>
          <input
            id={`${id}-query`}
            className={styles.input}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => void search(event.target.value)}
          />
        </form>
        <p role="status">{status}</p>
        {hits && hits.length > 0 && (
          <ol className={styles.results}>
            {hits.map((hit) => (
              <li key={hit.url}>
                <h2 className={styles.title}>
                  <Link to={hit.url}>{hit.title}</Link>
                </h2>
                {/* Pagefind escapes the page text; its only markup is <mark> around matched words. */}
                <p className={styles.excerpt} dangerouslySetInnerHTML={{__html: hit.excerpt}} />
              </li>
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
