import type {ReactNode} from 'react';
import clsx from 'clsx';
import {useTranslation} from 'react-i18next';
import PartnerCard from '@site/src/components/PartnerCard';
import {partnersInOrder} from '@site/src/data/partners';
import styles from './styles.module.css';

/** The partner cards, in catalog order. */
export default function PartnerList(): ReactNode {
  const {t} = useTranslation('components');
  return (
    <ul className={clsx('clean-list', styles.list)} aria-label={t('partnerList.label')}>
      {partnersInOrder().map((partner) => (
        <PartnerCard key={partner.id} partner={partner} />
      ))}
    </ul>
  );
}
