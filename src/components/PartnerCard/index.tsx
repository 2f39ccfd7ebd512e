import type {ReactNode} from 'react';
import clsx from 'clsx';
import {useTranslation} from 'react-i18next';
import type {Partner} from '@site/src/data/partners';
import {sources} from '@site/src/data/sources';
import {Cite} from '@site/src/components/Sources/SourceList';
import {dateValues} from '@site/src/i18n';
import styles from './styles.module.css';
import a11y from '@site/src/css/visually-hidden.module.css';

/** The "leaves the site" arrow; decorative, the link text says it in words. */
function ExternalIcon(): ReactNode {
  return (
    <svg className={styles.externalIcon} viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"
      />
    </svg>
  );
}

/**
 * One backup partner: its name, what kind of page its link leads to, what that page offers for AVS,
 * and the link; the summary cites the list that names the partner today, the date the oldest one.
 */
export default function PartnerCard({partner}: {partner: Partner}): ReactNode {
  const {t} = useTranslation('partners');
  const {t: tComponents} = useTranslation('components');
  return (
    <li className={clsx('card', styles.card)}>
      <div className="card__header">
        <h3 className={styles.name}>{partner.name}</h3>
        <p className={styles.kind}>{tComponents(`partnerCard.linkKind.${partner.linkKind}`)}</p>
      </div>
      <div className="card__body">
        <p className={styles.summary}>
          {t(`${partner.id}.summary`)}
          <Cite id={partner.source} />
        </p>
        <p className={styles.listed}>
          {tComponents('partnerCard.listedSince', dateValues(sources[partner.listedSince].date))}
          <Cite id={partner.listedSince} />
        </p>
      </div>
      <div className="card__footer">
        {/* Same tab on purpose: the reader's back button brings them here. */}
        <a className={styles.link} href={partner.link} rel="external">
          {t(`${partner.id}.linkText`, {name: partner.name})} <ExternalIcon />
          <span className={a11y.visuallyHidden}>{tComponents('partnerCard.leavesSite')}</span>
        </a>
      </div>
    </li>
  );
}
