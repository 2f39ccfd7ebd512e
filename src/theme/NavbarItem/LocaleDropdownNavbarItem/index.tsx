import type {ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import IconLanguage from '@theme/Icon/Language';
import type {Props} from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import LanguageLinks from '@site/src/controls/language-links/LanguageLinks';
import {LANGUAGE_MENU_ID} from '@site/src/navigation/site-menu';
import styles from './styles.module.css';

/**
 * The navbar's language menu, without JavaScript: a button that opens a popover (the browser opens
 * and closes it on click, tap, Enter or Space, and closes it on Escape or a click elsewhere).
 * On phones the phone menu lists the languages instead (src/theme/Navbar/MobileSidebar).
 */
export default function LocaleDropdownNavbarItem({mobile}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (mobile) return null;
  return (
    <div className={clsx('navbar__item', styles.item)}>
      <button type="button" className={clsx('navbar__link', 'clean-btn', styles.toggle)} popoverTarget={LANGUAGE_MENU_ID}>
        <IconLanguage className={styles.iconLanguage} />
        {i18n.localeConfigs[i18n.currentLocale]!.label}
      </button>
      <ul id={LANGUAGE_MENU_ID} popover="auto" className={clsx('dropdown__menu', styles.menu)}>
        <LanguageLinks linkClassName="dropdown__link" activeClassName="dropdown__link--active" />
      </ul>
    </div>
  );
}
