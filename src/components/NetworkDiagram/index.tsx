import {useId, type ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import styles from './styles.module.css';

const WIDTH = 400;
const BOX_HEIGHT = 80;
const GAP = 100; // room for an arrow and its two-line label
const ARROW_X = 56;

/** A box of the diagram: a bold heading and one line under it. */
function Box({y, heading, detail}: {y: number; heading: string; detail: string}): ReactNode {
  return (
    <g>
      <rect className={styles.box} x="8" y={y} width={WIDTH - 16} height={BOX_HEIGHT} rx="10" />
      <text className={styles.heading} x={WIDTH / 2} y={y + 33} textAnchor="middle">
        {heading}
      </text>
      <text className={styles.text} x={WIDTH / 2} y={y + 59} textAnchor="middle">
        {detail}
      </text>
    </g>
  );
}

/** An arrow from the box above to the box below (both ways when `twoWay`), with its label beside it. */
function Flow({top, name, path, twoWay = false}: {top: number; name: string; path: string; twoWay?: boolean}): ReactNode {
  const bottom = top + GAP;
  return (
    <g>
      <line className={styles.arrow} x1={ARROW_X} y1={twoWay ? top + 12 : top + 4} x2={ARROW_X} y2={bottom - 12} />
      <polygon
        className={styles.arrowHead}
        points={`${ARROW_X - 8},${bottom - 14} ${ARROW_X + 8},${bottom - 14} ${ARROW_X},${bottom - 2}`}
      />
      {twoWay && (
        <polygon className={styles.arrowHead} points={`${ARROW_X - 8},${top + 14} ${ARROW_X + 8},${top + 14} ${ARROW_X},${top + 2}`} />
      )}
      <text className={styles.heading} x={ARROW_X + 22} y={top + GAP / 2 - 4}>
        {name}
      </text>
      <text className={styles.text} x={ARROW_X + 22} y={top + GAP / 2 + 20}>
        {path}
      </text>
    </g>
  );
}

/**
 * The two flows of AVS backup (backups and restores both ways, replication between regions), drawn as inline SVG so that its labels are in the
 * page's language, it follows the light/dark theme and screen readers get its title and description.
 */
export default function NetworkDiagram(): ReactNode {
  const {t} = useTranslation('components');
  const id = useId();
  const row = (n: number) => 8 + n * (BOX_HEIGHT + GAP);
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${row(2) + BOX_HEIGHT + 8}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('networkDiagram.title')}</title>
        <desc id={`${id}-desc`}>{t('networkDiagram.desc')}</desc>
        <Box y={row(0)} heading={t('networkDiagram.avs')} detail={t('networkDiagram.vms')} />
        <Flow top={row(0) + BOX_HEIGHT} name={t('networkDiagram.backupFlow')} path={t('networkDiagram.backupLink')} twoWay />
        <Box y={row(1)} heading={t('networkDiagram.repositoryRegion')} detail={t('networkDiagram.repository')} />
        <Flow top={row(1) + BOX_HEIGHT} name={t('networkDiagram.replicationFlow')} path={t('networkDiagram.replicationLink')} />
        <Box y={row(2)} heading={t('networkDiagram.otherRegion')} detail={t('networkDiagram.otherRegionContent')} />
      </svg>
    </figure>
  );
}
