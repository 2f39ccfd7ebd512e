import type {ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type ContentType from '@theme/NotFound/Content';
import Heading from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import frCode from '@site/i18n/fr/code.json';
import enCode from '@site/i18n/en/code.json';
import frNavbar from '@site/i18n/fr/docusaurus-theme-classic/navbar.json';
import enNavbar from '@site/i18n/en/docusaurus-theme-classic/navbar.json';

type Props = WrapperProps<typeof ContentType>;
type Locale = 'fr' | 'en';

/** The 404 texts of each language, from its theme translations. */
const texts: Record<Locale, {title: string; p1: string; p2: string; siteTitle: string}> = {
  fr: {title: frCode['theme.NotFound.title'].message, p1: frCode['theme.NotFound.p1'].message, p2: frCode['theme.NotFound.p2'].message, siteTitle: frNavbar.title.message},
  en: {title: enCode['theme.NotFound.title'].message, p1: enCode['theme.NotFound.p1'].message, p2: enCode['theme.NotFound.p2'].message, siteTitle: enNavbar.title.message},
};

/**
 * The site's one 404 page, in both languages. Azure Static Web Apps serves a single page for every
 * unknown path (one 404 override per site: README, Hosting and security), the French build's, so
 * this page carries both languages: the build's own first, the other after it with its `lang`, each
 * with a link to its home. In the browser, the language of the URL (/en/… is English) comes first
 * and sets `<html lang>` and the title; that change waits for hydration, so the server's HTML and
 * React's first render stay identical. Without JavaScript both languages are there.
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {pathname} = useLocation();
  const isBrowser = useIsBrowser();
  const locales = i18n.locales as Locale[];
  const baseUrl = (l: Locale) => i18n.localeConfigs[l]!.baseUrl;
  const htmlLang = (l: Locale) => i18n.localeConfigs[l]!.htmlLang;
  // The locale whose base URL is the longest prefix of the path ("/" is every path's).
  const urlLocale = [...locales].sort((a, b) => baseUrl(b).length - baseUrl(a).length).find((l) => pathname.startsWith(baseUrl(l)));
  const first = (isBrowser && urlLocale) || (i18n.currentLocale as Locale);
  const order = [first, ...locales.filter((l) => l !== first)];
  return (
    <>
      <Head>
        <html lang={htmlLang(first)} />
        <title>{`${texts[first].title} | ${texts[first].siteTitle}`}</title>
      </Head>
      <main className={clsx('container margin-vert--xl', className)}>
        <div className="row">
          <div className="col col--6 col--offset-3">
            {order.map((l, i) => (
              <section key={l} lang={htmlLang(l)} className={i > 0 ? 'margin-top--xl' : undefined}>
                <Heading as={i === 0 ? 'h1' : 'h2'} className={i === 0 ? 'hero__title' : undefined}>
                  {texts[l].title}
                </Heading>
                <p>{texts[l].p1}</p>
                {i === 0 && <p>{texts[l].p2}</p>}
                <p>
                  <a href={baseUrl(l)}>{texts[l].siteTitle}</a>
                </p>
              </section>
            ))}
          </div>
        </div>
      </main>
    </>
  );
}
