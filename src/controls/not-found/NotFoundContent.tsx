import type {ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type ContentType from '@theme/NotFound/Content';
import Heading from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {asLocale, type Locale} from '@site/site-facts.mjs';
import {usePluginData} from '@docusaurus/useGlobalData';
import ControlScript from '../ControlScript';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace: this adds our element to them.
  namespace JSX {
    interface IntrinsicElements {
      'not-found-languages': React.HTMLAttributes<HTMLElement>;
    }
  }
}

/** The 404 texts of one language, from its theme translations. */
export interface NotFoundText {
  title: string;
  p1: string;
  p2: string;
  siteTitle: string;
}
/** The 404 texts of every language (plugins/not-found-texts.ts). */
export type NotFoundTexts = Record<Locale, NotFoundText>;

/**
 * The site's one 404 page, in every language. Azure Static Web Apps serves a single page for every
 * unknown path (one 404 override per site: ARCHITECTURE.md, Hosting and security), the French build's, so
 * this page carries every language: the build's own first, the others after it with their `lang`,
 * each with a link to its home (src/theme/NotFound/Content re-exports it). With JavaScript, the
 * `<not-found-languages>` element (not-found.ts, this page's own script) puts the language of the URL
 * (/en/… is English) first and gives the page its `lang` and title; without, all are there.
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const texts = usePluginData('not-found-texts') as NotFoundTexts;
  const current = asLocale(i18n.currentLocale);
  const order = [current, ...i18n.locales.map(asLocale).filter((l) => l !== current)];
  const baseUrl = (l: Locale) => i18n.localeConfigs[l]!.baseUrl;
  const htmlLang = (l: Locale) => i18n.localeConfigs[l]!.htmlLang;
  const pageTitle = (l: Locale) => `${texts[l].title} | ${texts[l].siteTitle}`;
  return (
    <>
      <Head>
        <html lang={htmlLang(current)} />
        <title>{pageTitle(current)}</title>
      </Head>
      <main className={clsx('container margin-vert--xl', className)}>
        <div className="row">
          <not-found-languages className={clsx('col col--6 col--offset-3', styles.languages)}>
            {order.map((l, i) => (
              <section key={l} lang={htmlLang(l)} className={styles.language} data-locale={l} data-title={pageTitle(l)}>
                <Heading as={i === 0 ? 'h1' : 'h2'} className="hero__title">
                  {texts[l].title}
                </Heading>
                <p>{texts[l].p1}</p>
                <p className={styles.firstOnly}>{texts[l].p2}</p>
                <p>
                  <a href={baseUrl(l)}>{texts[l].siteTitle}</a>
                </p>
              </section>
            ))}
          </not-found-languages>
        </div>
        <ControlScript name="not-found" />
      </main>
    </>
  );
}
