import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import * as texts from '@site/src/search/texts';
import styles from './styles.module.css';

/**
 * The full search, rendered at build time: a labelled field, the number of results, and every
 * matching page of the locale, which src/islands/search-page.ts fills in from the URL's `q`.
 * Without JavaScript the page says that searching needs it.
 */
export default function SearchPage(): ReactNode {
  const id = useId();
  return (
    <Layout title={texts.pageTitle()} description={texts.pageDescription()}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg" data-search-page="" data-messages={JSON.stringify(texts.searchMessages())}>
        <h1>{texts.pageTitle()}</h1>
        <form role="search" className={styles.form}>
          <label htmlFor={`${id}-query`}>{texts.pageLabel()}</label>
          <input id={`${id}-query`} name="q" className={styles.input} type="search" autoComplete="off" spellCheck={false} />
          <button type="submit" className={clsx('button button--primary', styles.submit)}>
            {texts.submit()}
          </button>
        </form>
        <noscript>
          <p>{texts.pageNoJavaScript()}</p>
        </noscript>
        <p role="status" />
        <ol className={styles.results} />
      </main>
    </Layout>
  );
}
