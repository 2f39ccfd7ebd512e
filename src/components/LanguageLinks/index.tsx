import type {ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

interface Props {
  /** Class of each link, and the extra class of the current language's. */
  linkClassName: string;
  activeClassName: string;
}

/**
 * One link per language to this page in that language, as list items. The build writes the twin
 * page's path; with JavaScript on, src/islands/language-links.ts adds the section the reader is at.
 */
export default function LanguageLinks({linkClassName, activeClassName}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const alternatePage = useAlternatePageUtils();
  return i18n.locales.map((locale) => {
    const {label, htmlLang} = i18n.localeConfigs[locale]!;
    const current = locale === i18n.currentLocale;
    return (
      <li key={locale}>
        <a
          href={alternatePage.createUrl({locale, fullyQualified: false})}
          lang={htmlLang}
          hrefLang={htmlLang}
          aria-current={current ? 'true' : undefined}
          className={clsx(linkClassName, current && activeClassName)}
          data-twin=""
        >
          {label}
        </a>
      </li>
    );
  });
}
