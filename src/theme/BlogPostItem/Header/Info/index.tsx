import type {ReactNode} from 'react';
import clsx from 'clsx';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogPostItem/Header/Info';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatDate} from '@site/src/i18n';
import {asLocale} from '@site/site-facts.mjs';
import styles from './styles.module.css';

/**
 * The date under an entry's title in the list of changes, written as the site writes dates
 * (formatDate: « 1er décembre 2026 », where Intl writes « 1 »). Ejected from the classic theme
 * (`docusaurus swizzle --eject`), without the reading time, which the list of changes does not show
 * (docusaurus.config.ts, showReadingTime).
 */
export default function BlogPostItemHeaderInfo({className}: Props): ReactNode {
  const {date} = useBlogPost().metadata;
  const locale = asLocale(useDocusaurusContext().i18n.currentLocale);
  return (
    <div className={clsx(styles.container, 'margin-vert--md', className)}>
      <time dateTime={date}>{formatDate(locale, new Date(date), {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})}</time>
    </div>
  );
}
