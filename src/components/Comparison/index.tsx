import type {ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import styles from './styles.module.css';

/**
 * Holds a comparison table written in Markdown. A table keeps its semantics (screen readers read
 * it by row and column) and its columns their width: on a narrow screen it scrolls sideways inside
 * this region, which a keyboard can focus and a screen reader names.
 */
export default function Comparison({children}: {children: ReactNode}): ReactNode {
  const {t} = useTranslation('components');
  return (
    <div className={styles.comparison} role="region" aria-label={t('comparison.label')} tabIndex={0}>
      {children}
    </div>
  );
}
