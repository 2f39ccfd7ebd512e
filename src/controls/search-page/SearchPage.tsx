import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import * as texts from '../search/texts';
import ControlScript from '../ControlScript';
import styles from './styles.module.css';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace: this adds our element to them.
  namespace JSX {
    interface IntrinsicElements {
      'search-page': React.HTMLAttributes<HTMLElement> & {'data-messages': string};
    }
  }
}

/**
 * The full search, rendered at build time (the route src/pages/search re-exports it): a labelled
 * field, the number of results, and every matching page of the locale, which the `<search-page>`
 * element (search-page.ts, this page's own script) fills in from the URL's `q`, with copies of
 * its `<template>`. Without JavaScript the page says that searching needs it.
 */
export default function SearchPage(): ReactNode {
  const id = useId();
  return (
    <Layout title={texts.pageTitle()} description={texts.pageDescription()}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <search-page className={styles.host} data-messages={JSON.stringify(texts.searchMessages())}>
          <h1 data-part="heading">{texts.pageTitle()}</h1>
          <form role="search" className={styles.form} data-part="form">
            <label htmlFor={`${id}-query`}>{texts.pageLabel()}</label>
            <input
              id={`${id}-query`}
              name="q"
              className={styles.input}
              type="search"
              autoComplete="off"
              spellCheck={false}
              data-part="input"
            />
            <button type="submit" className={clsx('button button--primary', styles.submit)}>
              {texts.submit()}
            </button>
          </form>
          <noscript>
            <p>{texts.pageNoJavaScript()}</p>
          </noscript>
          <p role="status" data-part="status" />
          <ol className={styles.results} data-part="results" />
          <template data-part="result">
            <li>
              <h2>
                {/* eslint-disable-next-line jsx-a11y/anchor-has-content, jsx-a11y/anchor-is-valid -- a template: the element gives each copy its address and text */}
                <a data-slot="title" />
              </h2>
              <p data-slot="excerpt" />
            </li>
          </template>
        </search-page>
        <ControlScript name="search-page" />
      </main>
    </Layout>
  );
}
