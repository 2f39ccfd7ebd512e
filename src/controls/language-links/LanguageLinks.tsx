import type {ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import styles from './styles.module.css';

interface Props {
  /** Class of each link, and the extra class of the current language's. */
  linkClassName: string;
  activeClassName: string;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace: this adds our element to them.
  namespace JSX {
    interface IntrinsicElements {
      'twin-link': React.HTMLAttributes<HTMLElement>;
    }
  }
}

/**
 * One link per language to this page in that language, as list items. The build writes the twin
 * page's path; with JavaScript on, the `<twin-link>` element (language-links.ts) adds the section
 * the reader is at.
 */
export default function LanguageLinks({linkClassName, activeClassName}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const alternatePage = useAlternatePageUtils();
  return i18n.locales.map((locale) => {
    const {label, htmlLang} = i18n.localeConfigs[locale]!;
    const current = locale === i18n.currentLocale;
    return (
      <li key={locale}>
        <twin-link className={styles.host}>
          <a
            href={alternatePage.createUrl({locale, fullyQualified: false})}
            lang={htmlLang}
            hrefLang={htmlLang}
            aria-current={current ? 'true' : undefined}
            className={clsx(linkClassName, current && activeClassName)}
          >
            {label}
          </a>
        </twin-link>
      </li>
    );
  });
}
