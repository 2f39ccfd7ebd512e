import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {I18nextProvider} from 'react-i18next';
import {i18nFor} from '@site/src/i18n';

/** Gives every component the i18next instance of the locale being rendered. */
export default function Root({children}: {children: ReactNode}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return <I18nextProvider i18n={i18nFor(i18n.currentLocale)}>{children}</I18nextProvider>;
}
